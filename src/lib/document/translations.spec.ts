import { describe, expect, it } from 'vitest';
import { original } from '#lib/server/summary.js';
import type { SummaryText } from './types';

const files = import.meta.glob<SummaryText>('/locales/*/summary.json', {
	eager: true,
	import: 'default'
});
const translation = (lang: string) => files[`/locales/${lang}/summary.json`];
const english = original.text;
const numbers = Object.keys(english.paragraphs);

/** Share of the letters of `text` that match `script` (a Unicode script property escape). */
function share(text: string, script: RegExp): number {
	const letters = text.match(/\p{L}/gu) ?? [];
	return letters.filter((letter) => script.test(letter)).length / Math.max(letters.length, 1);
}

/** How many of the given function words occur as words in `text`. */
function hits(text: string, words: string[]): number {
	const tokens = text.toLowerCase().split(/[^\p{L}’']+/u);
	return tokens.filter((token) => words.includes(token)).length;
}

/**
 * The decades of the twentieth century that a Chinese text writes as UN Chinese does,
 * "20世纪80年代" and, following it in the same phrase, "和90年代": ['1980', '1990']. These stand
 * for the years 1980 and 1990 of the English ("the 1980’s and 1990’s"); any other year must
 * still appear in digits.
 */
function twentieth_century_decades(text: string): string[] {
	const decades: string[] = [];
	for (const [, first, second] of text.matchAll(/(?<!\d)20世纪([1-9]0)年代(?:和([1-9]0)年代)?/gu)) {
		decades.push(`19${first}`);
		if (second !== undefined) decades.push(`19${second}`);
	}
	return decades;
}

const STOP_WORDS = {
	en: ['the', 'and', 'of', 'to', 'was', 'were', 'that', 'with', 'for', 'which'],
	fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'aux', 'été', 'dans'],
	es: ['el', 'los', 'las', 'y', 'del', 'una', 'que', 'fue', 'para', 'con']
};

const LANGUAGE_CHECKS: Record<string, (text: string) => void> = {
	fr: (text) => {
		expect(hits(text, STOP_WORDS.fr)).toBeGreaterThan(hits(text, STOP_WORDS.es));
		expect(hits(text, STOP_WORDS.fr)).toBeGreaterThan(hits(text, STOP_WORDS.en));
	},
	es: (text) => {
		expect(hits(text, STOP_WORDS.es)).toBeGreaterThan(hits(text, STOP_WORDS.fr));
		expect(hits(text, STOP_WORDS.es)).toBeGreaterThan(hits(text, STOP_WORDS.en));
	},
	ru: (text) => expect(share(text, /\p{Script=Cyrillic}/u)).toBeGreaterThan(0.8),
	zh: (text) => {
		expect(share(text, /\p{Script=Han}/u)).toBeGreaterThan(0.6);
		// Full-width punctuation and no spaces between Han characters.
		expect(text).not.toMatch(/\p{Script=Han}[,.;:!?]|\p{Script=Han} +\p{Script=Han}/u);
	},
	ar: (text) => {
		expect(share(text, /\p{Script=Arabic}/u)).toBeGreaterThan(0.75);
		// Arabic punctuation, Western digits (as the English has them), no tatweel.
		expect(text).not.toMatch(/\p{Script=Arabic}\s*[,;?]/u);
		expect(text).not.toMatch(/[\u0660-\u0669\u0640]/u);
	}
};

describe.each(['fr', 'es', 'ru', 'zh', 'ar'])('the %s translation', (lang) => {
	const text = translation(lang);

	it('exists with the same title, headings, note and 71 numbered paragraphs', () => {
		expect(text, `locales/${lang}/summary.json`).toBeDefined();
		expect(Object.keys(text.paragraphs)).toEqual(numbers);
		expect(Object.keys(text.headings).sort()).toEqual(Object.keys(english.headings).sort());
		for (const value of [text.title, text.note, ...Object.values(text.headings)]) {
			expect(value.trim()).not.toBe('');
		}
	});

	it('translates every paragraph: none left in English, none empty', () => {
		for (const n of numbers) {
			expect(text.paragraphs[n].trim(), `paragraph ${n}`).not.toBe('');
			expect(text.paragraphs[n], `paragraph ${n}`).not.toBe(english.paragraphs[n]);
		}
		expect(text.title).not.toBe(english.title);
		expect(text.note).not.toBe(english.note);
	});

	it('keeps every year of each paragraph, in digits', () => {
		for (const n of numbers) {
			const decades = lang === 'zh' ? twentieth_century_decades(text.paragraphs[n]) : [];
			for (const [year] of english.paragraphs[n].matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)) {
				if (decades.includes(year)) continue;
				expect(text.paragraphs[n], `paragraph ${n}, ${year}`).toContain(year);
			}
		}
	});

	it('reads as the right language in every paragraph', () => {
		// Every paragraph and the note; the title is too short to tell French from Spanish by words.
		for (const n of [...numbers, 'note']) {
			const value = n === 'note' ? text.note : text.paragraphs[n];
			try {
				LANGUAGE_CHECKS[lang](value);
			} catch (error) {
				throw new Error(`${lang} ${n}: ${(error as Error).message}\n${value}`, { cause: error });
			}
		}
	});
});
