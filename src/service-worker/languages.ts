/// <reference lib="webworker" />
import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';

/** What the build knows of its files: see scripts/offline-manifest.js. */
export interface OfflineManifest {
	/** A hash of all of it: names the saved languages' cache. */
	id: string;
	/** The hashed files under /_app/immutable/, named relative to it: their names are their revisions. */
	app: string[];
	/** Other files (static files, the multilingual pages) and the hashes of their bytes. */
	files: Record<string, string>;
	/** The languages' pages and the hashes of their bytes. */
	pages: Record<string, string>;
}

declare const self: ServiceWorkerGlobalScope & { __OFFLINE_MANIFEST?: OfflineManifest };

/** Written into the built worker by scripts/postbuild.js (`vite dev` has none). */
const written = self.__OFFLINE_MANIFEST ?? { id: 'dev', app: [], files: {}, pages: {} };
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
 * Everything one language needs offline: the summary, glossary, About, offline and 404 pages,
 * manifest, the player's and panels' strings. Not the side-by-side pages (`/<lang>/with/…`,
 * left out of the manifest): five more copies of the text a reader on a paid connection did
 * not ask for.
 */
export function bundle(lang: Lang): string[] {
	return Object.keys(MANIFEST.pages).filter((path) => path.startsWith(`/${lang}/`));
}

/** The first 16 hex digits of the SHA-256 of a body (as scripts/offline-manifest.js). */
async function hash_of(response: Response): Promise<string> {
	const digest = new Uint8Array(
		await crypto.subtle.digest('SHA-256', await response.arrayBuffer())
	);
	return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether a stored or fetched response is this version's file at `path`. */
async function is_current(path: string, response: Response): Promise<boolean> {
	if (MANIFEST.app.includes(path)) return true;
	const expected = MANIFEST.pages[path] ?? MANIFEST.files[path];
	return expected !== undefined && (await hash_of(response.clone())) === expected;
}

/** An older version's copy of `path`, if its bytes are this version's. */
async function reusable(path: string): Promise<Response | undefined> {
	for (const name of (await older_caches()).reverse()) {
		const response = await (await caches.open(name)).match(path);
		if (response && (await is_current(path, response))) return response;
	}
	return undefined;
}

/** `path` from the network, checked against this version's hash (a newer deploy must not mix in). */
async function fetch_current(path: string): Promise<Response> {
	const response = await fetch(path);
	if (!response.ok || !(await is_current(path, response))) {
		throw new Error(`${path}: not this version's file`);
	}
	return response;
}

/**
 * Saves a language's bundle: of the pages the cache lacks, those an older version saved with
 * the same bytes are copied, only the others are fetched. The summary page, which marks the
 * language as saved, is stored last: a language is saved whole or not at all. Rejects on quota
 * or network errors.
 */
export async function save(lang: Lang, cache_name = LANGUAGES_CACHE): Promise<void> {
	const cache = await caches.open(cache_name);
	const missing = [];
	for (const path of bundle(lang)) if (!(await cache.match(path))) missing.push(path);
	const found = await Promise.all(
		missing.map(
			async (path) => [path, (await reusable(path)) ?? (await fetch_current(path))] as const
		)
	);
	const marker = `/${lang}/`;
	found.sort(([a], [b]) => Number(a === marker) - Number(b === marker));
	for (const [path, response] of found) await cache.put(path, response);
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
 * Carries what older versions saved into this version's cache: the languages saved there (their
 * unchanged pages copied, only the changed ones fetched) and the files kept once fetched (the
 * audio, the font), when their bytes are this version's. The older caches stay untouched.
 */
export async function carry_over(): Promise<void> {
	const target = await caches.open(LANGUAGES_CACHE);
	const languages = new Set<Lang>();
	for (const name of await older_caches()) {
		const source = await caches.open(name);
		for (const lang of await saved_in(name)) languages.add(lang);
		for (const request of await source.keys()) {
			const path = new URL(request.url).pathname;
			if (path in MANIFEST.pages || (await target.match(request))) continue;
			const response = await source.match(request);
			if (response && (await is_current(path, response))) await target.put(request, response);
		}
	}
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
