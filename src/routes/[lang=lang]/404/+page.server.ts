import type { Lang } from '#lib/i18n/languages.js';
import { translator } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const t = translator(params.lang as Lang);
	return {
		title: t('meta.not_found_title'),
		heading: t('not_found.heading'),
		body: t('not_found.body')
	};
};
