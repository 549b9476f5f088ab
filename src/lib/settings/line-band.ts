/** A stretch of the screen from top to bottom, in CSS pixels. */
export interface Span {
	top: number;
	bottom: number;
}

/**
 * The lines that rectangles of text stand on, top to bottom: the fragments of an inline element
 * (one per line it runs over), or of the text around a point. Two rectangles that share most of
 * the smaller one's height are on the same line (a superscript, a smaller paragraph number);
 * empty ones are left out.
 */
export function lines_of(rects: readonly Span[]): Span[] {
	const lines: Span[] = [];
	const sorted = rects.filter((rect) => rect.bottom > rect.top).sort((a, b) => a.top - b.top);
	for (const rect of sorted) {
		const line = lines.at(-1);
		const shared = line ? Math.min(line.bottom, rect.bottom) - Math.max(line.top, rect.top) : 0;
		if (line && shared > Math.min(line.bottom - line.top, rect.bottom - rect.top) / 2) {
			line.top = Math.min(line.top, rect.top);
			line.bottom = Math.max(line.bottom, rect.bottom);
		} else {
			lines.push({ top: rect.top, bottom: rect.bottom });
		}
	}
	return lines;
}

/**
 * The band of `count` lines around the target's lines. A line of text is `pitch` high (its
 * line-height), more than its glyphs: each line is widened to that around its middle. A target
 * of fewer lines gains whole lines on each side (the extra one below when the count is uneven);
 * a target of more lines (a long spoken sentence, a control taller than a line) is shown whole.
 */
export function band_around(lines: readonly Span[], pitch: number, count: number): Span {
	const box = (line: Span) => {
		const middle = (line.top + line.bottom) / 2;
		return {
			top: Math.min(line.top, middle - pitch / 2),
			bottom: Math.max(line.bottom, middle + pitch / 2)
		};
	};
	const first = box(lines[0]);
	const last = box(lines[lines.length - 1]);
	const extra = Math.max(0, count - lines.length);
	const above = Math.floor(extra / 2);
	return { top: first.top - above * pitch, bottom: last.bottom + (extra - above) * pitch };
}

/**
 * The band with its edges moved off the lines they cut through: a line cut at the top or at the
 * bottom joins the band when at least half of it is inside, and leaves it otherwise. `top` and
 * `bottom` are the lines (as high as a line) at each edge, if an edge is on one; `core`, what the
 * band must keep whatever happens (its target).
 */
export function snap_band(band: Span, edges: { top?: Span; bottom?: Span }, core: Span): Span {
	let { top, bottom } = band;
	const cut = (line: Span | undefined, edge: number) =>
		line && line.top < edge && edge < line.bottom;
	if (cut(edges.top, top)) {
		const line = edges.top!;
		top = line.bottom - top >= (line.bottom - line.top) / 2 ? line.top : line.bottom;
	}
	if (cut(edges.bottom, bottom)) {
		const line = edges.bottom!;
		bottom = bottom - line.top >= (line.bottom - line.top) / 2 ? line.bottom : line.top;
	}
	return { top: Math.min(top, core.top), bottom: Math.max(bottom, core.bottom) };
}
