import { describe, expect, it } from 'vitest';
import { ui_strings } from '#lib/server/ui.js';
import { LANGUAGES, SOURCE_LANG } from './languages';
import { create_translator } from './translator';

/** Every key path of a nested strings object, with its value. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
	const out = new Map<string, unknown>();
	if (value !== null && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			for (const [path, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) {
				out.set(path, leaf);
			}
		}
	} else {
		out.set(prefix, value);
	}
	return out;
}

/** Strings that are rightly the same as in English (the same word in that language). */
const SAME_AS_ENGLISH: Record<string, string[]> = {
	// "5 minutes" is French too.
	fr: ['reader.note_mark', 'reader.notes', 'player.sleep_5', 'player.sleep_15', 'player.sleep_30'],
	// "min" is Spanish too.
	es: ['player.minutes_few', 'player.minutes_many', 'player.minutes_other']
};

/** Names the same in every language (a font's own name), and words that are ("Sepia" in Spanish). */
const SAME_EVERYWHERE = ['settings.font_legible'];
const SAME_IN: Record<string, string[]> = { es: ['settings.theme_sepia'] };

describe('interface strings', () => {
	const english = flatten(ui_strings(SOURCE_LANG));

	for (const lang of LANGUAGES.filter((lang) => lang !== SOURCE_LANG)) {
		it(`are complete and translated in ${lang}`, () => {
			const strings = flatten(ui_strings(lang));
			expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
			for (const [key, value] of strings) {
				expect(typeof value, key).toBe('string');
				expect((value as string).trim(), key).not.toBe('');
				const placeholders = String(english.get(key)).match(/\{\{\w+\}\}/g) ?? [];
				for (const placeholder of placeholders) expect(value, key).toContain(placeholder);
				const same = [
					...(SAME_AS_ENGLISH[lang] ?? []),
					...SAME_EVERYWHERE,
					...(SAME_IN[lang] ?? [])
				];
				if (!same.includes(key)) {
					expect(value, `${lang} ${key} is untranslated`).not.toBe(english.get(key));
				}
			}
		});
	}

	it('interpolate through i18next', () => {
		expect(create_translator('en', ui_strings('en'))('reader.paragraph', { number: 23 })).toBe(
			'Paragraph 23'
		);
		expect(create_translator('ru', ui_strings('ru'))('reader.paragraph', { number: 23 })).toBe(
			'Пункт 23'
		);
	});
});
