/**
 * Text folded for searching: what a reader types matches what the document says whatever the
 * accents, capitals, Arabic vowel marks or letter forms. Each folded character remembers where
 * it came from, so that a match is shown in the original text.
 */
export interface Folded {
	/** The folded text. */
	text: string;
	/**
	 * For each index of `text`, the index in the source of the character it came from; one more
	 * entry, the source's length, stands for the end.
	 */
	map: number[];
}

// Combining marks: Latin and Cyrillic accents after NFKD, Arabic tashkeel (U+064B–U+065F) and the
// superscript alef (U+0670), which are marks too.
const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** Characters folded to another, before lowercasing and beyond what NFKD does. */
const REPLACE: Record<string, string> = {
	// Typographic apostrophes and quotes: "Chair's" finds "Chair’s".
	'’': "'",
	'‘': "'",
	ʼ: "'",
	'′': "'",
	'“': '"',
	'”': '"',
	'„': '"',
	'″': '"',
	'‐': '-',
	'‑': '-',
	// Arabic: alef wasla (NFKD leaves it) and alef maqsura, read as alef and ya.
	ٱ: 'ا',
	ى: 'ي',
	// Russian: й is a letter of its own (мой, мои); ё is only е with dots, and folds.
	й: 'й',
	Й: 'й',
	// Ligatures NFKD leaves alone: "coeur" finds "cœur", "oeuvrer" finds "œuvrer".
	œ: 'oe',
	Œ: 'oe',
	æ: 'ae',
	Æ: 'ae'
};

const DIGIT = /\p{Nd}/u;

/** Dropped: the Arabic tatweel (a stretch of the line, not a letter) and the soft hyphen. */
const DROP = new Set(['\u0640', '\u00ad']);

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** One source character, folded: zero, one or more characters. */
function fold_char(char: string, locale: string): string {
	const code = char.codePointAt(0)!;
	if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
	if (DROP.has(char)) return '';
	const replaced = REPLACE[char];
	if (replaced !== undefined) return replaced;
	// Arabic-Indic digits, as someone may type them: the documents write Latin digits.
	for (const zero of [ARABIC_INDIC_ZERO, EXTENDED_ARABIC_INDIC_ZERO]) {
		if (code >= zero && code <= zero + 9) return String(code - zero);
	}
	// NFKD: é → e + ◌́, أ → ا + ◌ٔ, full-width Ａ → A, ﬁ → fi, … → ...
	let out = '';
	for (const part of char.normalize('NFKD').toLocaleLowerCase(locale || undefined)) {
		if (!MARK.test(part)) out += REPLACE[part] ?? part;
	}
	return out;
}

/**
 * Folds `text` for a search in `lang`: case, accents, ligatures and compatibility forms
 * (full-width letters and digits) for every script; Arabic tashkeel, tatweel and the forms of
 * alef; typographic apostrophes and quotes; each run of white space becomes one space, and a
 * space between digits (French and Russian write "2 000") none, so "2000" finds "2 000".
 * Chinese stays as it is.
 */
export function fold(text: string, lang: string): Folded {
	let folded = '';
	const map: number[] = [];
	let index = 0;
	/** Where the space now pending began, if white space was seen since the last character. */
	let space_at: number | undefined;
	for (const char of text) {
		if (SPACE.test(char)) {
			space_at ??= index;
		} else {
			const out = fold_char(char, lang);
			if (out.length > 0 && space_at !== undefined) {
				const between_digits = DIGIT.test(folded.at(-1) ?? '') && DIGIT.test(out[0]);
				if (!between_digits && folded !== '') {
					folded += ' ';
					map.push(space_at);
				}
				space_at = undefined;
			}
			for (let i = 0; i < out.length; i++) map.push(index);
			folded += out;
		}
		index += char.length;
	}
	if (space_at !== undefined && folded !== '') {
		folded += ' ';
		map.push(space_at);
	}
	map.push(text.length);
	return { text: folded, map };
}

/** The source range `[start, end)` of the folded range `[from, to)` (with `from < to`). */
export function source_range(folded: Folded, from: number, to: number): [number, number] {
	const { map } = folded;
	// The end is where the next source character begins: marks dropped after the last matched
	// letter (é written as e + ◌́, an Arabic letter's vowel) belong to the match, and a character
	// folded into several (ﬁ) is shown whole.
	const last = map[to - 1];
	let end = to;
	while (end < map.length - 1 && map[end] === last) end++;
	return [map[from], map[end]];
}
