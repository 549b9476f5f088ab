import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { create_translator } from '#lib/i18n/translator.js';
import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';
import { document_for } from '#lib/server/summary.js';
import { translator, ui_strings } from '#lib/server/ui.js';
import { summary_props } from '#lib/server/summary-page.js';
import Summary from './Summary.svelte';
import { normalize_space } from './parse';

function rendered(lang: Lang): string {
	return render(Summary, { props: summary_props(lang) }).body;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text content of each `<p id="pN">`, as a browser would give it, tags removed. */
function paragraph_texts(html: string): Map<number, string> {
	const texts = new Map<number, string>();
	for (const match of html.matchAll(/<p id="p(\d+)"[^>]*>([\s\S]*?)<\/p>/g)) {
		const text = match[2]
			.replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
			.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
		texts.set(Number(match[1]), normalize_space(text));
	}
	return texts;
}

/** The body paragraphs straight from the source file, without the parser. */
function source_paragraphs(): string[] {
	const skip =
		/^(Chair's Summary|Opening Ceremony|Opening session|Internet Governance for Development \(IG4D\)|Emerging Issues|Access and Diversity|Security, Openness and Privacy|Annex 2|Regional Dialogues)$|^\uFFFD/;
	return readFileSync('locales/en/igf-2011-chairs-summary.txt', 'utf8')
		.split('\n')
		.map(normalize_space)
		.filter((line) => line !== '' && !skip.test(line));
}

describe('Summary', () => {
	it('renders the 71 paragraphs of the source character for character, each with its number', () => {
		const expected = source_paragraphs();
		const texts = paragraph_texts(rendered('en'));
		expect(expected).toHaveLength(71);
		expect([...texts.keys()]).toEqual(expected.map((_, i) => i + 1));
		expected.forEach((paragraph, i) => {
			expect(texts.get(i + 1)).toBe(`${i + 1} ${paragraph}`);
		});
	});

	it('renders the note as a footnote of the title, linked both ways, without U+FFFD', () => {
		const html = rendered('en');
		expect(html).toMatch(
			/<h1 id="title" aria-labelledby="title-text"><span id="title-text">Chair's Summary<\/span><sup[^>]*><a id="note-ref" href="#note"/
		);
		expect(html).toMatch(/<li id="note">\s*This summary is a draft[\s\S]*href="#note-ref"/);
		expect(html).not.toContain('\uFFFD');
	});

	it('numbers the same 71 paragraphs in every language, in that language', () => {
		for (const lang of LANGUAGES) {
			const html = rendered(lang);
			const texts = paragraph_texts(html);
			expect(texts.size).toBe(71);
			expect(html).toContain(`lang="${document_for(lang).lang}"`);
			const t = create_translator(lang, ui_strings(lang));
			expect(html).toContain(`(${t('reader.paragraph', { number: 23 })})"`);
		}
	});

	it('shows a language whose translation has not arrived in English, marked as English', () => {
		// What a new interface language gets until its document is translated: the English
		// document (summary_props('en')) under that language's interface.
		const html = render(Summary, {
			props: { ...summary_props('en'), lang: 'ru', t: translator('ru') }
		}).body;
		expect(html).toMatch(/<article id="document" class="summary" lang="en" dir="ltr"/);
		// The notice sits inside the English document, in the interface's language.
		expect(html).toContain(
			`<p class="notice" role="note" lang="ru">${ui_strings('ru').reader.not_translated}</p>`
		);
		expect(html).not.toContain(ui_strings('ru').reader.unofficial);
		// The interface's own words inside the English text say they are Russian.
		expect(html).toMatch(
			/<p id="p23" class="para" data-paragraph-number="23"><span class="pnum">23<\/span>/
		);
		expect(html).toMatch(/<div class="para-actions js" lang="ru">/);
		expect(html).toContain('aria-label="Копировать ссылку (Пункт 23)"');
		expect(paragraph_texts(html).get(1)).toBe(paragraph_texts(rendered('en')).get(1));
	});

	it('labels translations as unofficial and links each paragraph to its English original', () => {
		const html = rendered('fr');
		expect(html).toContain(ui_strings('fr').reader.unofficial);
		for (let n = 1; n <= 71; n++) expect(html).toContain(`href="/en/#p${n}"`);
		expect(rendered('en')).not.toContain('/en/#p1"');
	});
});
