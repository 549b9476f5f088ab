import type { Lang } from '#lib/i18n/languages.js';
import { about_topics, issues_url } from '#lib/server/about.js';
import { section_strings, translator } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	return {
		title: t('meta.about_title'),
		description: t('meta.about_description'),
		heading: t('about.heading'),
		topics: about_topics(lang, issues_url()),
		data: section_strings(lang, 'data'),
		back: t('nav.summary')
	};
};
