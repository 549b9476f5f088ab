import type { Lang } from '#lib/i18n/languages.js';
import { section_strings, translator } from '#lib/server/ui.js';
import { LINE_FOCUS } from './schema';
import type { SettingsText } from './text';

/** The settings panel's strings for one language, each band's label in its plural form. */
export function settings_strings(lang: Lang): SettingsText {
	const t = translator(lang);
	const strings = Object.entries(section_strings(lang, 'settings')).filter(
		([key]) => !key.startsWith('line_focus_lines_')
	);
	const bands = LINE_FOCUS.filter((lines) => lines > 0).map((lines) => [
		lines,
		t('settings.line_focus_lines', { count: lines })
	]);
	return {
		...Object.fromEntries(strings),
		line_focus_lines: Object.fromEntries(bands)
	} as SettingsText;
}
