// The escape hatch: a service worker that removes itself. If a broken worker ever ships, deploy
// this file in place of the build's `service-worker.js` (same URL, served with
// `Cache-Control: no-cache`, as `npm start` and build/_headers do). Browsers check the worker on
// every visit; this one takes over at once, deletes every cache the reader made, unregisters
// itself and reloads open pages from the network. Then ship a fixed build as usual.
// See README, "If a broken service worker ships".
/// <reference lib="webworker" />

const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

worker.addEventListener('install', () => {
	void worker.skipWaiting();
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(names.map((name) => caches.delete(name)));
			await worker.registration.unregister();
			// Only pages that an old worker served are reloaded: a page that registers this file
			// afresh is left alone (else it would reload for ever).
			if (names.length === 0) return;
			await worker.clients.claim();
			const windows = await worker.clients.matchAll({ type: 'window' });
			await Promise.all(windows.map((client) => client.navigate(client.url)));
		})()
	);
});
