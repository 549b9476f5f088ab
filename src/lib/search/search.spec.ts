import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '#lib/i18n/languages.js';
import { document_for } from '#lib/server/summary.js';
import { CONTEXT, MAX_QUERY, search, type Paragraph, type Results } from './search';

/** The paragraphs of the summary in one language, as the page shows them. */
function paragraphs_of(lang: Lang): Paragraph[] {
	return Object.entries(document_for(lang).text.paragraphs).map(([n, text]) => ({
		n: Number(n),
		text
	}));
}

const PARAGRAPHS = {
	en: paragraphs_of('en'),
	fr: paragraphs_of('fr'),
	ru: paragraphs_of('ru'),
	zh: paragraphs_of('zh'),
	ar: paragraphs_of('ar')
};

/** Numbers of the paragraphs whose text matches `pattern`, and how many times it does. */
function expected(lang: keyof typeof PARAGRAPHS, pattern: RegExp) {
	const counts = PARAGRAPHS[lang].map(({ n, text }) => [n, text.match(pattern)?.length ?? 0]);
	const found = counts.filter(([, count]) => count > 0);
	return {
		numbers: found.map(([n]) => n),
		total: found.reduce((sum, [, count]) => sum + count, 0)
	};
}

const numbers = (results: Results) => [...new Set(results.matches.map((match) => match.n))];

