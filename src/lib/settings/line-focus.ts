import './line-focus.css';
import { band_around, lines_of, snap_band, type Span } from './line-band';

/**
 * The text the band is drawn on: the page's article (the summary, About, the glossary) or the
 * side-by-side pairs. Nothing else is dimmed: the header and its panels, the player and the
 * notices docked at the bottom are outside it.
 */
const TEXTS = 'main article, main .pairs';
/** Kept clear around the focused element: its ring (3 px, 2 px away: app.css) and a margin. */
const RING = 8;

let started = false;
let frame = 0;
/** What moved last, and so what the band follows when both are in the text. */
let last: 'focus' | 'voice' = 'focus';

/**
 * Line focus (the `focus` setting, `data-focus` on `<html>`): over the text lies a veil of the
 * page's own background that leaves clear a band of 1, 3 or 5 lines and dims the rest. The band
 * is around the keyboard focus when it is in the text, around the sentence being read aloud
 * (`[data-speaking]`) while the player reads, whichever moved last, and otherwise around the line
 * a third of the way down the screen, where the eyes rest as the reader scrolls. The focused
 * element and its ring are always clear, wherever the band is. The veil never takes a pointer
 * event, never moves by itself (it follows the text as the text scrolls), and is not drawn in
 * print or under forced colours (line-focus.css). Loaded by `follow.ts` when the setting is on;
 * turned off, it takes its veils away.
 */
export function start_line_focus(): void {
	schedule();
	if (started) return;
	started = true;
	addEventListener('scroll', schedule, { passive: true });
	addEventListener('resize', schedule);
	document.addEventListener('focusin', () => {
		last = 'focus';
		schedule();
	});
	document.addEventListener('focusout', schedule);
	new MutationObserver((records) => {
		if (records.some((record) => (record.target as Element).hasAttribute('data-speaking'))) {
			last = 'voice';
		}
		schedule();
	}).observe(document.body, { subtree: true, attributeFilter: ['data-speaking'] });
	// The reading settings (size, spacing, the band's own lines) and anything that moves the text.
	new MutationObserver(schedule).observe(document.documentElement, { attributes: true });
	new ResizeObserver(schedule).observe(document.body);
}

function schedule(): void {
	frame ||= requestAnimationFrame(draw);
}

function draw(): void {
	frame = 0;
	const count = Number(document.documentElement.dataset.focus);
	const texts = [...document.querySelectorAll<HTMLElement>(TEXTS)].filter(
		(text, _, all) => !all.some((other) => other !== text && other.contains(text))
	);
	if (count !== 1 && count !== 3 && count !== 5) {
		for (const veil of document.querySelectorAll('.line-focus')) veil.remove();
		for (const text of texts) text.classList.remove('line-focus-text');
		return;
	}
	const { lines, pitch } = target(texts);
	const wide = band_around(lines, pitch, count);
	const band = snap_band(
		wide,
		{ top: line_at(texts, wide.top)?.line, bottom: line_at(texts, wide.bottom)?.line },
		band_around(lines, pitch, 0)
	);
	const ring = ring_of(texts);
	const veils = texts.map((text) => {
		text.classList.add('line-focus-text');
		let veil = text.querySelector<HTMLElement>(':scope > .line-focus');
		if (!veil) {
			veil = document.createElement('div');
			veil.className = 'line-focus';
			veil.setAttribute('aria-hidden', 'true');
			text.append(veil);
		}
		return { veil, box: veil.getBoundingClientRect() };
	});
	for (const { veil, box } of veils) {
		const set = (name: string, value: number) => veil.style.setProperty(name, `${value}px`);
		set('--band-y', band.top - box.top);
		set('--band-h', band.bottom - band.top);
		set('--ring-x', ring ? ring.left - box.left : 0);
		set('--ring-y', ring ? ring.top - box.top : 0);
		set('--ring-w', ring ? ring.width : 0);
		set('--ring-h', ring ? ring.height : 0);
	}
}

/** The lines the band is around, and the height of a line there. */
function target(texts: HTMLElement[]): { lines: Span[]; pitch: number } {
	const inside = (element: Element | null) =>
		element && texts.some((text) => text !== element && text.contains(element))
			? element
			: undefined;
	const active = document.activeElement;
	const focused = active?.matches(':focus-visible') ? inside(active) : undefined;
	const speaking = inside(document.querySelector('[data-speaking]'));
	for (const element of last === 'voice' ? [speaking, focused] : [focused, speaking]) {
		if (!element) continue;
		const lines = lines_of([...element.getClientRects()]);
		// Scrolled away from (the reader left the voice behind): the reading line instead.
		if (lines.some((line) => line.bottom > 0 && line.top < innerHeight)) {
			return { lines, pitch: pitch_of(element) };
		}
	}
	return reading_line(texts);
}

/** The line of text a third of the way down the screen (or that height, between lines). */
function reading_line(texts: HTMLElement[]): { lines: Span[]; pitch: number } {
	const y = innerHeight / 3;
	const found = line_at(texts, y);
	if (found) return { lines: [found.glyphs], pitch: found.pitch };
	const pitch = pitch_of(texts[0] ?? document.body);
	return { lines: [{ top: y - pitch / 2, bottom: y + pitch / 2 }], pitch };
}

/**
 * The line of text nearest to height `y` in the text there: its glyphs, the line as high as its
 * line-height, and that height. None where `y` is off the text.
 */
function line_at(
	texts: HTMLElement[],
	y: number
): { glyphs: Span; line: Span; pitch: number } | undefined {
	for (const text of texts) {
		const box = text.getBoundingClientRect();
		if (box.top > y || box.bottom < y) continue;
		// Across the text, for a short last line or a gap between columns.
		for (const share of [0.5, 0.25, 0.75]) {
			const caret = caret_at(box.left + box.width * share, y);
			if (!caret || caret.node.nodeType !== Node.TEXT_NODE || !text.contains(caret.node)) continue;
			const range = document.createRange();
			range.setStart(caret.node, caret.offset);
			const [glyphs] = lines_of([...range.getClientRects()]);
			if (!glyphs) continue;
			const pitch = pitch_of(caret.node.parentElement!);
			return { glyphs, line: band_around([glyphs], pitch, 1), pitch };
		}
	}
	return undefined;
}

/** Where the caret would go for a click at (x, y): the nearest place in the text there. */
function caret_at(x: number, y: number): { node: Node; offset: number } | undefined {
	if (document.caretPositionFromPoint) {
		const position = document.caretPositionFromPoint(x, y);
		return position ? { node: position.offsetNode, offset: position.offset } : undefined;
	}
	// Browsers without the standard one (Safari until recently).
	const range = document.caretRangeFromPoint?.(x, y);
	return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The height of a line of the element's text. */
function pitch_of(element: Element): number {
	const style = getComputedStyle(element);
	const height = parseFloat(style.lineHeight);
	return Number.isNaN(height) ? parseFloat(style.fontSize) * 1.2 : height;
}

/** The focused element with its ring, kept clear wherever the band is. */
function ring_of(texts: HTMLElement[]): DOMRect | undefined {
	const active = document.activeElement;
	// The document itself (the skip link's target) has no ring, and holding all the text, it
	// would clear the whole veil.
	if (!active || active === document.body || texts.some((text) => active.contains(text))) {
		return undefined;
	}
	const box = active.getBoundingClientRect();
	return new DOMRect(box.x - RING, box.y - RING, box.width + 2 * RING, box.height + 2 * RING);
}
