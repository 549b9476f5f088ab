import { fold, source_range, type Folded } from './normalize';

/** A paragraph of the document: its number and its text (without the number). */
export interface Paragraph {
	n: number;
	text: string;
}

/** One match, in the original text: a bounded snippet around it, in three parts. */
export interface Match {
	n: number;
	before: string;
	match: string;
	after: string;
}

export interface Results {
	/** The matches in document order, at most `limit` of them. */
	matches: Match[];
	/** Every match, listed or not. */
	total: number;
	/** The paragraphs with at least one match. */
	paragraphs: number;
}

/** Longer queries are cut to this many characters: no sentence of the document is that long. */
export const MAX_QUERY = 200;
/** About this many characters of context on each side of a match… */
export const CONTEXT = 60;
/** …or fewer in Chinese, where each character says more (a line on a phone holds about 18). */
const CONTEXT_IN: Record<string, number> = { zh: 30 };

const NONE: Results = { matches: [], total: 0, paragraphs: 0 };
const ELLIPSIS = '…';
// Where a snippet may be cut: a space, or in Chinese (no spaces) after its punctuation.
const BREAK = /[\s，。、；：！？]/u;

// Each paragraph is folded once, the first time it is searched.
const folded_cache = new WeakMap<Paragraph, Folded>();

function folded_of(paragraph: Paragraph, lang: string): Folded {
	let folded = folded_cache.get(paragraph);
	if (!folded) {
		folded = fold(paragraph.text, lang);
		folded_cache.set(paragraph, folded);
	}
	return folded;
}

/** The query as searched: trimmed, cut to `MAX_QUERY` characters, folded. */
export function prepare_query(query: string, lang: string): string {
	let cut = query.trim().slice(0, MAX_QUERY);
	// Never half of a character outside the Basic Multilingual Plane.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return fold(cut, lang).text.trim();
}

/**
 * The match with about `context` characters on each side, cut at a space (or, in Chinese, after
 * a punctuation mark) when there is one near the cut, and marked "…" where the text goes on.
 */
function snippet(text: string, start: number, end: number, context: number): Omit<Match, 'n'> {
	const slack = context / 2;
	let from = Math.max(0, start - context);
	if (from > 0) {
		let i = from;
		while (i < Math.min(start, from + slack) && !BREAK.test(text[i - 1])) i++;
		if (BREAK.test(text[i - 1])) from = i;
		// Never half of a character outside the Basic Multilingual Plane.
		if (/[\uDC00-\uDFFF]/.test(text[from])) from++;
	}
	let to = Math.min(text.length, end + context);
	if (to < text.length) {
		let i = to;
		while (i > Math.max(end, to - slack) && !BREAK.test(text[i])) i--;
		if (BREAK.test(text[i]) && i >= end) to = /\s/.test(text[i]) ? i : i + 1;
		if (/[\uD800-\uDBFF]/.test(text[to - 1])) to--;
	}
	const before = text.slice(from, start);
	const after = text.slice(end, to);
	return {
		before: from > 0 ? ELLIPSIS + before.trimStart() : before,
		match: text.slice(start, end),
		after: to < text.length ? after.trimEnd() + ELLIPSIS : after
	};
}

/**
 * Every occurrence of `query` in the paragraphs, in the page's language `lang`: case, accents
 * and Arabic marks do not count (see `fold`); Chinese is matched as a substring. The query is
 * only ever compared as text (`indexOf`), never made into a pattern.
 */
export function search(
	paragraphs: readonly Paragraph[],
	query: string,
	lang: string,
	limit = Infinity
): Results {
	const needle = prepare_query(query, lang);
	if (needle === '') return NONE;
	const context = CONTEXT_IN[lang] ?? CONTEXT;
	const matches: Match[] = [];
	let total = 0;
	let found_in = 0;
	for (const paragraph of paragraphs) {
		const folded = folded_of(paragraph, lang);
		let at = folded.text.indexOf(needle);
		if (at !== -1) found_in += 1;
		while (at !== -1) {
			total += 1;
			if (matches.length < limit) {
				const [start, end] = source_range(folded, at, at + needle.length);
				matches.push({ n: paragraph.n, ...snippet(paragraph.text, start, end, context) });
			}
			at = folded.text.indexOf(needle, at + needle.length);
		}
	}
	return { matches, total, paragraphs: found_in };
}
