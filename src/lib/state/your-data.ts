import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';
import { local_storage } from './storage';

/** Every key the reader writes starts with this (settings, position, language, speech…). */
export const STORAGE_PREFIX = 'igf-reader:';
/** The saved languages' caches (one per version); the app's own precache is left alone. */
export const LANGUAGE_CACHE_PREFIX = 'languages-';

export interface Cleared {
	/** The storage keys removed. */
	keys: string[];
	/** The languages that were saved for offline reading. */
	languages: Lang[];
}

function clear_storage(store: Storage | null): string[] {
	const keys: string[] = [];
	try {
		if (!store) return keys;
		for (let i = 0; i < store.length; i++) {
			const key = store.key(i);
			if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
		}
		for (const key of keys) store.removeItem(key);
	} catch {
		// Blocked part-way: what was listed and removed is reported.
	}
	return keys;
}

async function clear_language_caches(store: CacheStorage | undefined): Promise<Lang[]> {
	const found = new Set<Lang>();
	try {
		if (!store) return [];
		for (const name of await store.keys()) {
			if (!name.startsWith(LANGUAGE_CACHE_PREFIX)) continue;
			const cache = await store.open(name);
			for (const lang of LANGUAGES) if (await cache.match(`/${lang}/`)) found.add(lang);
			await store.delete(name);
		}
	} catch {
		// Cache Storage refused (a private window, say): nothing was saved there either.
	}
	return LANGUAGES.filter((lang) => found.has(lang));
}

/**
 * Everything the reader keeps on the device, removed: every `igf-reader:` storage key (its own
 * and the player's) and the saved languages. Reports what there was.
 */
export async function clear_my_data(
	store: Storage | null = local_storage(),
	cache_storage: CacheStorage | undefined = globalThis.caches
): Promise<Cleared> {
	const keys = clear_storage(store);
	const languages = await clear_language_caches(cache_storage);
	return { keys, languages };
}
