/** A range of a paragraph's text: `[start, end)` in UTF-16 offsets. */
export interface Span {
	start: number;
	end: number;
}

/**
 * Words written with a final period that does not end a sentence, without that period; an inner
 * `.` also matches `. ` ("S.E" finds "S. E."). V8's `Intl.Segmenter` has no such list: it breaks
 * "Mr. Stelzer" and "H.E. Kalonzo" after the period.
 */
const LATIN = [
	'Mr',
	'Mrs',
	'Ms',
	'Dr',
	'Hon',
	'H.E',
	'e.g',
	'i.e',
	'etc',
	'Prof',
	'St',
	'No',
	'vs'
];
const ABBREVIATIONS: Record<string, string[]> = {
	en: [...LATIN, 'U.S', 'U.N'],
	fr: ['M', 'Mme', 'MM', 'Mmes', 'S.E', 'p.ex', 'etc', 'env', 'cf', 'Dr'],
	es: ['Sr', 'Sra', 'Sres', 'Dr', 'Dra', 'S.E', 'p.ej', 'etc', 'Excmo', 'núm'],
	// "3,8 млрд., или" in the Russian text.
	ru: ['г', 'гг', 'т.е', 'т.д', 'т.п', 'др', 'см', 'напр', 'г-н', 'г-жа', 'млн', 'млрд', 'тыс'],
	// Chinese ends sentences with 。, Arabic has no abbreviations; both may quote Latin names.
	zh: LATIN,
	ar: LATIN
};

/** Punctuation that closes what precedes it, so an utterance may not start with it. */
const CLOSERS = '.,;:!?…)\\]}»”’。，、；：！？）】」』》〉؛،؟';
const LEADING_CLOSERS = new RegExp(`\\s*[${CLOSERS}]+`, 'uy');

