import type { Lang } from '#lib/i18n/languages.js';
import { glossary_for, marked_paragraphs } from './glossary';
import { document_for, original } from './summary';
import { translator } from './ui';

/** What `Summary.svelte` renders for the reader page in `lang`. */
export function summary_props(lang: Lang) {
	const doc = document_for(lang);
	return {
		doc,
		sections: original.sections,
		lang,
		t: translator(lang),
		glossary: glossary_for(doc.lang),
		terms: marked_paragraphs(lang)
	};
}
