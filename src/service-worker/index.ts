/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { handle_activate, handle_install, handle_message, handle_fetch } from './handlers';

declare const self: ServiceWorkerGlobalScope;

// The app itself: hashed scripts and styles (their names are their revisions); icons, the
// multilingual fallback pages and the languages' download sizes, revised with each build.
// Languages are cached separately, only when opened or asked for (see ./languages.ts).
// Not the manifest's screenshots (only installers want them), nor the player's silent audio
// (fetched when listening starts, then kept: see ./handlers.ts).
const app_files = files.filter(
	(file) => !file.startsWith('/screenshots/') && !file.startsWith('/audio/')
);
// Nor the optional legibility font (fetched when a reader chooses it, then kept: ./handlers.ts).
const app_build = build.filter((file) => !file.endsWith('.woff2'));
precacheAndRoute([
	...app_build.map((url) => ({ url, revision: null })),
	...[...app_files, '/', '/offline/', '/404', '/offline-sizes.json'].map((url) => ({
		url,
		revision: version
	}))
]);
cleanupOutdatedCaches();

self.addEventListener('install', handle_install);
self.addEventListener('activate', handle_activate);
self.addEventListener('fetch', handle_fetch);
self.addEventListener('message', handle_message);