/** Fallback sentence ends: a terminator (and closing quotes) before a space and no lowercase. */
const SENTENCE_END = /[.!?…؟]+[\p{Pe}\p{Pf}"']*(?=\s+[^\s\p{Ll}])|[。！？]+[\p{Pe}\p{Pf}]*/gu;

/** Sentence ends before a number, which ICU misses ("held so far. 125 governments were"). */
const BEFORE_NUMBER = /[.!?…؟]+[\p{Pe}\p{Pf}"']*(?=\s+\p{Nd})/gu;

/** Clause ends: ASCII marks only before a space (not "2,000"), CJK and Arabic marks anywhere. */
const CLAUSE_END = /[,;:](?=\s)|[，；：、،؛]|——|\s[—–](?=\s)/gu;

/** Pieces shorter than this are avoided when cutting a long sentence, if another cut fits. */
const MIN_PIECE = 20;

const is_space = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** Whether the text after `at` (past any spaces) starts with closing punctuation. */
function closer_at(text: string, at: number): boolean {
	LEADING_CLOSERS.lastIndex = at;
	return LEADING_CLOSERS.test(text);
}

function has_segmenter(): boolean {
	return typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function';
}

/** Offsets where sentences end, the last one being `text.length`. */
function sentence_ends(text: string, lang: string): number[] {
	const after = (pattern: RegExp) =>
		Array.from(text.matchAll(pattern), (match) => match.index + match[0].length);
	if (!has_segmenter()) return [...after(SENTENCE_END), text.length];
	const segments = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text);
	const ends = Array.from(segments, ({ index, segment }) => index + segment.length);
	return [...ends, ...after(BEFORE_NUMBER)].sort((a, b) => a - b);
}

/** `[from, to]` ranges (an abbreviation and the spaces after it) where no sentence may end. */
function abbreviation_ranges(text: string, words: string[]): [number, number][] {
	const alternatives = words.map((word) => word.split('.').join('\\.\\s*'));
	const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})\\.\\s*`, 'gu');
	return Array.from(text.matchAll(pattern), (match) => [
		match.index,
		match.index + match[0].length
	]);
}

/** Offsets in `(start, limit]` just after a clause mark, in order. */
function clause_cuts(text: string, start: number, limit: number): number[] {
	const cuts: number[] = [];
	CLAUSE_END.lastIndex = start;
	for (let match; (match = CLAUSE_END.exec(text));) {
		const at = match.index + match[0].length;
		if (at > limit) break;
		if (!closer_at(text, at)) cuts.push(at);
	}
	return cuts;
}

/** Offsets in `(start, limit]` between words, in order: spaces, else ICU's word breaks. */
function word_cuts(text: string, start: number, limit: number, lang: string): number[] {
	const cuts: number[] = [];
	for (let at = start + 1; at <= limit; at++) {
		if (is_space(text[at]) && !is_space(text[at - 1]) && !closer_at(text, at)) cuts.push(at);
	}
	// Keeps "3.8 billion" and "2 000" together when another space will do.
	const clear = cuts.filter((at) => !/\d/u.test(text[at - 1]));
	if (cuts.length > 0 || !has_segmenter()) return clear.length > 0 ? clear : cuts;
	const words = new Intl.Segmenter(lang, { granularity: 'word' }).segment(
		text.slice(start, limit + 1)
	);
	return Array.from(words, ({ index }) => start + index).filter(
		(at) => at > start && at <= limit && !closer_at(text, at)
	);
}

/** Where to end the first utterance of the trimmed run `[start, end)`, longer than `max`. */
function cut(text: string, start: number, end: number, max: number, lang: string): number {
	const limit = start + max;
	const roomy = (at: number) => at - start >= MIN_PIECE && end - at >= MIN_PIECE;
	const clauses = clause_cuts(text, start, limit);
	const words = word_cuts(text, start, limit, lang);
	// The longest first piece, at a clause mark if possible, but not leaving a tiny one.
	const at = clauses.findLast(roomy) ?? words.findLast(roomy) ?? clauses.at(-1) ?? words.at(-1);
	if (at !== undefined) return at;
	// A run without spaces or word breaks: cut hard, but not inside a surrogate pair.
	let hard = limit;
	while (hard > start + 1 && (closer_at(text, hard) || /[\uDC00-\uDFFF]/.test(text[hard]))) hard--;
	return hard;
}

/** Trims `[start, end)` and adds it, cut into pieces of at most `max`, to `spans`. */
function add_trimmed(
	text: string,
	start: number,
	end: number,
	max: number,
	lang: string,
	spans: Span[]
) {
	while (start < end && is_space(text[start])) start++;
	while (end > start && is_space(text[end - 1])) end--;
	while (end - start > max) {
		let at = cut(text, start, end, max, lang);
		let piece_end = at;
		while (is_space(text[piece_end - 1])) piece_end--;
		spans.push({ start, end: piece_end });
		while (is_space(text[at])) at++;
		start = at;
	}
	if (end > start) spans.push({ start, end });
}

/**
 * Splits a paragraph's text into utterances: sentences (`Intl.Segmenter` in `lang`, a regex
 * without it), never ending after an abbreviation such as "Mr.", then cutting anything longer
 * than `max` at clause ends (, ; : — and their CJK and Arabic forms), else at the last space,
 * else hard. Spans are trimmed, in order, and cover every non-space character.
 */
export function split_utterances(text: string, lang: string, max = 200): Span[] {
	// Below 1 no piece could be cut off, and the loop would never end.
	max = Math.max(1, max);
	const primary = lang.split('-')[0].toLowerCase();
	const protected_ranges = abbreviation_ranges(text, ABBREVIATIONS[primary] ?? LATIN);
	const spans: Span[] = [];
	let start = 0;
	for (let end of sentence_ends(text, lang)) {
		if (end < text.length && protected_ranges.some(([from, to]) => from < end && end <= to)) {
			continue;
		}
		// Segmenter puts the "»" of French "… fixe ? »" at the start of the next sentence.
		LEADING_CLOSERS.lastIndex = end;
		if (LEADING_CLOSERS.test(text)) end = LEADING_CLOSERS.lastIndex;
		if (end <= start) continue;
		add_trimmed(text, start, end, max, lang, spans);
		start = end;
	}
	add_trimmed(text, start, text.length, max, lang, spans);
	return spans;
}
