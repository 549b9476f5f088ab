import { create_translator } from '$lib/i18n/translator';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ data }) => ({
	...data,
	t: create_translator(data.lang, data.strings)
});
