import { messageSW, Workbox } from 'workbox-window';
import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';
import { paragraph_at_top } from '#lib/state/reading-position.svelte.js';
import {
	what_to_keep,
	take_install_prompt,
	WORKER_URL,
	type InstallPromptEvent,
	type KeepRequest
} from './register';

interface SaveReply {
	ok: boolean;
	quota?: boolean;
	saved: Lang[];
}

type Saving = 'idle' | 'saving' | 'done' | 'quota' | 'failed';

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
		// The offer is kept by ./register.ts, which listens from the first load on.
		const on_prompt = () => {
			this.#prompt = take_install_prompt() ?? this.#prompt;
			this.can_install = this.#prompt !== undefined;
		};
		const on_installed = () => (this.can_install = false);
		// "Clear all my data" (here or in another tab) also removes the saved languages: the list
		// is read again from the worker. Its storage event says the reader's data changed.
		const on_storage = (event: StorageEvent) => {
			if (event.key === null || event.key.startsWith('igf-reader:')) void this.#refresh();
		};
		on_connection();
		on_prompt();
		this.standalone = matchMedia('(display-mode: standalone)').matches;
		addEventListener('online', on_connection);
		addEventListener('offline', on_connection);
		addEventListener('beforeinstallprompt', on_prompt);
		addEventListener('appinstalled', on_installed);
		addEventListener('storage', on_storage);
		void this.#register();
		return () => {
			removeEventListener('online', on_connection);
			removeEventListener('offline', on_connection);
			removeEventListener('beforeinstallprompt', on_prompt);
			removeEventListener('appinstalled', on_installed);
			removeEventListener('storage', on_storage);
		};
	}

	async #refresh(): Promise<void> {
		const worker = navigator.serviceWorker?.controller;
		if (!worker) return;
		try {
			const reply = (await messageSW(worker, { type: 'SAVED_LANGUAGES' })) as SaveReply;
			this.saved = reply.saved;
		} catch {
			// The worker is being replaced: the list is read again when the new one saves.
		}
	}

	async #register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		// The worker is registered already (./register.ts): this finds it, and a waiting version.
		const workbox = new Workbox(WORKER_URL);
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
		// Already asked for; the reply lists what is saved (nothing is fetched twice).
		await this.#save(what_to_keep(this.#lang));
	}

	async #save(keep: KeepRequest): Promise<SaveReply | undefined> {
		const worker = (await navigator.serviceWorker.ready).active;
		if (!worker) return undefined;
		const reply = (await messageSW(worker, { type: 'SAVE_LANGUAGES', ...keep })) as SaveReply;
		this.saved = reply.saved;
		return reply;
	}

	/** "Keep all six languages for offline use". */
	async keep_all(): Promise<void> {
		this.saving = 'saving';
		try {
			const reply = await this.#save({ languages: [...LANGUAGES], original: false });
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
