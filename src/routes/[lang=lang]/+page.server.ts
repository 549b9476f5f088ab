import type { Lang } from '$lib/i18n/languages';
import { translator } from '$lib/server/ui';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const t = translator(params.lang as Lang);
	return {
		title: t('meta.reader_title'),
		description: t('meta.reader_description'),
		subtitle: t('site.subtitle'),
		actions: { listen: t('player.listen'), listen_from_here: t('player.listen_from_here') }
	};
};
