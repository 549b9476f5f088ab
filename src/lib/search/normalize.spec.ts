import { describe, expect, it } from 'vitest';
import { fold, source_range } from './normalize';

/** The source text of the folded range `[from, to)`. */
function source_of(text: string, lang: string, from: number, to: number): string {
	const [start, end] = source_range(fold(text, lang), from, to);
	return text.slice(start, end);
}

describe('fold', () => {
	it('drops Latin accents and case', () => {
		expect(fold('DÉVELOPPEMENT Développement', 'fr').text).toBe('developpement developpement');
		expect(fold('Año ÇA façon', 'es').text).toBe('ano ca facon');
		expect(fold('Straße', 'en').text).toBe('straße');
	});

	it('folds ё to е but keeps й, and lowers Cyrillic capitals', () => {
		expect(fold('Ещё ВСЁ', 'ru').text).toBe('еще все');
		expect(fold('Мой МОЙ мои', 'ru').text).toBe('мой мой мои');
	});

	it('folds typographic apostrophes and quotes', () => {
		expect(fold('Chair’s ‘x’ ʼy “z”', 'en').text).toBe("chair's 'x' 'y \"z\"");
	});

	it('leaves Chinese as it is, with full-width Latin letters and digits made ASCII', () => {
		expect(fold('互联网治理论坛', 'zh').text).toBe('互联网治理论坛');
		expect(fold('ＩＧＦ２０１１', 'zh').text).toBe('igf2011');
	});

	it('normalises Arabic: tashkeel, tatweel, alef forms, alef maqsura, digits', () => {
		expect(fold('التَّنْمِيَةُ', 'ar').text).toBe('التنمية');
		expect(fold('التـــنمية', 'ar').text).toBe('التنمية');
		expect(fold('إدارة أهمية آخر ٱلاجتماع', 'ar').text).toBe('ادارة اهمية اخر الاجتماع');
		expect(fold('إلى منتدى', 'ar').text).toBe('الي منتدي');
		expect(fold('٢٠١١', 'ar').text).toBe('2011');
	});

	it('folds the ligatures œ and æ, and joins digits a space separates', () => {
		expect(fold('Cœur ŒUVRER Æsop', 'fr').text).toBe('coeur oeuvrer aesop');
		expect(fold('plus de 2\u00a0000 badges', 'fr').text).toBe('plus de 2000 badges');
		expect(fold('2 000', 'fr').text).toBe('2000');
		expect(fold('в 2011 г. 125', 'ru').text).toBe('в 2011 г. 125');
		// The match shows the number as written, its space included.
		const folded = fold('de 2\u00a0000 badges', 'fr');
		expect(source_of('de 2\u00a0000 badges', 'fr', 3, 7)).toBe('2\u00a0000');
		expect(folded.map).toHaveLength(folded.text.length + 1);
	});

	it('makes each run of white space one space', () => {
		expect(fold('a \n\t b\u00a0\u202fc', 'fr').text).toBe('a b c');
	});

	it('maps each folded character to its source', () => {
		const text = 'Dé\u0301ja  VU';
		const folded = fold(text, 'fr');
		expect(folded.text).toBe('deja vu');
		expect(folded.map).toEqual([0, 1, 3, 4, 5, 7, 8, text.length]);
		expect(fold('', 'en')).toEqual({ text: '', map: [0] });
	});

	it('maps matches back to the original text, dropped marks included', () => {
		expect(source_of('Le DÉVELOPPEMENT durable', 'fr', 3, 16)).toBe('DÉVELOPPEMENT');
		// e + combining acute: the accent belongs to the match.
		expect(source_of('cafe\u0301 noir', 'fr', 0, 4)).toBe('cafe\u0301');
		// The vowel marks of the last letter too, and a tatweel inside.
		const arabic = 'عُقد الاجتمـاعُ السادس';
		expect(fold(arabic, 'ar').text).toBe('عقد الاجتماع السادس');
		expect(source_of(arabic, 'ar', 0, 3)).toBe('عُقد');
		expect(source_of(arabic, 'ar', 4, 12)).toBe('الاجتمـاعُ');
		// One source character folded into several is shown whole.
		expect(source_of('ﬁn', 'en', 0, 1)).toBe('ﬁ');
		// Characters outside the Basic Multilingual Plane keep their two halves together.
		expect(source_of('𝐀b', 'en', 0, 1)).toBe('𝐀');
	});
});
