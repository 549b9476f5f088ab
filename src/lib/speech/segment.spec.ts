import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse_summary } from '#lib/document/parse.js';
import type { SummaryText } from '#lib/document/types.js';
import { split_utterances, type Span } from './segment';

const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
type Lang = (typeof LANGS)[number];

const english = parse_summary(readFileSync('locales/en/igf-2011-chairs-summary.txt', 'utf8'));
const paragraphs = Object.fromEntries(
	LANGS.map((lang) => {
		const text: SummaryText =
			lang === 'en'
				? english.text
				: JSON.parse(readFileSync(`locales/${lang}/summary.json`, 'utf8'));
		return [lang, Object.values(text.paragraphs)];
	})
) as Record<Lang, string[]>;

/** Punctuation that belongs to the end of the previous utterance. */
const CLOSING = /^[.,;:，。、؛،]/u;

const slices = (text: string, spans: Span[]) =>
	spans.map(({ start, end }) => text.slice(start, end));

/** Everything wrong with `spans` as utterances of `text`; an empty list when they are right. */
function problems(text: string, spans: Span[], max: number): string[] {
	const found: string[] = [];
	let previous = 0;
	for (const { start, end } of spans) {
		const piece = text.slice(start, end);
		const gap = text.slice(previous, start);
		if (start < previous) found.push(`overlaps or out of order at ${start}`);
		else if (/\S/u.test(gap)) found.push(`drops ${JSON.stringify(gap)}`);
		if (piece === '' || piece.trim() !== piece) found.push(`untrimmed ${JSON.stringify(piece)}`);
		if (piece.length > max) found.push(`${piece.length} > ${max}: ${piece}`);
		if (CLOSING.test(piece)) found.push(`starts with a closing mark: ${piece}`);
		previous = end;
	}
	if (/\S/u.test(text.slice(previous))) found.push(`drops the end ${text.slice(previous)}`);
	// The same property, stated as the brief does: the non-space characters, in order.
	if (slices(text, spans).join('').replace(/\s/gu, '') !== text.replace(/\s/gu, '')) {
		found.push('does not reproduce the non-space characters');
	}
	return found;
}

function all_problems(lang: Lang, max = 200): string[] {
	return paragraphs[lang].flatMap((text, i) =>
		problems(text, split_utterances(text, lang, max), max).map((p) => `${lang} ${i + 1}: ${p}`)
	);
}

describe('split_utterances on every paragraph', () => {
	it('reads 71 paragraphs in each language', () => {
		for (const lang of LANGS) expect(paragraphs[lang], lang).toHaveLength(71);
	});

	for (const lang of LANGS) {
		it(`${lang}: covers the text in trimmed spans of at most 200, none starting with a closer`, () => {
			expect(all_problems(lang)).toEqual([]);
		});

		it(`${lang}: keeps those properties when cutting to 60 and to 25`, () => {
			expect([...all_problems(lang, 60), ...all_problems(lang, 25)]).toEqual([]);
		});
	}

	it('gives a sane number of utterances per language', () => {
		const counts = Object.fromEntries(
			LANGS.map((lang) => [
				lang,
				paragraphs[lang].reduce((sum, text) => sum + split_utterances(text, lang).length, 0)
			])
		);
		console.log('utterances per language (max 200):', counts);
		for (const lang of LANGS) {
			expect(counts[lang], lang).toBeGreaterThanOrEqual(150);
			expect(counts[lang], lang).toBeLessThanOrEqual(600);
		}
	});

	it('accepts a BCP 47 tag and uses its primary subtag for the abbreviations', () => {
		const text = paragraphs.zh[10];
		expect(split_utterances(text, 'zh-Hans')).toEqual(split_utterances(text, 'zh'));
		expect(
			slices('Mr. Smith spoke. Then.', split_utterances('Mr. Smith spoke. Then.', 'en-GB'))
		).toEqual(['Mr. Smith spoke.', 'Then.']);
	});
});

