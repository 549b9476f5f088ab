import type { UiStrings } from '#lib/i18n/translator.js';

/**
 * The search's strings, translated on the server (see `section_strings`): the counts in every
 * plural form of i18next (`matches_one`, `matches_few`…, with `{number}`), the sentence that
 * joins them (`{matches}`, `{paragraphs}`), and "Paragraph {number}".
 */
export type SearchText = UiStrings['search'] & { paragraph: string };

type Counted = 'matches' | 'paragraphs';

/** A count in its plural form, chosen as i18next would (CLDR rules, through `Intl`). */
export function count_text(
	text: SearchText,
	key: Counted,
	count: number,
	rules: Intl.PluralRules,
	format: Intl.NumberFormat
): string {
	const form = `${key}_${rules.select(count)}` as keyof SearchText;
	// Zero is never counted: with no match, the panel says so in words.
	const template = form in text ? text[form] : text[`${key}_other`];
	return template.replace('{number}', format.format(count));
}

/** "3 matches in 2 paragraphs", in the page's language. */
export function found_text(
	text: SearchText,
	matches: number,
	paragraphs: number,
	locale: string
): string {
	const rules = new Intl.PluralRules(locale);
	const format = new Intl.NumberFormat(locale);
	return text.found
		.replace('{matches}', count_text(text, 'matches', matches, rules, format))
		.replace('{paragraphs}', count_text(text, 'paragraphs', paragraphs, rules, format));
}
