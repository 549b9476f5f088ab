import type { Lang } from '#lib/i18n/languages.js';
import { section_strings, translator } from '#lib/server/ui.js';
import type { SearchText } from './text';

/** The search panel's strings for one language, placeholders left for the browser to fill. */
export function search_strings(lang: Lang): SearchText {
	const t = translator(lang);
	return {
		...section_strings(lang, 'search'),
		found: t('search.found', { matches: '{matches}', paragraphs: '{paragraphs}' }),
		paragraph: t('reader.paragraph', { number: '{number}' })
	};
}
