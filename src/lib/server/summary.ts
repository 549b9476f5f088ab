import source from '/locales/en/igf-2011-chairs-summary.txt?raw';
import { parse_summary } from '#lib/document/parse.js';
import type { SummaryDocument, SummaryText } from '#lib/document/types.js';
import { SOURCE_LANG, type Lang } from '#lib/i18n/languages.js';

/** The English original, parsed from the unchanged source text at build time. */
export const original: SummaryDocument = parse_summary(source);

const translations = import.meta.glob<SummaryText>('/locales/*/summary.json', {
	eager: true,
	import: 'default'
});

export interface PageDocument {
	/** The language the text is in: the page's language, or English while no translation exists. */
	lang: Lang;
	text: SummaryText;
}

export function document_for(lang: Lang): PageDocument {
	const translation =
		lang === SOURCE_LANG ? undefined : translations[`/locales/${lang}/summary.json`];
	return translation ? { lang, text: translation } : { lang: SOURCE_LANG, text: original.text };
}
