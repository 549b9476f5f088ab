import {
	PARAGRAPH_COUNT,
	type HeadingKey,
	type Section,
	type SectionId,
	type SummaryDocument
} from './types';

/** The source's heading lines (trimmed) and the keys they become. */
const HEADING_LINES: Record<string, HeadingKey> = {
	'Opening Ceremony': 'opening-ceremony',
	'Opening session': 'opening-session',
	'Internet Governance for Development (IG4D)': 'ig4d',
	'Emerging Issues': 'emerging-issues',
	'Access and Diversity': 'access-and-diversity',
	'Security, Openness and Privacy': 'security-openness-privacy',
	'Annex 2': 'annex',
	'Regional Dialogues': 'regional-dialogues'
};

const TITLE_LINE = "Chair's Summary";

/** U+FFFD: the footnote mark that was lost when the original was converted to text. */
const LOST_NOTE_MARK = '\uFFFD';

/** Collapses runs of whitespace and trims the ends; nothing else in the wording changes. */
export function normalize_space(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Turns the plain-text original into a structured document. A body paragraph is any non-empty
 * line that is not the title, a heading or the note; blank lines carry no meaning in the source.
 */
export function parse_summary(source: string): SummaryDocument {
	const headings: Partial<Record<HeadingKey, string>> = {};
	const paragraphs: Record<string, string> = {};
	const sections: Section[] = [{ id: 'introduction', paragraphs: [] }];
	let title: string | undefined;
	let note: string | undefined;
	let count = 0;

	for (const raw of source.split(/\r?\n/u)) {
		const line = normalize_space(raw);
		if (line === '') continue;

		if (line === TITLE_LINE && title === undefined) {
			title = line;
		} else if (line in HEADING_LINES) {
			const key = HEADING_LINES[line];
			headings[key] = line;
			// "Annex 2" only labels the section whose title follows it.
			if (key !== 'annex') sections.push({ id: key satisfies SectionId, paragraphs: [] });
		} else if (line.startsWith(LOST_NOTE_MARK)) {
			note = normalize_space(line.slice(LOST_NOTE_MARK.length));
		} else {
			count += 1;
			paragraphs[String(count)] = line;
			sections[sections.length - 1].paragraphs.push(count);
		}
	}

	const missing = Object.entries(HEADING_LINES)
		.filter(([, key]) => headings[key] === undefined)
		.map(([line]) => line);
	if (title === undefined) missing.unshift('the title');
	if (note === undefined) missing.push('the note');
	if (title === undefined || note === undefined || missing.length > 0) {
		throw new Error(`The source lacks: ${missing.join(', ')}`);
	}
	if (count !== PARAGRAPH_COUNT) {
		throw new Error(`Expected ${PARAGRAPH_COUNT} paragraphs in the source, found ${count}`);
	}

	return {
		text: { title, headings: headings as Record<HeadingKey, string>, paragraphs, note },
		sections
	};
}
