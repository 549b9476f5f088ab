import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#lib/i18n/languages.js';
import { glossary_for, marked_paragraphs } from '#lib/server/glossary.js';
import { document_for, original } from '#lib/server/summary.js';
import { is_abbreviation, mark_terms } from './mark';

/** The acronyms and terms the issue names: each must be explained in every language. */
const REQUIRED = [
	'igf',
	'ig4d',
	'undesa',
	'itu',
	'wipo',
	'wto',
	'mdg',
	'weog',
	'grulac',
	'foss',
	'lte',
	'3g-4g',
	'ipv6',
	'white-spaces',
	'multi-stakeholder',
	'ixp',
	'rio20',
	'ict',
	'sms',
	'cloud-computing'
];

const ids = Object.keys(glossary_for('en').entries);

/** All the text of the page in `lang` that terms are looked for in. */
function text_of(lang: (typeof LANGUAGES)[number]): string {
	const { text } = document_for(lang);
	return [...Object.values(text.paragraphs), ...Object.values(text.headings)].join('\n');
}

describe('the glossary', () => {
	it('explains every required term', () => {
		expect(ids).toEqual(expect.arrayContaining(REQUIRED));
	});

	for (const lang of LANGUAGES) {
		describe(lang, () => {
			const glossary = glossary_for(lang);

			it('has every entry, each with a term and one or two plain sentences', () => {
				expect(glossary, `locales/${lang}/glossary.json`).toBeDefined();
				expect(Object.keys(glossary.entries)).toEqual(ids);
				for (const [id, entry] of Object.entries(glossary.entries)) {
					expect(entry.term.trim(), `${lang} ${id} term`).not.toBe('');
					expect(entry.definition.trim().length, `${lang} ${id} definition`).toBeGreaterThan(8);
					expect(entry.definition.length, `${lang} ${id} is short`).toBeLessThan(400);
					if (lang !== 'en') {
						expect(entry.definition, `${lang} ${id} is translated`).not.toBe(
							glossary_for('en').entries[id].definition
						);
					}
				}
			});

			it('names its forms and pronunciations as the document writes them', () => {
				const text = text_of(lang);
				for (const [id, entry] of Object.entries(glossary.entries)) {
					for (const form of entry.forms) expect(text, `${lang} ${id}: "${form}"`).toContain(form);
				}
				for (const key of Object.keys(glossary.pronounce)) {
					expect(text, `${lang} pronounce "${key}"`).toContain(key);
					expect(glossary.pronounce[key].trim(), `${lang} says "${key}"`).not.toBe('');
				}
			});

			it('marks each term that occurs, once per section at most, leaving the text unchanged', () => {
				const runs = marked_paragraphs(lang);
				const { paragraphs } = document_for(lang).text;
				const marked = new Set<string>();
				for (const section of original.sections) {
					const in_section: string[] = [];
					for (const n of section.paragraphs) {
						const parts = runs.get(n)!;
						expect(parts.map((part) => part.text).join('')).toBe(paragraphs[n]);
						for (const part of parts) {
							if (!part.term) continue;
							expect(glossary.entries[part.term].forms).toContain(part.text);
							in_section.push(part.term);
							marked.add(part.term);
						}
					}
					expect(new Set(in_section).size, `${lang} ${section.id}`).toBe(in_section.length);
				}
				// Every term whose forms occur in a paragraph is marked somewhere.
				const paragraph_text = Object.values(paragraphs).join('\n');
				for (const [id, entry] of Object.entries(glossary.entries)) {
					if (entry.forms.some((form) => paragraph_text.includes(form))) {
						expect([...marked], `${lang} ${id}`).toContain(id);
					}
				}
			});
		});
	}
});

describe('marking', () => {
	const glossary = {
		entries: {
			un: { term: 'UN', definition: 'The United Nations.', forms: ['UN'] },
			ig: { term: 'Internet governance', definition: 'Rules.', forms: ['Internet Governance'] },
			forum: { term: 'the Forum', definition: 'A forum.', forms: ['Internet Governance Forum'] },
			undesa: { term: 'UNDESA', definition: 'A UN department.', forms: ['UNDESA'] },
			igf: { term: 'IGF', definition: 'A forum.', forms: ['IGF'] }
		},
		pronounce: {}
	};
	const sections = [
		{ id: 'introduction', paragraphs: [1, 2] },
		{ id: 'opening-ceremony', paragraphs: [3] },
		{ id: 'opening-session', paragraphs: [4] }
	] as const;

	it('marks whole words only, the first in each section, and never inside a longer word', () => {
		const runs = mark_terms(
			sections.map((section) => ({ ...section, paragraphs: [...section.paragraphs] })),
			{
				1: 'UNDESA and IGF2011, then the IGF and the UN.',
				2: 'The IGF and the UN again.',
				3: 'FUND, UN and IGF.',
				4: 'The Internet Governance Forum met. The Internet Governance Forum, on Internet Governance.'
			},
			glossary
		);
		// Each mark with where it starts: "UN" at 6 in "FUND, UN", not inside "FUND".
		const terms = (n: number) => {
			let at = 0;
			return runs.get(n)!.flatMap((run) => {
				const start = at;
				at += run.text.length;
				return run.term ? [`${run.term}:${run.text}@${start}`] : [];
			});
		};
		expect(terms(1)).toEqual(['undesa:UNDESA@0', 'igf:IGF@29', 'un:UN@41']);
		expect(terms(2)).toEqual([]);
		expect(terms(3)).toEqual(['un:UN@6', 'igf:IGF@13']);
		// The forum's name is taken by the forum, marked or not: "Internet Governance" inside it
		// is not the general term; the general term is marked where it stands alone.
		expect(terms(4)).toEqual(['forum:Internet Governance Forum@4', 'ig:Internet Governance@69']);
		const last = runs.get(4)!.at(-2)!;
		expect(last).toEqual({ text: 'Internet Governance', term: 'ig' });
	});
});

describe('abbreviations', () => {
	it('are one word with two capitals or digits; full names are not', () => {
		for (const written of ['IGF', 'IGF’s', 'IPv6', '3G', 'Rio+20', 'ООН', 'FGI', 'ICTs']) {
			expect(is_abbreviation(written), written).toBe(true);
		}
		for (const written of [
			'Internet Governance Forum',
			'Cybercrime',
			'联合国',
			'الرسائل القصيرة'
		]) {
			expect(is_abbreviation(written), written).toBe(false);
		}
	});
});
