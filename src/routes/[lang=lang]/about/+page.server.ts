import type { Lang } from '$lib/i18n/languages';
import { translator } from '$lib/server/ui';
import type { PageServerLoad } from './$types';

const TOPICS = ['document', 'source', 'translations', 'privacy', 'report'] as const;

export const load: PageServerLoad = ({ params }) => {
	const t = translator(params.lang as Lang);
	return {
		title: t('meta.about_title'),
		description: t('meta.about_description'),
		heading: t('about.heading'),
		topics: TOPICS.map((id) => ({
			id,
			heading: t(`about.${id}_heading`),
			body: t(`about.${id}_body`)
		})),
		back: t('nav.summary')
	};
};
