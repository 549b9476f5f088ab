/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { handle_activate, handle_install, handle_message, handle_fetch } from './handlers';
import { MANIFEST } from './languages';

declare const self: ServiceWorkerGlobalScope;

/**
 * What an offline reader never needs from the precache: the install icons and the manifest's
 * screenshots (the browser fetches them for its install prompt), the player's silent audio
 * (fetched when listening starts, then kept: ./handlers.ts).
 */
const on_demand = (url: string) =>
	url.startsWith('/screenshots/') ||
	url.startsWith('/audio/') ||
	// The page's own icons (copy link, listen: style-sheet masks) are needed offline.
	(url.startsWith('/icons/') && !['/icons/copy-link.svg', '/icons/listen.svg'].includes(url));

// The app itself: hashed scripts and styles (their names are their revisions), the icons the
// page shows, the multilingual fallback pages and the languages' download sizes, each revised
// by the hash of its bytes, so a deploy fetches only what changed. Not the optional legibility
// font (fetched when a reader chooses it, then kept). Languages are cached separately, only
// when opened or asked for (./languages.ts).
precacheAndRoute([
	...MANIFEST.app.filter((url) => !url.endsWith('.woff2')).map((url) => ({ url, revision: null })),
	...Object.entries(MANIFEST.files)
		.filter(([url]) => !on_demand(url))
		.map(([url, revision]) => ({ url, revision }))
]);
cleanupOutdatedCaches();

self.addEventListener('install', handle_install);
self.addEventListener('activate', handle_activate);
self.addEventListener('fetch', handle_fetch);
self.addEventListener('message', handle_message);
