import type { Lang } from '$lib/i18n/languages';
import type { UiStrings } from '$lib/i18n/translator';

const files = import.meta.glob<UiStrings>('/locales/*/ui.json', { eager: true, import: 'default' });

/** The interface strings of one language (server only: each page ships its own language's). */
export function ui_strings(lang: Lang): UiStrings {
	const strings = files[`/locales/${lang}/ui.json`];
	if (!strings) throw new Error(`No interface strings for ${lang}`);
	return strings;
}
