import { describe, expect, it } from 'vitest';
import { band_around, lines_of, snap_band } from './line-band';

describe('line focus: the band', () => {
	it('finds the lines an element’s fragments stand on', () => {
		// Three fragments of a link over two lines, the second line with a superscript.
		expect(
			lines_of([
				{ top: 60, bottom: 82 },
				{ top: 34, bottom: 56 },
				{ top: 30, bottom: 44 },
				{ top: 9, bottom: 31 },
				{ top: 40, bottom: 40 }
			])
		).toEqual([
			{ top: 9, bottom: 31 },
			{ top: 30, bottom: 56 },
			{ top: 60, bottom: 82 }
		]);
		expect(lines_of([])).toEqual([]);
	});

	it('is one line high for one line, widened from the glyphs to the line’s height', () => {
		expect(band_around([{ top: 100, bottom: 122 }], 30, 1)).toEqual({ top: 96, bottom: 126 });
	});

	it('adds whole lines on each side, the extra one below', () => {
		const line = { top: 100, bottom: 122 };
		expect(band_around([line], 30, 3)).toEqual({ top: 66, bottom: 156 });
		expect(band_around([line], 30, 5)).toEqual({ top: 36, bottom: 186 });
		const two = [line, { top: 130, bottom: 152 }];
		expect(band_around(two, 30, 3)).toEqual({ top: 96, bottom: 186 });
	});

	it('shows a target taller than the band whole', () => {
		const sentence = [
			{ top: 100, bottom: 122 },
			{ top: 130, bottom: 152 },
			{ top: 160, bottom: 182 }
		];
		expect(band_around(sentence, 30, 1)).toEqual({ top: 96, bottom: 186 });
		// A control taller than its line (a 44 px button).
		expect(band_around([{ top: 200, bottom: 244 }], 24, 1)).toEqual({ top: 200, bottom: 244 });
	});
});

describe('line focus: the band’s edges', () => {
	const core = { top: 200, bottom: 230 };
	const band = { top: 170, bottom: 260 };

	it('take in a line that is mostly inside, and leave out one that is mostly outside', () => {
		expect(snap_band(band, { top: { top: 160, bottom: 184 } }, core)).toEqual({
			top: 160,
			bottom: 260
		});
		expect(snap_band(band, { bottom: { top: 250, bottom: 280 } }, core)).toEqual({
			top: 170,
			bottom: 250
		});
	});

	it('stay where no line is cut (a gap between paragraphs, a line just touching)', () => {
		expect(snap_band(band, {}, core)).toEqual(band);
		expect(snap_band(band, { top: { top: 140, bottom: 170 } }, core)).toEqual(band);
	});

	it('never leave out the target', () => {
		expect(snap_band({ top: 195, bottom: 235 }, { top: { top: 190, bottom: 240 } }, core)).toEqual({
			top: 190,
			bottom: 235
		});
		expect(
			snap_band(
				{ top: 198, bottom: 232 },
				{ top: { top: 150, bottom: 210 }, bottom: { top: 231, bottom: 300 } },
				core
			)
		).toEqual({ top: 200, bottom: 231 });
	});
});
