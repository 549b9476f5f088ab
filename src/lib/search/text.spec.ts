import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#lib/i18n/languages.js';
import { found_text } from './text';
import { search_strings } from './text.server';

const found = (lang: (typeof LANGUAGES)[number], matches: number, paragraphs: number) =>
	found_text(search_strings(lang), matches, paragraphs, lang === 'ar' ? 'ar-u-nu-latn' : lang);

describe('search strings', () => {
	it('have every plural form each language uses, and leave nothing unfilled', () => {
		for (const lang of LANGUAGES) {
			const text = search_strings(lang);
			const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			for (const form of forms.filter((form) => form !== 'zero')) {
				expect(text, `${lang} ${form}`).toHaveProperty(`matches_${form}`);
				expect(text, `${lang} ${form}`).toHaveProperty(`paragraphs_${form}`);
			}
			for (const count of [1, 2, 3, 5, 11, 21, 101, 1_000_000]) {
				expect(found(lang, count, count), `${lang} ${count}`).not.toMatch(/[{}]/);
			}
			expect(text.paragraph).toMatch(/\{number\}/);
			expect(text.more).toMatch(/\{number\}/);
		}
	});

	it('agree with their numbers', () => {
		expect(found('en', 1, 1)).toBe('1 match in 1 paragraph');
		expect(found('en', 3, 2)).toBe('3 matches in 2 paragraphs');
		expect(found('en', 1234, 71)).toBe('1,234 matches in 71 paragraphs');
		expect(found('fr', 41, 27)).toBe('41 résultats dans 27 paragraphes');
		expect(found('fr', 1, 1)).toBe('1 résultat dans 1 paragraphe');
		expect(found('es', 2, 1)).toBe('2 resultados en 1 párrafo');
		expect(found('ru', 21, 5)).toBe('21 совпадение в 5 пунктах');
		expect(found('ru', 3, 1)).toBe('3 совпадения в 1 пункте');
		expect(found('ru', 68, 41)).toBe('68 совпадений в 41 пункте');
		expect(found('zh', 150, 58)).toBe('共找到150处匹配，分布在58段中');
		expect(found('ar', 1, 1)).toBe('نتيجة واحدة في فقرة واحدة');
		expect(found('ar', 2, 2)).toBe('نتيجتان في فقرتين');
		expect(found('ar', 22, 14)).toBe('22 نتيجة في 14 فقرة');
		expect(found('ar', 5, 3)).toBe('5 نتائج في 3 فقرات');
	});
});
