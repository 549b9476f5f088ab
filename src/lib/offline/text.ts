/** The offline panel's strings, translated on the server (`{size}` is filled in by the panel). */
export interface OfflineText {
	heading: string;
	offline_now: string;
	saved: string;
	none_saved: string;
	keep_all: string;
	saving: string;
	all_saved: string;
	quota: string;
	failed: string;
	update_available: string;
	reload: string;
	install_button: string;
	install_ios: string;
	install_other: string;
}
