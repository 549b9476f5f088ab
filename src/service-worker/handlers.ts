/// <reference lib="webworker" />
import { is_lang, lang_of_path, type Lang } from '#lib/i18n/languages.js';
import { app_file, APP_FILES, drop_old_apps, save_app } from './app-files';
import { carry_over, LANGUAGES_CACHE, save, save_original, saved, settle } from './languages';

declare const self: ServiceWorkerGlobalScope;

/**
 * A new version keeps the app's files, then carries the languages the reader had saved into its
 * own cache before it can take over: the files and pages whose bytes did not change are copied,
 * only the changed ones fetched. Until then the old version and its copies stay whole; if this
 * fails, the old one stays.
 */
export function handle_install(event: ExtendableEvent): void {
	event.waitUntil(save_app().then(carry_over));
}

/** The old copies go once this version holds everything they held. */
export function handle_activate(event: ExtendableEvent): void {
	event.waitUntil(Promise.all([drop_old_apps(), settle()]));
}

/**
 * Pages: saved languages from the cache; any other page from the network, saved on the way.
 * Other files of a saved language (the player's strings, the English page fetched for an
 * original) come from the cache too.
 */
export function handle_fetch(event: FetchEvent): void {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== location.origin) return;
	if (event.request.mode !== 'navigate') {
		if (APP_FILES.has(url.pathname)) return event.respondWith(app_file(event.request));
		if (url.pathname.startsWith('/audio/')) {
			return event.respondWith(kept(event.request, silence));
		}
		// The icons are not precached (the browser fetches them to install): the lock screen's
		// artwork while listening is kept once fetched.
		if (url.pathname.startsWith('/icons/') && url.pathname.endsWith('.png'))
			return event.respondWith(kept(event.request));
		if (url.pathname.endsWith('.woff2')) return event.respondWith(kept(event.request));
		if (!lang_of_path(url.pathname)) return;
		event.respondWith(
			caches
				.open(LANGUAGES_CACHE)
				.then((cache) => cache.match(url.pathname))
				.then((cached) => cached ?? fetch(event.request))
		);
		return;
	}
	event.respondWith(
		(async () => {
			const cache = await caches.open(LANGUAGES_CACHE);
			const cached = await cache.match(url.pathname);
			if (cached) return cached;
			const lang = lang_of_path(url.pathname);
			try {
				const response = await fetch(event.request);
				// Opening a language is asking for it: keep it for offline reading.
				if (lang && response.ok) event.waitUntil(save(lang).catch(() => {}));
				return response;
			} catch {
				return offline_page(lang, event.request.referrer);
			}
		})()
	);
}

/**
 * A file fetched when first needed, then kept with the saved languages (the player's audio, the
 * legibility font, the icons); offline before it was ever fetched, `offline` stands in for it.
 */
async function kept(request: Request, offline = () => Response.error()): Promise<Response> {
	const cache = await caches.open(LANGUAGES_CACHE);
	const cached = await cache.match(request.url, { ignoreSearch: true });
	if (cached) return cached;
	// The whole file (a media element asks for ranges): small, and then it can be kept.
	try {
		const response = await fetch(request.url);
		if (response.status === 200) await cache.put(request.url, response.clone());
		return response;
	} catch {
		// Offline before it was ever fetched (for the audio: the same second of silence, made here).
		return offline();
	}
}

/** One second of silence: 8 kHz, 8-bit mono WAV (what static/audio/silence.wav holds). */
function silence(): Response {
	const samples = 8000;
	const view = new DataView(new ArrayBuffer(44 + samples));
	const text = (at: number, value: string) =>
		[...value].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)));
	text(0, 'RIFF');
	view.setUint32(4, 36 + samples, true);
	text(8, 'WAVEfmt ');
	view.setUint32(16, 16, true);
	view.setUint16(20, 1, true);
	view.setUint16(22, 1, true);
	view.setUint32(24, samples, true);
	view.setUint32(28, samples, true);
	view.setUint16(32, 1, true);
	view.setUint16(34, 8, true);
	text(36, 'data');
	view.setUint32(40, samples, true);
	for (let i = 0; i < samples; i++) view.setUint8(44 + i, 128);
	return new Response(view.buffer, { headers: { 'Content-Type': 'audio/wav' } });
}

/**
 * The offline page in the reader's language: the one of the page they came from (the link's
 * referrer, else the tab that is navigating), else the one asked for, else any saved one.
 */
async function offline_page(lang: Lang | undefined, referrer: string): Promise<Response> {
	const cache = await caches.open(LANGUAGES_CACHE);
	const windows = await self.clients.matchAll({ type: 'window' });
	const reading = windows.find((client) => client.focused) ?? windows[0];
	const from = [referrer, reading?.url]
		.filter((url): url is string => !!url)
		.map((url) => lang_of_path(new URL(url).pathname));
	for (const candidate of [...from, lang, ...(await saved())]) {
		const page = candidate && (await cache.match(`/${candidate}/offline/`));
		if (page) return page;
	}
	return (await caches.match('/offline/')) ?? Response.error();
}

interface Message {
	type: 'SKIP_WAITING' | 'SAVE_LANGUAGES' | 'SAVED_LANGUAGES';
	languages?: string[];
	/** With SAVE_LANGUAGES: the English original's page too (a translation links to it). */
	original?: boolean;
}

/** Messages from pages (via workbox-window's `messageSW`): the reply goes to `ports[0]`. */
export function handle_message(event: ExtendableMessageEvent): void {
	const message = event.data as Message;
	const reply = (value: unknown) => event.ports[0]?.postMessage(value);
	if (message?.type === 'SKIP_WAITING') {
		void self.skipWaiting();
	} else if (message?.type === 'SAVE_LANGUAGES') {
		const asked = (message.languages ?? []).filter(is_lang);
		event.waitUntil(
			settle()
				.then(() => saved())
				// What is saved stays until a new version re-fetches it: never pay for it twice.
				.then((have) =>
					Promise.all([
						...asked.filter((lang) => !have.includes(lang)).map((lang) => save(lang)),
						message.original ? save_original() : undefined
					])
				)
				.then(async () => reply({ ok: true, saved: await saved() }))
				.catch(async (error: unknown) =>
					reply({
						ok: false,
						quota: error instanceof DOMException && error.name === 'QuotaExceededError',
						saved: await saved()
					})
				)
		);
	} else if (message?.type === 'SAVED_LANGUAGES') {
		event.waitUntil(saved().then((languages) => reply({ ok: true, saved: languages })));
	}
}
