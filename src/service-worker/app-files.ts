/// <reference lib="webworker" />
import { MANIFEST, is_current } from './languages';

/**
 * The app itself, kept for offline use: its hashed scripts and styles (their names are their
 * revisions) and the static files a page shows (revised by the hashes of their bytes). In a
 * cache named by the version; a new version copies every file whose bytes it shares with an
 * older one and fetches only the others (what Workbox's precache did, in the terms of the rest
 * of this worker, for a fifth of its bytes: every reader downloads the worker on every deploy).
 */
const PREFIX = 'precache-';
export const APP_CACHE = `${PREFIX}${MANIFEST.id}`;

/**
 * What an offline reader never needs: the install icons and the manifest's screenshots (the
 * browser fetches them for its install prompt), the player's silent audio and the optional
 * legibility font (fetched when first used, then kept: ./handlers.ts).
 */
const on_demand = (url: string) =>
	url.startsWith('/screenshots/') ||
	url.startsWith('/audio/') ||
	url.endsWith('.woff2') ||
	// The page's own icons (copy link, listen: style-sheet masks) are needed offline.
	(url.startsWith('/icons/') && !['/icons/copy-link.svg', '/icons/listen.svg'].includes(url));

export const APP_FILES = new Set(
	[...MANIFEST.app, ...Object.keys(MANIFEST.files)].filter((url) => !on_demand(url))
);

/** A copy of `path` with this version's bytes in an older app cache (or Workbox's, before). */
async function kept_before(path: string): Promise<Response | undefined> {
	for (const name of await caches.keys()) {
		if (name === APP_CACHE || !/^(precache-|workbox-precache)/.test(name)) continue;
		const response = await (await caches.open(name)).match(path, { ignoreSearch: true });
		if (response && (await is_current(path, response))) return response;
	}
	return undefined;
}

/** `path` from the network with this version's bytes: the browser's cache first, then the server. */
async function fetched(path: string): Promise<Response> {
	for (const cache of ['default', 'reload'] as const) {
		const response = await fetch(path, { cache });
		if (response.ok && (await is_current(path, response))) return response;
	}
	throw new Error(`${path}: not this version's file`);
}

/** On install: the app's files, all or none (a failed install leaves the old version working). */
export async function save_app(): Promise<void> {
	const cache = await caches.open(APP_CACHE);
	await Promise.all(
		[...APP_FILES].map(async (path) => {
			if (await cache.match(path)) return;
			await cache.put(path, (await kept_before(path)) ?? (await fetched(path)));
		})
	);
}

/** On activate: the older versions' app caches go. */
export async function drop_old_apps(): Promise<void> {
	for (const name of await caches.keys()) {
		if (name !== APP_CACHE && /^(precache-|workbox-precache)/.test(name)) await caches.delete(name);
	}
}

/** One of the app's files from its cache, else the network. */
export async function app_file(request: Request): Promise<Response> {
	return (
		(await (await caches.open(APP_CACHE)).match(new URL(request.url).pathname)) ?? fetch(request)
	);
}
