import { mark_terms } from '#lib/glossary/mark.js';
import type { Glossary, TermRun } from '#lib/glossary/types.js';
import type { Lang } from '#lib/i18n/languages.js';
import { document_for, original } from './summary';

const files = import.meta.glob<Glossary>('/locales/*/glossary.json', {
	eager: true,
	import: 'default'
});

/** The plain-language glossary of `lang` (every language has one: a unit test sees to it). */
export function glossary_for(lang: Lang): Glossary {
	return files[`/locales/${lang}/glossary.json`];
}

const marks = new Map<Lang, Map<number, TermRun[]>>();

/** The paragraphs of the page in `lang`, with each term's first occurrence per section marked. */
export function marked_paragraphs(lang: Lang): Map<number, TermRun[]> {
	let runs = marks.get(lang);
	if (!runs) {
		const doc = document_for(lang);
		runs = mark_terms(original.sections, doc.text.paragraphs, glossary_for(doc.lang));
		marks.set(lang, runs);
	}
	return runs;
}
