import type { UiStrings } from '#lib/i18n/translator.js';
import type { Settings } from './schema';

type Strings = UiStrings['settings'];

/**
 * The panel's strings, translated on the server (see `settings_strings`): the section's strings,
 * with the plural forms of "{{count}} lines" replaced by the label of each band.
 */
export type SettingsText = {
	[K in keyof Strings as K extends `line_focus_lines_${string}` ? never : K]: Strings[K];
} & { line_focus_lines: Record<Exclude<Settings['focus'], 0>, string> };
