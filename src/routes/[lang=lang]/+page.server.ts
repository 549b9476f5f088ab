import type { Lang } from '#lib/i18n/languages.js';
import { section_strings, translator } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	return {
		title: t('meta.reader_title'),
		description: t('meta.reader_description'),
		actions: { listen: t('player.listen'), copied: t('share.copied'), failed: t('share.failed') },
		resume: section_strings(lang, 'resume')
	};
};
