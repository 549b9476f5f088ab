import type { PanelText } from '#lib/i18n/panel-text.js';
import type { Lang } from '#lib/i18n/languages.js';
import { search_strings } from '#lib/search/text.server.js';
import { settings_strings } from '#lib/settings/text.server.js';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The strings of the panels that open on demand (reading settings, search) in one language:
 * fetched with the panel's code when it first opens, not carried by every page. Saved with the
 * language for offline reading.
 */
export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	return Response.json({
		settings: settings_strings(lang),
		search: search_strings(lang)
	} satisfies PanelText);
};
