import type { Lang } from '$lib/i18n/languages';
import { ui_strings } from '$lib/server/ui';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	// Only this language's strings reach the client.
	return { lang, strings: ui_strings(lang) };
};
