import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize_space, parse_summary } from './parse';
import { PARAGRAPH_COUNT, SECTION_IDS } from './types';

const source = readFileSync('locales/en/igf-2011-chairs-summary.txt', 'utf8');
const lines = source
	.split('\n')
	.map(normalize_space)
	.filter((line) => line !== '');

describe('parse_summary', () => {
	const { text, sections } = parse_summary(source);

	it('finds the title, the note and 71 numbered paragraphs', () => {
		expect(text.title).toBe("Chair's Summary");
		expect(Object.keys(text.paragraphs)).toEqual(
			Array.from({ length: PARAGRAPH_COUNT }, (_, i) => String(i + 1))
		);
		expect(text.note.startsWith('This summary is a draft')).toBe(true);
		expect(text.note).not.toContain('\uFFFD');
	});

	it('keeps every source line, in order, as title, heading, paragraph or note', () => {
		const rebuilt: string[] = [];
		const headings = { ...text.headings };
		rebuilt.push(text.title);
		for (const section of sections) {
			if (section.id === 'regional-dialogues') rebuilt.push(headings.annex);
			if (section.id !== 'introduction') rebuilt.push(headings[section.id]);
			for (const n of section.paragraphs) rebuilt.push(text.paragraphs[n]);
		}
		rebuilt.push(`\uFFFD ${text.note}`);
		expect(rebuilt).toEqual(lines);
	});

	it('groups the paragraphs into the eight sections of the original', () => {
		expect(sections.map((section) => section.id)).toEqual([...SECTION_IDS]);
		expect(sections.map((section) => section.paragraphs.length)).toEqual([
			8, 8, 9, 9, 9, 10, 10, 8
		]);
		expect(sections.flatMap((section) => section.paragraphs)).toEqual(
			Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1)
		);
	});

	it('changes nothing in the wording: typographic quotes and odd spellings stay', () => {
		expect(text.paragraphs['58']).toContain('In the 1980’s and 1990’s');
		expect(text.paragraphs['5']).toContain('best practise forums');
		expect(text.headings['emerging-issues']).toBe('Emerging Issues');
	});

	it('refuses a source that lost a paragraph or its note', () => {
		const without_last = source.replace(/^It was agreed that the creation.*$/m, '');
		expect(() => parse_summary(without_last)).toThrow(/Expected 71 paragraphs/);
		expect(() => parse_summary(source.replace('\uFFFD', ''))).toThrow();
	});
});
