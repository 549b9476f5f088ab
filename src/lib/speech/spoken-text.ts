import { split_utterances, type Span } from './segment';

/**
 * What a page reads aloud, each section's heading aside: the summary's numbered paragraphs
 * (`data-paragraph-number`), or the numbered sentences of "In short" (`data-sentence-number`).
 */
export type SpokenUnit = 'paragraph' | 'sentence';

/** Something read aloud: a section heading or a numbered paragraph (or sentence). */
export interface SpokenItem {
	element: HTMLElement;
	/**
	 * The paragraph's number (the sentence's, on "In short"); for a heading, the number of what
	 * follows it.
	 */
	paragraph: number;
	heading: boolean;
	/** The id of the section the item belongs to. */
	section: string;
	/** Filled in when the item is first read (see `utterances_of`). */
	utterances?: HTMLElement[];
}

/** What is read, in order: each section's heading, then its paragraphs (or sentences). */
export function spoken_items(root: ParentNode, unit: SpokenUnit = 'paragraph'): SpokenItem[] {
	const items: SpokenItem[] = [];
	let pending: HTMLElement[] = [];
	for (const element of root.querySelectorAll<HTMLElement>(`section > h2, [data-${unit}-number]`)) {
		if (element.tagName === 'H2') {
			pending.push(element);
			continue;
		}
		const paragraph = Number(element.dataset[`${unit}Number`]);
		const section = element.closest('section')?.id ?? '';
		for (const heading of pending) {
			items.push({ element: heading, paragraph, heading: true, section });
		}
		pending = [];
		items.push({ element, paragraph, heading: false, section });
	}
	return items;
}

/** The nodes of an item that hold its text: everything but the paragraph number. */
function text_nodes(element: HTMLElement): ChildNode[] {
	return [...element.childNodes].filter(
		(node) => !(node instanceof HTMLElement && node.classList.contains('pnum'))
	);
}

/** The text an item reads, without its paragraph number. */
export function item_text(item: SpokenItem): string {
	return text_nodes(item.element)
		.map((node) => node.textContent ?? '')
		.join('');
}

/**
 * The utterances of an item, each wrapped in a `<span class="utterance">` inside the item, so
 * that the one being spoken can be marked: the item's text stays exactly the same. Done once,
 * when the item is first read. Utterance boundaries that would fall inside an inline element
 * (an isolated Latin run in Arabic) move to its end, so every wrapper is a single element.
 */
export function utterances_of(item: SpokenItem, lang: string): HTMLElement[] {
	if (item.utterances) return item.utterances;
	const nodes = text_nodes(item.element);
	const ranges: { node: ChildNode; start: number; end: number }[] = [];
	let text = '';
	for (const node of nodes) {
		const value = node.textContent ?? '';
		ranges.push({ node, start: text.length, end: text.length + value.length });
		text += value;
	}
	const spans = snap(split_utterances(text, lang), ranges);

	/** Where offset `at` lies: inside a text node, or just after an element. */
	const locate = (at: number, range: Range, edge: 'start' | 'end') => {
		const found =
			ranges.find((r) => (edge === 'start' ? at < r.end : at <= r.end) && at >= r.start) ??
			ranges[ranges.length - 1];
		if (found.node.nodeType === Node.TEXT_NODE) {
			if (edge === 'start') range.setStart(found.node, at - found.start);
			else range.setEnd(found.node, at - found.start);
		} else if (edge === 'start') {
			range.setStartBefore(found.node);
		} else {
			range.setEndAfter(found.node);
		}
	};

	const wrappers: HTMLElement[] = [];
	// From the last to the first: wrapping splits text nodes after the offsets still to come.
	for (const span of [...spans].reverse()) {
		const range = document.createRange();
		locate(span.start, range, 'start');
		locate(span.end, range, 'end');
		const wrapper = document.createElement('span');
		wrapper.className = 'utterance';
		range.surroundContents(wrapper);
		wrappers.unshift(wrapper);
	}
	item.utterances = wrappers;
	return wrappers;
}

/** Moves span edges out of inline elements (to the element's end) and merges what then touches. */
function snap(spans: Span[], ranges: { node: ChildNode; start: number; end: number }[]): Span[] {
	const inside = (at: number) =>
		ranges.find((r) => r.node.nodeType !== Node.TEXT_NODE && at > r.start && at < r.end);
	const snapped: Span[] = [];
	for (const span of spans) {
		const start = inside(span.start)?.start ?? span.start;
		const end = inside(span.end)?.end ?? span.end;
		const last = snapped[snapped.length - 1];
		if (last && start < last.end) last.end = Math.max(last.end, end);
		else snapped.push({ start, end });
	}
	return snapped;
}
