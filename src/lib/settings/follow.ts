import { SETTINGS_KEY } from './constants';

/**
 * What every page does for the settings the early script applied: follows changes made in other
 * tabs (the `storage` event; `key` is null when storage was cleared altogether), and loads the
 * code that draws the line focus when it is on, from the early script, the panel or another tab
 * (it is on when `data-focus` is a number of lines). The legibility font needs nothing here:
 * app.css declares it, and the browser fetches it when text uses it. Returns the function that
 * stops following.
 */
export function follow_settings(): () => void {
	const on_storage = (event: StorageEvent) => {
		if (event.key !== null && event.key !== SETTINGS_KEY) return;
		void import('./store').then(({ apply_settings, read_settings }) => {
			const settings = read_settings();
			apply_settings(settings);
		});
	};
	const root = document.documentElement;
	const line_focus = () => {
		if (/^[135]$/.test(root.dataset.focus ?? '')) {
			// Never on the server: see SearchButton.svelte (the band's styles come with its code).
			(import.meta.env.SSR ? Promise.reject() : import('./line-focus')).then(
				(module) => module.start_line_focus(),
				() => {} // Offline and not saved: the text stays as it is.
			);
		}
	};
	const watcher = new MutationObserver(line_focus);
	watcher.observe(root, { attributeFilter: ['data-focus'] });
	line_focus();
	addEventListener('storage', on_storage);
	return () => {
		removeEventListener('storage', on_storage);
		watcher.disconnect();
	};
}
