import type { Lang } from '#lib/i18n/languages.js';
import { create_translator, type Translate, type UiStrings } from '#lib/i18n/translator.js';

const files = import.meta.glob<UiStrings>('/locales/*/ui.json', { eager: true, import: 'default' });

/** The interface strings of one language. */
export function ui_strings(lang: Lang): UiStrings {
	const strings = files[`/locales/${lang}/ui.json`];
	if (!strings) throw new Error(`No interface strings for ${lang}`);
	return strings;
}

const translators = new Map<Lang, Translate>();

/**
 * i18next for one language, on the server. Pages receive the strings it produces, already
 * translated, so the client hydrates without i18next or any other language's strings.
 */
export function translator(lang: Lang): Translate {
	let t = translators.get(lang);
	if (!t) {
		t = create_translator(lang, ui_strings(lang));
		translators.set(lang, t);
	}
	return t;
}

/** The placeholders the browser fills in (a paragraph number, a list, a duration…). */
const BROWSER_FILLS = Object.fromEntries(
	['number', 'total', 'items', 'languages', 'time', 'section', 'count'].map((name) => [
		name,
		`{${name}}`
	])
);

/**
 * Every string of one section, translated. Placeholders the browser fills in come out as
 * `{name}` (`{count}` too: a section's plural forms are keys of their own, `minutes_one`…).
 */
export function section_strings<S extends keyof UiStrings>(lang: Lang, section: S): UiStrings[S] {
	const t = translator(lang);
	const keys = Object.keys(ui_strings('en')[section]);
	return Object.fromEntries(
		keys.map((key) => [key, t(`${section}.${key}` as string, BROWSER_FILLS)])
	) as UiStrings[S];
}
