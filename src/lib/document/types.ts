/** Sections of the Chair's Summary, in document order. The first one has no heading. */
export const SECTION_IDS = [
	'introduction',
	'opening-ceremony',
	'opening-session',
	'ig4d',
	'emerging-issues',
	'access-and-diversity',
	'security-openness-privacy',
	'regional-dialogues'
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** Keys of the headings a language must translate: every titled section, plus the annex label. */
export type HeadingKey = Exclude<SectionId, 'introduction'> | 'annex';

export const PARAGRAPH_COUNT = 71;

/**
 * The text of the summary in one language: the shape of `locales/<lang>/summary.json`.
 * Paragraphs are keyed by their number ("1" to "71"), the same in every language.
 */
export interface SummaryText {
	title: string;
	headings: Record<HeadingKey, string>;
	paragraphs: Record<string, string>;
	/** The footnote attached to the title. */
	note: string;
}

export interface Section {
	id: SectionId;
	/** Numbers of this section's paragraphs, in order. */
	paragraphs: number[];
}

/** The parsed English original: its text plus where each section starts and ends. */
export interface SummaryDocument {
	text: SummaryText;
	sections: Section[];
}

/** One sentence of "In short", with the numbers of the summary's paragraphs it comes from. */
export interface ShortSentence {
	text: string;
	/** In ascending order, all within the sentence's own section. */
	cites: number[];
}

/**
 * "In short" in one language, the shape of `locales/<lang>/short.json`: each section in a few
 * plain sentences, written for this site (not part of the Chair's Summary), aligned sentence for
 * sentence with the English.
 */
export interface ShortText {
	sections: Record<SectionId, ShortSentence[]>;
}
