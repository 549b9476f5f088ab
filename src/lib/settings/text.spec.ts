import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#lib/i18n/languages.js';
import { settings_strings } from './text.server';

describe('the settings panel’s strings', () => {
	it('name each band of line focus in its own plural form', () => {
		const bands = Object.fromEntries(
			LANGUAGES.map((lang) => [lang, settings_strings(lang).line_focus_lines])
		);
		expect(bands).toEqual({
			en: { 1: '1 line', 3: '3 lines', 5: '5 lines' },
			fr: { 1: '1 ligne', 3: '3 lignes', 5: '5 lignes' },
			es: { 1: '1 línea', 3: '3 líneas', 5: '5 líneas' },
			ru: { 1: '1 строка', 3: '3 строки', 5: '5 строк' },
			zh: { 1: '1行', 3: '3行', 5: '5行' },
			ar: { 1: 'سطر واحد', 3: '3 أسطر', 5: '5 أسطر' }
		});
	});

	it('carry no untranslated plural forms or placeholders', () => {
		for (const lang of LANGUAGES) {
			const text = settings_strings(lang);
			expect(Object.keys(text).filter((key) => key.startsWith('line_focus_lines_'))).toEqual([]);
			expect(JSON.stringify(text), lang).not.toContain('{{');
			expect(text.line_focus.trim(), lang).not.toBe('');
			expect(text.line_focus_note.trim(), lang).not.toBe('');
		}
	});
});
