import { SOURCE_LANG, type Lang } from '#lib/i18n/languages.js';

/**
 * The part of offline reading that every page needs, small enough to come with the first load:
 * it registers the service worker, asks it to save the language being read, looks for a new
 * version when the tab comes back, and keeps the browser's install offer. The panel with the
 * controls (`OfflinePanel.svelte`, with workbox-window) loads only when there is something to
 * show: near the end of the page, when a new version waits, or when the connection drops.
 */

/** `beforeinstallprompt` (Chromium only; not in the DOM typings). */
export interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
}

export const WORKER_URL = '/service-worker.js';

let install_prompt: InstallPromptEvent | undefined;

/** The browser's install offer, if it made one; the panel takes it over. */
export function take_install_prompt(): InstallPromptEvent | undefined {
	const prompt = install_prompt;
	install_prompt = undefined;
	return prompt;
}

/** Whether the reader asked to save data (Save-Data / data saver). */
function save_data(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	return connection?.saveData === true;
}

/** What a visit asks the worker to keep: a `SAVE_LANGUAGES` message (src/service-worker/handlers.ts). */
export interface KeepRequest {
	languages: Lang[];
	original: boolean;
}

/**
 * What a visit keeps for offline reading: the language being read, and for a translation the
 * English original it links to (the summary page, not all of English); with Save-Data, only
 * what the reader opened.
 */
export function what_to_keep(lang: Lang): KeepRequest {
	return { languages: [lang], original: !save_data() && lang !== SOURCE_LANG };
}

/**
 * Starts offline reading for a page in `lang`. `show_panel` is called (perhaps more than once)
 * when the panel has something to show; `near` is the element whose coming into view asks for
 * it. Returns the function that stops listening.
 */
export function start_offline(lang: Lang, near: Element, show_panel: () => void): () => void {
	if (!('serviceWorker' in navigator)) return () => {};
	const container = navigator.serviceWorker;
	let registration: ServiceWorkerRegistration | undefined;

	const on_prompt = (event: Event) => {
		event.preventDefault();
		install_prompt = event as InstallPromptEvent;
	};
	const on_installed = () => {
		install_prompt = undefined;
		// An installed reader keeps its saved languages through storage pressure.
		void navigator.storage?.persist?.();
	};
	// Browsers look for a new worker on each visit; a tab left open looks when it is back.
	const on_visible = () => {
		if (document.visibilityState === 'visible') registration?.update().catch(() => {});
	};
	/**
	 * A new version waits when a worker is installed while an older one controls the page. One
	 * that takes over by itself (the escape hatch skips waiting) is no news: only a worker still
	 * waiting a second later brings the panel. (Loading the panel at once, in Chromium 156 the
	 * escape hatch stayed waiting for good; the cause in the browser is not known.)
	 */
	const watch = (worker: ServiceWorker | null) => {
		if (!worker) return;
		const waits = () => worker.state === 'installed' && container.controller !== null;
		const check = () => {
			if (waits()) setTimeout(() => waits() && show_panel(), 1000);
		};
		check();
		worker.addEventListener('statechange', check);
	};

	addEventListener('beforeinstallprompt', on_prompt);
	addEventListener('appinstalled', on_installed);
	addEventListener('offline', show_panel);
	document.addEventListener('visibilitychange', on_visible);
	if (!navigator.onLine) show_panel();

	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) show_panel();
		},
		{ rootMargin: '100% 0px' }
	);
	observer.observe(near);

	container
		.register(WORKER_URL)
		.then((found) => {
			registration = found;
			watch(found.waiting);
			found.addEventListener('updatefound', () => watch(found.installing));
		})
		.catch(() => {
			// Offline, the check for a new version fails; the installed worker keeps working.
		});
	void container.ready.then((ready) =>
		ready.active?.postMessage({ type: 'SAVE_LANGUAGES', ...what_to_keep(lang) })
	);

	return () => {
		observer.disconnect();
		removeEventListener('beforeinstallprompt', on_prompt);
		removeEventListener('appinstalled', on_installed);
		removeEventListener('offline', show_panel);
		document.removeEventListener('visibilitychange', on_visible);
	};
}