describe('split_utterances in English', () => {
	const spans_of = (text: string, max?: number) => slices(text, split_utterances(text, 'en', max));
	const all = paragraphs.en.flatMap((text) => spans_of(text));

	it('does not end an utterance after Mr., Ms., Dr., Hon. or H.E. in the source', () => {
		expect(all.filter((piece) => /(^|\s)(Mr|Ms|Dr|Hon|H\.E)\.$/u.test(piece))).toEqual([]);
		for (const name of [
			'Mr. Thomas Stelzer',
			'Ms. Sahle-Work Zewde',
			'Dr. Bitange Ndemo',
			'Hon. Samuel Poghisio',
			'H.E. Kalonzo Musyoka'
		]) {
			expect(
				all.some((piece) => piece.includes(name)),
				name
			).toBe(true);
		}
	});

	it('does not end an utterance after e.g., i.e., U.S. or etc.', () => {
		expect(
			spans_of('Some regions, e.g. East Africa, grew. The U.S. Congress, i.e. Its members, met.')
		).toEqual([
			'Some regions, e.g. East Africa, grew.',
			'The U.S. Congress, i.e. Its members, met.'
		]);
		expect(spans_of('Laws, treaties etc. Were all discussed. Then Prof. Smith spoke.')).toEqual([
			'Laws, treaties etc. Were all discussed.',
			'Then Prof. Smith spoke.'
		]);
	});

	it('never splits a number such as 3.8 billion', () => {
		const text = 'Subscriptions would reach 3.8 billion by 2015. Another 2.5 times more.';
		expect(spans_of(text)).toEqual([
			'Subscriptions would reach 3.8 billion by 2015.',
			'Another 2.5 times more.'
		]);
		const cut = spans_of('Subscriptions would reach 3.8 billion people by the year 2015.', 32);
		expect(cut[0]).toBe('Subscriptions would reach');
		expect(cut.filter((piece) => piece.endsWith('3.8'))).toEqual([]);
		expect(spans_of('Figures: 2,000 badges, 1.2 billion users', 12)).not.toContain('Figures: 2,');
	});

	it('cuts the longest sentence into clauses of at most 200 characters', () => {
		const sentences = paragraphs.en.flatMap((text) => spans_of(text, Infinity));
		const longest = sentences.reduce((a, b) => (b.length > a.length ? b : a));
		expect(longest.length).toBeGreaterThan(400);

		const pieces = spans_of(longest);
		expect(pieces.length).toBeGreaterThanOrEqual(3);
		for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(200);
		// Every cut falls after a clause mark, and no piece is a tiny fragment.
		for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[,;:–—]$/u);
		for (const piece of pieces) expect(piece.length).toBeGreaterThanOrEqual(20);
	});

	it('leaves no tiny piece when cutting the real text', () => {
		// Without care, "…this sixth meeting of the" would leave "IGF." alone, and "Yes," too.
		expect(all.filter((piece) => piece.length < 15)).toEqual([]);
		expect(spans_of(`Yes, ${'word '.repeat(45)}end.`).map((piece) => piece.length)).toEqual([
			199, 34
		]);
	});

	it('cuts at a spaced dash and prefers the longest first piece', () => {
		const text = `${'a'.repeat(30)} bb, ${'c'.repeat(30)} – ${'d'.repeat(30)}; ${'e'.repeat(30)}`;
		expect(spans_of(text, 80)).toEqual([
			`${'a'.repeat(30)} bb, ${'c'.repeat(30)} –`,
			`${'d'.repeat(30)}; ${'e'.repeat(30)}`
		]);
	});

	it('cuts a clause-free run at the last space, and a word longer than max hard', () => {
		expect(spans_of('one two three four five six', 10)).toEqual([
			'one two',
			'three four',
			'five six'
		]);
		expect(spans_of('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
		expect(spans_of('abc', 0)).toEqual(['a', 'b', 'c']);
	});
});

describe('split_utterances in French, Spanish and Russian', () => {
	// French puts a no-break space inside "S. E. M." and before ? and ».
	const find = (lang: Lang, needle: RegExp) => {
		const text = paragraphs[lang].find((p) => needle.test(p)) ?? '';
		return slices(text, split_utterances(text, lang));
	};

	it('keeps titles with the names they precede', () => {
		expect(find('fr', /S\.\sE\.\sM\.\sKalonzo/u)[0]).toMatch(
			/^S\.\sE\.\sM\.\sKalonzo Musyoka, .+\.$/u
		);
		expect(find('fr', /M\.\sThomas Stelzer/u).some((s) => /\sM\.$/u.test(s))).toBe(false);
		expect(find('es', /Excmo\. Sr\./u)[0]).toMatch(/^El Excmo\. Sr\. Kalonzo Musyoka, .+\.$/u);
		const spanish = paragraphs.es.flatMap((text) => slices(text, split_utterances(text, 'es')));
		expect(spanish.filter((piece) => /\s(Sr|Sra|Dr|Excmo)\.$/u.test(piece))).toEqual([]);
		expect(find('ru', /3,8\sмлрд\., или/u).filter((piece) => /млрд\.$/u.test(piece))).toEqual([]);
	});

	it('keeps a French closing guillemet with the question it closes', () => {
		const pieces = find('fr', /fixe\s\?\s»/u);
		expect(pieces[0]).toMatch(/fixe\s\?\s»$/u);
		expect(pieces[1]).toMatch(/^Dans son introduction/u);
	});

	it('keeps Russian г. and т.е. inside the sentence', () => {
		const text = 'В 2011 г. Форум прошел в Найроби, т. е. В Кении. Г-н Штельцер выступил.';
		expect(slices(text, split_utterances(text, 'ru'))).toEqual([
			'В 2011 г. Форум прошел в Найроби, т. е. В Кении.',
			'Г-н Штельцер выступил.'
		]);
	});
});

describe('split_utterances in Chinese', () => {
	it('splits after 。', () => {
		const text = paragraphs.zh[0];
		const pieces = slices(text, split_utterances(text, 'zh'));
		expect(pieces.length).toBe(text.match(/。/gu)?.length);
		for (const piece of pieces) expect(piece).toMatch(/。$/u);
	});

	it('cuts long sentences after ，；、 or ：', () => {
		const text = paragraphs.zh.find((p) => p.includes('探讨的实例包括')) ?? '';
		const pieces = slices(text, split_utterances(text, 'zh', 50));
		expect(pieces.length).toBeGreaterThan(text.match(/。/gu)?.length ?? 0);
		for (const piece of pieces) {
			expect(piece.length).toBeLessThanOrEqual(50);
			expect(piece).toMatch(/[，；、：。]$/u);
		}
		// Runs of 20: the shortest pieces the cutter does not avoid.
		const run = (char: string) => char.repeat(20);
		const crafted = `${run('甲')}，${run('乙')}；${run('丙')}。`;
		expect(slices(crafted, split_utterances(crafted, 'zh', 45))).toEqual([
			`${run('甲')}，${run('乙')}；`,
			`${run('丙')}。`
		]);
	});
});

describe('split_utterances in Arabic', () => {
	it('splits after . and ؟', () => {
		const text = 'هل تختلف الإنترنت المتنقلة؟ نعم تختلف. وأشارت الرئيسة إلى ذلك.';
		expect(slices(text, split_utterances(text, 'ar'))).toEqual([
			'هل تختلف الإنترنت المتنقلة؟',
			'نعم تختلف.',
			'وأشارت الرئيسة إلى ذلك.'
		]);
		const real = paragraphs.ar.find((p) => p.includes('السلكية؟»')) ?? '';
		expect(slices(real, split_utterances(real, 'ar'))[0]).toMatch(/السلكية؟»\.$/u);
	});

	it('cuts long sentences after ، and ؛', () => {
		const sentences = paragraphs.ar.flatMap((text) =>
			slices(text, split_utterances(text, 'ar', Infinity))
		);
		const longest = sentences.reduce((a, b) => (b.length > a.length ? b : a));
		expect(longest.length).toBeGreaterThan(300);
		const pieces = slices(longest, split_utterances(longest, 'ar'));
		expect(pieces.length).toBeGreaterThanOrEqual(3);
		for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[،؛:]$/u);
		const words = (word: string) => Array(8).fill(word).join(' ');
		const crafted = `${words('كلمة')}، ${words('نص')}؛ ${words('جملة')}.`;
		expect(slices(crafted, split_utterances(crafted, 'ar', 60))).toEqual([
			`${words('كلمة')}،`,
			`${words('نص')}؛`,
			`${words('جملة')}.`
		]);
	});
});

