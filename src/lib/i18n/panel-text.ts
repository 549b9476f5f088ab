import type { Lang } from './languages';
import type { SearchText } from '#lib/search/text.js';
import type { SettingsText } from '#lib/settings/text.js';

/** What `/<lang>/panels.json` holds. */
export interface PanelText {
	settings: SettingsText;
	search: SearchText;
}

let request: Promise<PanelText> | undefined;

/**
 * The panels' strings in the page's language, fetched once, when a panel first opens (in
 * parallel with its code, so opening costs no extra round trip). A failed fetch is tried again
 * on the next opening.
 */
export function panel_text(lang: Lang): Promise<PanelText> {
	request ??= fetch(`/${lang}/panels.json`)
		.then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.json() as Promise<PanelText>;
		})
		.catch((error: unknown) => {
			request = undefined;
			throw error;
		});
	return request;
}
