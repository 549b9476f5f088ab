import { LANGUAGES } from '$lib/i18n/languages';
import { translator } from '$lib/server/ui';
import type { PageServerLoad } from './$types';

// The fallback when no language is saved yet: in all six languages.
export const load: PageServerLoad = () => ({
	messages: LANGUAGES.map((lang) => ({ lang, heading: translator(lang)('offline.page_heading') }))
});
