import { createInstance, type TFunction } from 'i18next';
import type en from '#locales/en/ui.json';
import type { Lang } from './languages';

/** The interface strings of one language: the shape of `locales/<lang>/ui.json`. */
export type UiStrings = typeof en;

export type Translate = TFunction<'ui'>;

/**
 * A translator for one language, created synchronously from strings already at hand (the
 * prerendered page carries its own language's strings; no other language is ever fetched).
 */
export function create_translator(lang: Lang, strings: UiStrings): Translate {
	const i18n = createInstance();
	i18n.init({
		lng: lang,
		resources: { [lang]: { ui: strings } },
		ns: ['ui'],
		defaultNS: 'ui',
		fallbackLng: false,
		initAsync: false,
		returnEmptyString: false,
		// Svelte escapes what it renders; escaping here too would double-escape.
		interpolation: { escapeValue: false }
	});
	return i18n.getFixedT(lang, 'ui');
}
