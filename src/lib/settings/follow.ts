import type { Lang } from '$lib/i18n/languages';
import { LEGIBLE_LANGS, SETTINGS_KEY } from './constants';
import type { Font } from './schema';

/** Loads the legibility font when the page can use it: its code and files load only then. */
export function load_font_if_chosen(font: Font | undefined, lang: Lang): void {
	if (font === 'legible' && LEGIBLE_LANGS.includes(lang)) {
		void import('./legible-font').then((module) => module.load_legible_font());
	}
}

/**
 * What every page does for the settings the early script applied: loads the legibility font if
 * it was chosen, and follows changes made in other tabs (the `storage` event; `key` is null when
 * storage was cleared altogether). Returns the function that stops following.
 */
export function follow_settings(lang: Lang): () => void {
	const root = document.documentElement;
	load_font_if_chosen(root.dataset.font as Font | undefined, lang);
	const on_storage = (event: StorageEvent) => {
		if (event.key !== null && event.key !== SETTINGS_KEY) return;
		void import('./store').then(({ apply_settings, read_settings }) => {
			const settings = read_settings();
			apply_settings(settings);
			load_font_if_chosen(settings.font, lang);
		});
	};
	addEventListener('storage', on_storage);
	return () => removeEventListener('storage', on_storage);
}
