import { is_lang, type Lang } from '#lib/i18n/languages.js';

const KEY = 'igf-reader:language';

/** The language the user last read in, if storage works and holds a valid one. */
export function remembered_language(): Lang | undefined {
	try {
		const value = localStorage.getItem(KEY);
		return is_lang(value) ? value : undefined;
	} catch {
		// localStorage access disabled
		return undefined;
	}
}

export function remember_language(lang: Lang): void {
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// localStorage access disabled or full: the chooser simply asks again next time
	}
}
