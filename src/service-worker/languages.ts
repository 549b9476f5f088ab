/// <reference lib="webworker" />
import { prerendered, version } from '$service-worker';
import { LANGUAGES, type Lang } from '$lib/i18n/languages';

/** Saved languages live in a cache per version, so a new version never serves old pages. */
export const LANGUAGES_CACHE = `languages-${version}`;
const PREFIX = 'languages-';

/**
 * Everything one language needs offline: the summary, glossary, About, offline and 404 pages,
 * manifest. Not the side-by-side pages (`/<lang>/with/<other>/`): five more copies of the text,
 * data a reader on a paid connection did not ask for.
 */
export function bundle(lang: Lang): string[] {
	return prerendered.filter(
		(path) =>
			path.startsWith(`/${lang}/`) &&
			!path.startsWith(`/${lang}/with/`) &&
			!path.endsWith('__data.json')
	);
}

/** Saves a language's bundle; resolves once every file is stored (rejects on quota or network). */
export async function save(lang: Lang, cache_name = LANGUAGES_CACHE): Promise<void> {
	const cache = await caches.open(cache_name);
	await cache.addAll(bundle(lang));
}

/** The languages saved in a cache: those whose summary page is in it. */
export async function saved_in(cache_name: string): Promise<Lang[]> {
	// Asking must not create it again (after "Clear all my data", say).
	if (!(await caches.has(cache_name))) return [];
	const cache = await caches.open(cache_name);
	const found = await Promise.all(
		LANGUAGES.map(async (lang) => !!(await cache.match(`/${lang}/`)))
	);
	return LANGUAGES.filter((_, i) => found[i]);
}

export function saved(): Promise<Lang[]> {
	return saved_in(LANGUAGES_CACHE);
}

/** Language caches of earlier versions, newest last (cache names sort by creation order). */
export async function older_caches(): Promise<string[]> {
	return (await caches.keys()).filter(
		(name) => name.startsWith(PREFIX) && name !== LANGUAGES_CACHE
	);
}
