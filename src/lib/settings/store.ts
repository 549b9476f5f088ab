import {
	DEFAULTS,
	is_default,
	parse_settings,
	serialize_settings,
	SETTING_NAMES,
	SETTINGS_KEY,
	type Settings
} from './schema';
import { local_storage } from '#lib/state/storage.js';

/** The saved settings, or the defaults when storage is blocked, empty or unreadable. */
export function read_settings(store: Storage | null = local_storage()): Settings {
	try {
		return parse_settings(store?.getItem(SETTINGS_KEY));
	} catch {
		return { ...DEFAULTS };
	}
}

/**
 * Saves the settings (the defaults are saved as nothing at all). Returns false when storage is
 * blocked or full: the settings still apply to this page.
 */
export function write_settings(
	settings: Settings,
	store: Storage | null = local_storage()
): boolean {
	try {
		if (!store) return false;
		if (is_default(settings)) store.removeItem(SETTINGS_KEY);
		else store.setItem(SETTINGS_KEY, serialize_settings(settings));
		return true;
	} catch {
		return false;
	}
}

/** Sets the `data-*` attributes that app.css reads; a default is no attribute at all. */
export function apply_settings(settings: Settings, root: HTMLElement = document.documentElement) {
	for (const name of SETTING_NAMES) {
		if (settings[name] === DEFAULTS[name]) root.removeAttribute(`data-${name}`);
		else root.setAttribute(`data-${name}`, String(settings[name]));
	}
}
