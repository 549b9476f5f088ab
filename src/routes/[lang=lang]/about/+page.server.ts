import type { Lang } from '$lib/i18n/languages';
import { section_strings, translator } from '$lib/server/ui';
import type { PageServerLoad } from './$types';

const TOPICS = ['document', 'source', 'translations', 'privacy', 'report'] as const;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	return {
		title: t('meta.about_title'),
		description: t('meta.about_description'),
		heading: t('about.heading'),
		topics: TOPICS.map((id) => ({
			id,
			heading: t(`about.${id}_heading`),
			// What the reader stores is listed under "Your data", which follows.
			body: id === 'privacy' ? t('data.privacy_body') : t(`about.${id}_body`)
		})),
		data: section_strings(lang, 'data'),
		back: t('nav.summary')
	};
};
