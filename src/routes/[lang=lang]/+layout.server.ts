import type { Lang } from '$lib/i18n/languages';
import { translator } from '$lib/server/ui';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	// Only the strings the page shows, translated on the server: the client needs no i18next.
	return {
		lang,
		chrome: {
			skip: t('nav.skip'),
			site_name: t('site.name'),
			language: t('nav.language'),
			source: t('footer.source'),
			about: t('footer.about')
		}
	};
};
