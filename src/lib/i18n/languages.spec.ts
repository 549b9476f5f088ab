import { describe, expect, it } from 'vitest';
import { best_match, dir_of, is_lang, lang_of_path, LANGUAGES } from './languages';

describe('languages', () => {
	it('are the six UN languages, Arabic right to left', () => {
		expect([...LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
		expect(LANGUAGES.filter((lang) => dir_of(lang) === 'rtl')).toEqual(['ar']);
		expect(is_lang('de')).toBe(false);
		expect(is_lang('constructor')).toBe(false);
	});

	it('match the best of the browser languages on the primary subtag', () => {
		expect(best_match(['de-DE', 'fr-CA', 'en'])).toBe('fr');
		expect(best_match(['zh-Hant-TW'])).toBe('zh');
		expect(best_match(['cmn'])).toBe('zh');
		expect(best_match(['AR-eg'])).toBe('ar');
		expect(best_match(['de', 'pt-BR'])).toBeUndefined();
		expect(best_match([])).toBeUndefined();
	});

	it('read the language off a path', () => {
		expect(lang_of_path('/fr/about/')).toBe('fr');
		expect(lang_of_path('/ar/')).toBe('ar');
		expect(lang_of_path('/de/')).toBeUndefined();
		expect(lang_of_path('/')).toBeUndefined();
	});
});
