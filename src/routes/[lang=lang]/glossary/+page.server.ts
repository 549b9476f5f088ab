import type { Lang } from '#lib/i18n/languages.js';
import { glossary_for, marked_paragraphs } from '#lib/server/glossary.js';
import { document_for } from '#lib/server/summary.js';
import { section_strings, translator } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	const doc_lang = document_for(lang).lang;
	const glossary = glossary_for(doc_lang);
	// Where each term is marked in the text: its first occurrence in each section.
	const where = new Map<string, number[]>();
	for (const [n, runs] of marked_paragraphs(lang)) {
		for (const run of runs) if (run.term) where.set(run.term, [...(where.get(run.term) ?? []), n]);
	}
	const collator = new Intl.Collator(doc_lang);
	const entries = Object.entries(glossary.entries)
		.map(([id, entry]) => ({
			id,
			term: entry.term,
			expansion: entry.expansion,
			definition: entry.definition,
			paragraphs: (where.get(id) ?? []).sort((a, b) => a - b)
		}))
		.sort((a, b) => collator.compare(a.term, b.term));
	return {
		text: section_strings(lang, 'glossary'),
		doc_lang,
		entries,
		paragraph: t('reader.paragraph', { number: '{number}' }),
		back: t('nav.summary')
	};
};
