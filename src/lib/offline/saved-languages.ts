import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';

/** The languages whose summary is saved on this device (read from the offline caches). */
export async function saved_languages(): Promise<Lang[]> {
	if (typeof caches === 'undefined') return [];
	const found = await Promise.all(
		LANGUAGES.map(async (lang) => !!(await caches.match(`/${lang}/`)))
	);
	return LANGUAGES.filter((_, i) => found[i]);
}
