import { LANGUAGES } from '#lib/i18n/languages.js';
import { ui_strings } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

// The chooser speaks every language at once: it does not know yet which one is yours.
export const load: PageServerLoad = () => ({
	description: ui_strings('en').meta.reader_description,
	messages: LANGUAGES.map((lang) => {
		const strings = ui_strings(lang);
		return { lang, name: strings.site.name, heading: strings.chooser.heading };
	})
});
