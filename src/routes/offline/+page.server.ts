import { LANGUAGES } from '#lib/i18n/languages.js';
import { translator } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

// The fallback when no language is saved yet: in all six languages.
export const load: PageServerLoad = () => ({
	messages: LANGUAGES.map((lang) => ({ lang, heading: translator(lang)('offline.page_heading') }))
});