describe('search', () => {
	it('French: "developpement" finds every "développement", in any case', () => {
		const want = expected('fr', /développement/gi);
		expect(want.total).toBeGreaterThan(10);
		for (const query of ['developpement', 'DÉVELOPPEMENT', '  Développement ']) {
			const results = search(PARAGRAPHS.fr, query, 'fr');
			expect(results.total, query).toBe(want.total);
			expect(results.matches).toHaveLength(want.total);
			expect(results.paragraphs).toBe(want.numbers.length);
			expect(numbers(results)).toEqual(want.numbers);
			for (const match of results.matches) expect(match.match.toLowerCase()).toBe('développement');
		}
	});

	it('French: "coeur" finds "cœur", and "2000" the "2 000" badges', () => {
		const heart = search(PARAGRAPHS.fr, 'coeur', 'fr', 100);
		expect(heart.total).toBe(expected('fr', /cœur/giu).total);
		expect(heart.total).toBeGreaterThan(0);
		const badges = search(PARAGRAPHS.fr, '2000', 'fr', 100);
		expect(badges.matches.map((match) => [match.n, match.match])).toContainEqual([2, '2\u00a0000']);
	});

	it('English: every "spectrum" of the source text, "Spectrum" included', () => {
		const source = readFileSync('locales/en/igf-2011-chairs-summary.txt', 'utf8');
		const in_source = source.match(/spectrum/gi)?.length ?? 0;
		expect(in_source).toBeGreaterThan(0);
		const results = search(PARAGRAPHS.en, 'spectrum', 'en');
		expect(results.total).toBe(in_source);
		expect(results.matches.map((match) => match.match).sort()).toEqual(
			source.match(/spectrum/gi)!.sort()
		);
		// A straight apostrophe finds a typographic one.
		const typographic = PARAGRAPHS.en.find(({ text }) => /\w’\w/.test(text))!;
		const word = typographic.text.match(/\w+’\w+/)![0];
		const found = search(PARAGRAPHS.en, word.replace('’', "'"), 'en');
		expect(found.matches.map((match) => match.match)).toContain(word);
	});

	it('Chinese: "互联网" as a substring, wherever it is', () => {
		const want = expected('zh', /互联网/g);
		const results = search(PARAGRAPHS.zh, '互联网', 'zh');
		expect(results.total).toBe(want.total);
		expect(numbers(results)).toEqual(want.numbers);
		expect(results.matches[0].match).toBe('互联网');
	});

	it('Arabic: the same with or without vowel marks, tatweel or hamza on the alef', () => {
		const plain = search(PARAGRAPHS.ar, 'التنمية', 'ar');
		expect(plain.total).toBe(expected('ar', /التنمية/g).total);
		expect(plain.total).toBeGreaterThan(0);
		// Fatha, shadda, kasra, sukun, damma and a tatweel added to the query.
		const marked = search(PARAGRAPHS.ar, 'التَّنْمِيـــةُ', 'ar');
		expect(marked).toEqual(plain);

		// The text writes إدارة with hamza below: a bare alef, or another form, finds it.
		const hamza = search(PARAGRAPHS.ar, 'إدارة', 'ar');
		expect(hamza.total).toBeGreaterThanOrEqual(expected('ar', /إدارة/g).total);
		expect(search(PARAGRAPHS.ar, 'ادارة', 'ar')).toEqual(hamza);
		expect(search(PARAGRAPHS.ar, 'أدارة', 'ar')).toEqual(hamza);
		expect(hamza.matches[0].match).toMatch(/^إدارة$/);

		// The text's own marks do not hide a word: عُقد (paragraph 1) is found as عقد.
		const text_marked = search(PARAGRAPHS.ar, 'عقد الاجتماع', 'ar');
		expect(text_marked.matches[0]).toMatchObject({ n: 1, before: '', match: 'عُقد الاجتماع' });
	});

	it('Russian: ё finds е', () => {
		const want = expected('ru', /(?<![а-яё])все(?![а-яё])/gi);
		expect(want.total).toBeGreaterThan(0);
		const with_yo = search(PARAGRAPHS.ru, ' всё ', 'ru');
		expect(with_yo).toEqual(search(PARAGRAPHS.ru, 'все', 'ru'));
		expect(with_yo.total).toBeGreaterThanOrEqual(want.total);
	});

	it('shows each match in a bounded context, cut at spaces, in the original text', () => {
		const results = search(PARAGRAPHS.fr, 'developpement', 'fr');
		for (const { before, match, after } of results.matches) {
			expect(before.length).toBeLessThanOrEqual(CONTEXT + 1);
			expect(after.length).toBeLessThanOrEqual(CONTEXT + 1);
			if (before.startsWith('…')) expect(before[1]).not.toBe(' ');
			if (after.endsWith('…')) expect(after.at(-2)).not.toBe(' ');
			expect(match).toMatch(/^d[ée]veloppement$/i);
		}
		// The first match of paragraph 1 of the English text starts the paragraph.
		const first = search(PARAGRAPHS.en, 'the sixth meeting', 'en').matches[0];
		expect(first).toMatchObject({ n: 1, before: '', match: 'The sixth meeting' });
		expect(first.after).toMatch(/^ of the Internet Governance Forum.*…$/);
	});

	it('lists at most `limit` matches and still counts them all', () => {
		const all = search(PARAGRAPHS.en, 'the', 'en');
		const some = search(PARAGRAPHS.en, 'the', 'en', 20);
		expect(all.total).toBeGreaterThan(200);
		expect(some.matches).toEqual(all.matches.slice(0, 20));
		expect(some.total).toBe(all.total);
		expect(some.paragraphs).toBe(all.paragraphs);
	});

	it('finds nothing for an empty query, no match, or input that is not text at all', () => {
		const none = { matches: [], total: 0, paragraphs: 0 };
		for (const query of ['', '   ', 'ـــ', 'َ', 'zzyzx', '<img src=x onerror=alert(1)>', '.*(']) {
			expect(search(PARAGRAPHS.en, query, 'en'), query).toEqual(none);
		}
		// Characters a pattern would treat specially are only text.
		expect(search([{ n: 1, text: 'a.*(b' }], '.*(', 'en').matches).toEqual([
			{ n: 1, before: 'a', match: '.*(', after: 'b' }
		]);
	});

	it('cuts very long queries, without an error', () => {
		const long = 'développement '.repeat(800).slice(0, 10_000);
		const started = performance.now();
		expect(search(PARAGRAPHS.fr, long, 'fr').total).toBe(0);
		expect(performance.now() - started).toBeLessThan(500);
		// Only the first MAX_QUERY characters count: a long query that starts with a phrase
		// of the text, then goes on, is cut before it stops matching.
		const phrase = PARAGRAPHS.en[0].text.slice(0, MAX_QUERY);
		expect(search(PARAGRAPHS.en, phrase + 'x'.repeat(10_000), 'en').total).toBe(1);
	});
});
