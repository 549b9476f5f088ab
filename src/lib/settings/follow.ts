import { SETTINGS_KEY } from './constants';

/**
 * What every page does for the settings the early script applied: follows changes made in other
 * tabs (the `storage` event; `key` is null when storage was cleared altogether). The legibility
 * font needs nothing here: app.css declares it, and the browser fetches it when text uses it.
 * Returns the function that stops following.
 */
export function follow_settings(): () => void {
	const on_storage = (event: StorageEvent) => {
		if (event.key !== null && event.key !== SETTINGS_KEY) return;
		void import('./store').then(({ apply_settings, read_settings }) => {
			const settings = read_settings();
			apply_settings(settings);
		});
	};
	addEventListener('storage', on_storage);
	return () => removeEventListener('storage', on_storage);
}
