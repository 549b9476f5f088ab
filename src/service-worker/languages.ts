/// <reference lib="webworker" />
import { LANGUAGES, lang_of_path, SOURCE_LANG, type Lang } from '#lib/i18n/languages.js';

/** What the build knows of its files: see scripts/offline-manifest.js. */
export interface OfflineManifest {
	/** A hash of all of it: names the saved languages' cache. */
	id: string;
	/** The hashed files under /_app/immutable/, named relative to it: their names are their revisions. */
	app: string[];
	/** Other files (static files, the multilingual pages) and the hashes of their bytes. */
	files: Record<string, string>;
	/** The pages saved for offline reading (each language's, and the two multilingual ones) and the hashes of their bytes. */
	pages: Record<string, string>;
	/** The hashes of the pages' saved copies (`<page>saved.html`: scripts/saved-copies.js). */
	copies: Record<string, string>;
}

declare const self: ServiceWorkerGlobalScope & { __OFFLINE_MANIFEST?: OfflineManifest };

/** Written into the built worker by scripts/postbuild.js (`vite dev` has none). */
const written = self.__OFFLINE_MANIFEST ?? { id: 'dev', app: [], files: {}, pages: {}, copies: {} };
export const MANIFEST: OfflineManifest = {
	...written,
	app: written.app.map((name) => `/_app/immutable/${name}`)
};

const PREFIX = 'languages-';
/**
 * Saved languages live in a cache named by the content of the version: a new version never
 * serves another's pages, and one that changed nothing a reader keeps shares its cache.
 */
export const LANGUAGES_CACHE = `${PREFIX}${MANIFEST.id}`;

/**
 * Everything one language needs offline: the summary, glossary, In short, About and offline
 * pages, manifest, the player's and panels' strings, and the multilingual pages (the chooser,
 * the offline page), saved once for all. Not the side-by-side pages (`/<lang>/with/…`, left out
 * of the manifest): five more copies of the text a reader on a paid connection did not ask for.
 */
export function bundle(lang: Lang): string[] {
	return Object.keys(MANIFEST.pages).filter(
		(path) => path.startsWith(`/${lang}/`) || !lang_of_path(path)
	);
}

/**
 * The English original a translation links to, paragraph by paragraph: its summary page, and
 * the offline page in English for a reader who went on from there.
 */
export const ORIGINAL = [`/${SOURCE_LANG}/`, `/${SOURCE_LANG}/offline/`];

/** Stored last, once the rest of a language is: a language is saved whole or not at all. */
const marker = (lang: Lang) => `/${lang}/manifest.webmanifest`;

