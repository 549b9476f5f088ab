import { cite_numbers } from '#lib/document/short.js';
import { SECTION_IDS, type SectionId, type ShortText } from '#lib/document/types.js';
import { dir_of, type Lang } from '#lib/i18n/languages.js';
import { document_for } from './summary';
import { translator } from './ui';

const files = import.meta.glob<ShortText>('/locales/*/short.json', {
	eager: true,
	import: 'default'
});

/** "In short" in `lang` (every language has it: a unit test sees to it). */
export function short_for(lang: Lang): ShortText {
	return files[`/locales/${lang}/short.json`];
}

/** A section's name in `lang`: its heading, or "Opening" for the untitled first section. */
export function section_name(lang: Lang, id: SectionId): string {
	return id === 'introduction'
		? translator(lang)('short.opening')
		: document_for(lang).text.headings[id];
}

export interface ShortPart {
	id: SectionId;
	heading: string;
	sentences: {
		/** Numbered through the page, from 1: what the player reads, one at a time. */
		number: number;
		text: string;
		/** "¶ 45–46", linking to the first paragraph; its name in words where it differs. */
		cite: string;
		cite_label: string | undefined;
		href: string;
	}[];
	/** "Read the full section", named with the section. */
	back: string;
	back_label: string;
	back_href: string;
}

/** The letters and digits of a text, lower case: what a speech user says of it. */
const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Between cited numbers, the language's own comma. */
const COMMA: Partial<Record<Lang, string>> = { ar: '، ', zh: '、' };

/** The parts of the "In short" page in `lang`, one per section, in document order. */
export function short_parts(lang: Lang): ShortPart[] {
	const t = translator(lang);
	const text = short_for(lang);
	const rtl = dir_of(lang) === 'rtl';
	let number = 0;
	return SECTION_IDS.map((id) => {
		const section = section_name(lang, id);
		return {
			id,
			heading: section,
			sentences: text.sections[id].map((sentence) => {
				const numbers = cite_numbers(sentence.cites, COMMA[lang] ?? ', ', rtl);
				const short = t('short.cite', { numbers });
				const label = t('short.cite_label', { numbers, count: sentence.cites.length });
				// The name holds what is seen (WCAG 2.5.3): a symbol ("¶ 45–46") is named in words;
				// where the short form has words of its own, an abbreviation ("párr. 45–46") or
				// another number ("الفقرة" for two), the words themselves are shown.
				const named = words(label).includes(words(short));
				return {
					number: (number += 1),
					text: sentence.text,
					cite: named ? short : label,
					cite_label: named && label !== short ? label : undefined,
					href: `/${lang}/#p${sentence.cites[0]}`
				};
			}),
			back: t('short.back'),
			back_label: t('short.back_label', { section }),
			back_href: `/${lang}/#${id}`
		};
	});
}
