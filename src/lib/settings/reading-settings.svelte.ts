import { DEFAULTS, type Settings } from './schema';
import { apply_settings, read_settings, write_settings } from './store';

/**
 * The reader's settings, as the panel edits them: each change applies to the page at once and is
 * saved when storage works (other tabs follow through the `storage` event, see `follow.ts`).
 */
export class ReadingSettings {
	#current = $state<Settings>(read_settings());

	get current(): Settings {
		return this.#current;
	}

	set<K extends keyof Settings>(name: K, value: Settings[K]): void {
		this.#change({ ...this.#current, [name]: value });
	}

	reset(): void {
		this.#change({ ...DEFAULTS });
	}

	/** Re-reads storage, after another tab changed or cleared it. */
	reload(): void {
		this.#current = read_settings();
	}

	#change(settings: Settings): void {
		this.#current = settings;
		apply_settings(settings);
		write_settings(settings);
	}
}