/** The first 16 hex digits of the SHA-256 of a body (as scripts/offline-manifest.js). */
async function hash_of(response: Response): Promise<string> {
	const digest = new Uint8Array(
		await crypto.subtle.digest('SHA-256', await response.arrayBuffer())
	);
	return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether a stored or fetched response is this version's file at `path`. */
export async function is_current(path: string, response: Response): Promise<boolean> {
	if (MANIFEST.app.includes(path)) return true;
	const hash = await hash_of(response.clone());
	return [MANIFEST.pages[path], MANIFEST.copies[path], MANIFEST.files[path]].includes(hash);
}

/** An older version's copy of `path`, if its bytes are this version's. */
async function reusable(path: string): Promise<Response | undefined> {
	for (const name of (await older_caches()).reverse()) {
		const response = await (await caches.open(name)).match(path);
		if (response && (await is_current(path, response))) return response;
	}
	return undefined;
}

/**
 * `path` as this version has it: the page the reader is on from the browser's cache, where it
 * is already (no request at all); any other page as its saved copy (its CSS linked, not inline:
 * scripts/saved-copies.js); checked against this version's hashes (a newer deploy must not mix in).
 */
async function fetch_current(path: string): Promise<Response> {
	const here = await fetch(path, { cache: 'only-if-cached', mode: 'same-origin' }).catch(
		() => undefined
	);
	if (here?.ok && (await is_current(path, here))) return here;
	const response = await fetch(path in MANIFEST.copies ? `${path}saved.html` : path);
	if (!response.ok || !(await is_current(path, response))) {
		throw new Error(`${path}: not this version's file`);
	}
	// Without its own address, so that a page opened from the cache has the one it was opened at.
	return new Response(response.body, response);
}

/**
 * Saves pages into `cache_name`: of those it lacks, the ones an older version saved with the
 * same bytes are copied, only the others fetched; stored in order, so that a language's marker,
 * last, is there only when the rest is. Rejects on quota or network errors.
 */
async function save_pages(paths: string[], cache_name: string): Promise<void> {
	const cache = await caches.open(cache_name);
	const missing = [];
	for (const path of paths) if (!(await cache.match(path))) missing.push(path);
	const found = await Promise.all(
		missing.map(
			async (path) => [path, (await reusable(path)) ?? (await fetch_current(path))] as const
		)
	);
	for (const [path, response] of found) await cache.put(path, response);
}

/** Saves a language's bundle whole (its marker last). */
export async function save(lang: Lang, cache_name = LANGUAGES_CACHE): Promise<void> {
	const paths = bundle(lang).filter((path) => path !== marker(lang));
	await save_pages([...paths, marker(lang)], cache_name);
}

/** Saves the English original beside a translation, without saving English. */
export function save_original(cache_name = LANGUAGES_CACHE): Promise<void> {
	return save_pages(ORIGINAL, cache_name);
}

/** The languages saved in a cache: those whose marker is in it. */
export async function saved_in(cache_name: string): Promise<Lang[]> {
	// Asking must not create it again (after "Clear all my data", say).
	if (!(await caches.has(cache_name))) return [];
	const cache = await caches.open(cache_name);
	const found = await Promise.all(
		LANGUAGES.map(async (lang) => !!(await cache.match(marker(lang))))
	);
	return LANGUAGES.filter((_, i) => found[i]);
}

export function saved(): Promise<Lang[]> {
	return saved_in(LANGUAGES_CACHE);
}

/**
 * Language caches made before this version's (cache names list in creation order): never a
 * newer version's, which may be waiting with its own copy.
 */
export async function older_caches(): Promise<string[]> {
	const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
	const own = names.indexOf(LANGUAGES_CACHE);
	return own === -1 ? names : names.slice(0, own);
}

/**
 * Carries what older versions saved into this version's cache: the languages saved there and
 * the English original (their unchanged pages copied, only the changed ones fetched), and the
 * files kept once fetched (the audio, the font), when their bytes are this version's. The older
 * caches stay untouched.
 */
export async function carry_over(): Promise<void> {
	const target = await caches.open(LANGUAGES_CACHE);
	const languages = new Set<Lang>();
	let original = false;
	for (const name of await older_caches()) {
		const source = await caches.open(name);
		for (const lang of await saved_in(name)) languages.add(lang);
		original ||= !!(await source.match(ORIGINAL[0]));
		for (const request of await source.keys()) {
			const path = new URL(request.url).pathname;
			if (path in MANIFEST.pages || (await target.match(request))) continue;
			const response = await source.match(request);
			if (response && (await is_current(path, response))) await target.put(request, response);
		}
	}
	if (original) await save_original();
	for (const lang of languages) await save(lang);
}

/**
 * After an update: carries over what is left (a language opened while this version waited),
 * then deletes the older caches whose languages this version holds. One it could not complete
 * (offline) stays until a later visit completes it.
 */
export async function settle(): Promise<void> {
	const older = await older_caches();
	if (older.length === 0) return;
	await carry_over().catch(() => {});
	const have = await saved();
	for (const name of older) {
		if ((await saved_in(name)).every((lang) => have.includes(lang))) await caches.delete(name);
	}
}
