import { LANGUAGES } from '#lib/i18n/languages.js';
import { ui_strings } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

// The path's language is unknown here, so the message is given in all six.
export const load: PageServerLoad = () => ({
	messages: LANGUAGES.map((lang) => ({ lang, heading: ui_strings(lang).not_found.heading }))
});
