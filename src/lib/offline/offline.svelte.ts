import { messageSW, Workbox } from 'workbox-window';
import { LANGUAGES, SOURCE_LANG, type Lang } from '$lib/i18n/languages';
import { paragraph_at_top } from '$lib/state/reading-position.svelte';

interface SaveReply {
	ok: boolean;
	quota?: boolean;
	saved: Lang[];
}

/** `beforeinstallprompt` (Chromium only; not in the DOM typings). */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
}

type Saving = 'idle' | 'saving' | 'done' | 'quota' | 'failed';

/** Whether the reader asked to save data (Save-Data / data saver). */
function save_data(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	return connection?.saveData === true;
}

/**
 * Offline reading, updates and installation, as one piece of browser-only state: the service
 * worker (registered with workbox-window), the languages saved on the device, a waiting update,
 * and the install prompt.
 */
export class Offline {
	online = $state(true);
	saved = $state<Lang[]>([]);
	saving = $state<Saving>('idle');
	update_waiting = $state(false);
	can_install = $state(false);
	standalone = $state(false);

	#lang: Lang;
	#workbox: Workbox | undefined;
	#prompt: InstallPromptEvent | undefined;

	constructor(lang: Lang) {
		this.#lang = lang;
	}

	/** Starts everything; returns the function that stops listening. */
	start(): () => void {
		const on_connection = () => (this.online = navigator.onLine);
		const on_prompt = (event: Event) => {
			event.preventDefault();
			this.#prompt = event as InstallPromptEvent;
			this.can_install = true;
		};
		const on_installed = () => {
			this.can_install = false;
			// An installed reader keeps its saved languages through storage pressure.
			void navigator.storage?.persist?.();
		};
		const on_visible = () => {
			if (document.visibilityState === 'visible') void this.#workbox?.update();
		};
		on_connection();
		this.standalone = matchMedia('(display-mode: standalone)').matches;
		addEventListener('online', on_connection);
		addEventListener('offline', on_connection);
		addEventListener('beforeinstallprompt', on_prompt);
		addEventListener('appinstalled', on_installed);
		document.addEventListener('visibilitychange', on_visible);
		void this.#register();
		return () => {
			removeEventListener('online', on_connection);
			removeEventListener('offline', on_connection);
			removeEventListener('beforeinstallprompt', on_prompt);
			removeEventListener('appinstalled', on_installed);
			document.removeEventListener('visibilitychange', on_visible);
		};
	}

	async #register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const workbox = new Workbox('/service-worker.js');
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => (this.update_waiting = true));
		// A new version took over (accepted here or in another tab): reload once, at the same
		// paragraph, so that no tab runs old code against the new version's files.
		const updating = navigator.serviceWorker.controller !== null;
		workbox.addEventListener('controlling', () => {
			if (!updating) return;
			const paragraph = paragraph_at_top();
			if (paragraph !== undefined) history.replaceState(history.state, '', `#p${paragraph}`);
			location.reload();
		});
		try {
			await workbox.register();
		} catch {
			// Offline, the check for a new version fails; the installed worker keeps working.
		}
		await navigator.serviceWorker.ready;
		// The language being read, and the English original the translations link to; with
		// Save-Data, only what the reader opened.
		const keep =
			save_data() || this.#lang === SOURCE_LANG ? [this.#lang] : [this.#lang, SOURCE_LANG];
		await this.#save(keep);
	}

	async #save(languages: Lang[]): Promise<SaveReply | undefined> {
		const worker = (await navigator.serviceWorker.ready).active;
		if (!worker) return undefined;
		const reply = (await messageSW(worker, { type: 'SAVE_LANGUAGES', languages })) as SaveReply;
		this.saved = reply.saved;
		return reply;
	}

	/** "Keep all six languages for offline use". */
	async keep_all(): Promise<void> {
		this.saving = 'saving';
		try {
			const reply = await this.#save([...LANGUAGES]);
			this.saving = reply?.ok ? 'done' : reply?.quota ? 'quota' : 'failed';
		} catch {
			this.saving = 'failed';
		}
	}

	/** Lets the waiting version take over; the page then reloads (see `controlling`). */
	accept_update(): void {
		this.#workbox?.messageSkipWaiting();
	}

	async install(): Promise<void> {
		await this.#prompt?.prompt();
		this.#prompt = undefined;
		this.can_install = false;
	}
}