describe('split_utterances without Intl.Segmenter', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('still satisfies the properties in English and Chinese', () => {
		const with_segmenter = LANGS.map((lang) => split_utterances(paragraphs[lang][1], lang));
		vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
		expect(typeof Intl.Segmenter).toBe('undefined');

		expect([...all_problems('en'), ...all_problems('zh'), ...all_problems('zh', 25)]).toEqual([]);
		for (const lang of ['en', 'zh'] as const) {
			const count = paragraphs[lang].reduce((n, p) => n + split_utterances(p, lang).length, 0);
			console.log(`utterances in ${lang} without Intl.Segmenter:`, count);
			expect(count).toBeGreaterThanOrEqual(150);
			expect(count).toBeLessThanOrEqual(600);
		}
		const text = 'H.E. Kalonzo Musyoka spoke. Mr. Stelzer replied in 2.5 minutes. 这是。那是。';
		expect(slices(text, split_utterances(text, 'en'))).toEqual([
			'H.E. Kalonzo Musyoka spoke.',
			'Mr. Stelzer replied in 2.5 minutes.',
			'这是。',
			'那是。'
		]);
		// The regex agrees with Intl.Segmenter on plain paragraphs.
		expect(LANGS.map((lang) => split_utterances(paragraphs[lang][1], lang))).toEqual(
			with_segmenter
		);
	});
});
