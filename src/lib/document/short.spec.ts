import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANG, type Lang } from '#lib/i18n/languages.js';
import { short_for, short_parts } from '#lib/server/short.js';
import { original } from '#lib/server/summary.js';
import { cite_numbers } from './short';
import { PARAGRAPH_COUNT, SECTION_IDS } from './types';

/** Plain means measured: the longest a sentence may be, and the most a section may average. */
const LIMITS: Record<Lang, { average: number; max: number }> = {
	en: { average: 15, max: 25 },
	fr: { average: 18, max: 30 },
	es: { average: 18, max: 30 },
	ru: { average: 15, max: 25 },
	ar: { average: 15, max: 25 },
	// In characters (Han, letters, digits; not punctuation): Chinese has no spaces between words.
	zh: { average: 30, max: 50 }
};

/** A sentence's length: words (split on whitespace), or characters in Chinese. */
const length_of = (text: string, lang: Lang) =>
	lang === 'zh' ? (text.match(/[\p{L}\p{N}]/gu) ?? []).length : text.trim().split(/\s+/u).length;

/** Two capitals in a row, in Latin or Cyrillic: an acronym ("IGF", "ООН"). */
const ACRONYM = /(?:(?=\p{Lu})[\p{Script=Latin}\p{Script=Cyrillic}]){2,}/u;

const sections_of = new Map(original.sections.map((section) => [section.id, section.paragraphs]));

describe('cite_numbers', () => {
	it('writes consecutive numbers as a range and lists the others with the comma given', () => {
		expect(cite_numbers([45], ', ')).toBe('45');
		expect(cite_numbers([45, 46], ', ')).toBe('45–46');
		expect(cite_numbers([13, 15], ', ')).toBe('13, 15');
		expect(cite_numbers([3, 4, 5, 8, 10, 11], '、')).toBe('3–5、8、10–11');
	});

	it('isolates each range in right-to-left text, so that it reads left to right', () => {
		expect(cite_numbers([22, 23], '، ', true)).toBe('\u206622–23\u2069');
		expect(cite_numbers([13, 15], '، ', true)).toBe('13، 15');
	});
});

describe.each(LANGUAGES)('“In short” in %s', (lang) => {
	const text = short_for(lang);
	const english = short_for(SOURCE_LANG);

	it('has every section, in order, each in 3 to 6 sentences', () => {
		expect(text, `locales/${lang}/short.json`).toBeDefined();
		expect(Object.keys(text.sections)).toEqual([...SECTION_IDS]);
		for (const id of SECTION_IDS) {
			expect(text.sections[id].length, id).toBeGreaterThanOrEqual(3);
			expect(text.sections[id].length, id).toBeLessThanOrEqual(6);
		}
	});

	it('is aligned with the English, sentence for sentence, citing the same paragraphs', () => {
		for (const id of SECTION_IDS) {
			expect(
				text.sections[id].map((sentence) => sentence.cites),
				id
			).toEqual(english.sections[id].map((sentence) => sentence.cites));
		}
	});

	it('cites, in each sentence, existing paragraphs of its own section, in ascending order', () => {
		for (const id of SECTION_IDS) {
			for (const { text: sentence, cites } of text.sections[id]) {
				expect(cites.length, sentence).toBeGreaterThan(0);
				for (const n of cites) {
					expect(Number.isInteger(n) && n >= 1 && n <= PARAGRAPH_COUNT, sentence).toBe(true);
					expect(sections_of.get(id), `${id}: ${sentence}`).toContain(n);
				}
				const ascending = cites.every((n, i) => i === 0 || n > cites[i - 1]);
				expect(ascending, `${sentence} ${cites}`).toBe(true);
			}
		}
	});

	it('writes every acronym out, and ends each sentence with a full stop', () => {
		for (const { text: sentence } of Object.values(text.sections).flat()) {
			if (lang === 'zh' || lang === 'ar') expect(sentence).not.toMatch(/\p{Script=Latin}/u);
			else expect(sentence).not.toMatch(ACRONYM);
			expect(sentence).toMatch(lang === 'zh' ? /。$/u : /\.$/u);
		}
	});

	it(`keeps sentences short: at most ${LIMITS[lang].max}, on average ${LIMITS[lang].average} per section`, () => {
		const { average, max } = LIMITS[lang];
		for (const id of SECTION_IDS) {
			const lengths = text.sections[id].map((sentence) => length_of(sentence.text, lang));
			for (const [i, length] of lengths.entries()) {
				expect(length, `${id} ${i + 1}: ${text.sections[id][i].text}`).toBeLessThanOrEqual(max);
			}
			const mean = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
			expect(mean, `${id}: average`).toBeLessThanOrEqual(average);
		}
	});

	it('becomes a part per section, its sentences numbered through the page and citing by link', () => {
		const parts = short_parts(lang);
		expect(parts.map((part) => part.id)).toEqual([...SECTION_IDS]);
		const sentences = parts.flatMap((part) => part.sentences);
		expect(sentences.map((sentence) => sentence.number)).toEqual(sentences.map((_, i) => i + 1));
		for (const [i, sentence] of Object.values(text.sections).flat().entries()) {
			expect(sentences[i].text).toBe(sentence.text);
			expect(sentences[i].href).toBe(`/${lang}/#p${sentence.cites[0]}`);
		}
		// A citation's name, where it has one, holds what it shows (WCAG 2.5.3, label in name).
		const words = (text: string) =>
			text
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim();
		for (const { cite, cite_label } of sentences) {
			if (cite_label) expect(words(cite_label)).toContain(words(cite));
			expect(cite).toMatch(/\d/);
		}
		for (const part of parts) {
			expect(part.back_href).toBe(`/${lang}/#${part.id}`);
			expect(part.back_label).toContain(part.heading);
		}
	});
});

describe('the English parts', () => {
	const parts = short_parts('en');
	const sentence = (cites: string) =>
		parts.flatMap((part) => part.sentences).find((candidate) => candidate.cite === cites);

	it('name each part by its heading, the untitled opening as "Opening"', () => {
		expect(parts[0].heading).toBe('Opening');
		expect(parts[1].heading).toBe(original.text.headings['opening-ceremony']);
		expect(parts[1].back_label).toBe(`Read the full section: ${parts[1].heading}`);
	});

	it('show "¶ 13, 15" named "Paragraphs 13, 15", and one paragraph as "Paragraph"', () => {
		expect(sentence('¶ 13, 15')?.cite_label).toBe('Paragraphs 13, 15');
		expect(sentence('¶ 1')?.cite_label).toBe('Paragraph 1');
	});
});

describe('citations whose short form is not a symbol', () => {
	const cites = (lang: Lang) => short_parts(lang).flatMap((part) => part.sentences);

	it('show the words themselves: an abbreviation, or a word of another number', () => {
		// "párr. 45" would be named "Párrafo 45": a speech user could not say what they see.
		expect(cites('es').find((sentence) => sentence.href === '/es/#p22')).toMatchObject({
			cite: 'Párrafos 22–23',
			cite_label: undefined
		});
		expect(cites('ru')[0]).toMatchObject({ cite: 'Пункт 1', cite_label: undefined });
		// Arabic's short form is the singular: kept for one paragraph, the dual shown for two.
		expect(cites('ar')[0]).toMatchObject({ cite: 'الفقرة 1', cite_label: undefined });
		expect(cites('ar').find((sentence) => sentence.href === '/ar/#p22')?.cite).toBe(
			'الفقرتان \u206622–23\u2069'
		);
		expect(cites('zh')[0]).toMatchObject({ cite: '第1段', cite_label: undefined });
	});
});
