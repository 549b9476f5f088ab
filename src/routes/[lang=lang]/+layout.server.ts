import type { Lang } from '#lib/i18n/languages.js';
import type { OfflineText } from '#lib/offline/text.js';
import { translator } from '#lib/server/ui.js';
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
		},
		// The panels' own strings come with their code (`/<lang>/panels.json`).
		buttons: { settings: t('settings.button'), search: t('search.button') },
		offline: {
			heading: t('offline.heading'),
			offline_now: t('offline.offline_now'),
			saved: t('offline.saved'),
			none_saved: t('offline.none_saved'),
			// i18next formats the sentence; the panel fills in the size, known only in the browser.
			keep_all: t('offline.keep_all', { size: '{size}' }),
			saving: t('offline.saving'),
			all_saved: t('offline.all_saved'),
			quota: t('offline.quota'),
			failed: t('offline.failed'),
			update_available: t('update.available'),
			reload: t('update.reload'),
			install_button: t('install.button'),
			install_ios: t('install.ios'),
			install_other: t('install.other')
		} satisfies OfflineText
	};
};
