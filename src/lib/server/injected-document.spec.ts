import { describe, expect, it } from 'vitest';
import { static_html, with_document } from './injected-document.js';

const page = (name: string) => `<main><div class="x" data-${name}-host></div></main>`;

describe('the injected document', () => {
	it('fills the summary page’s host with the 71 paragraphs, as static HTML', () => {
		const html = with_document(page('summary'), '/[lang=lang]', 'fr', {});
		expect(html.startsWith('<main><div class="x" data-summary-host><')).toBe(true);
		expect(html.match(/data-paragraph-number="\d+"/g)).toHaveLength(71);
		expect(html).toContain('lang="fr"');
		// No hydration marker, nor any other comment, is left: if Svelte changed its markers, this
		// fails rather than shipping them.
		expect(html).not.toContain('<!--');
	});

	it('fills "In short" and a side-by-side page, without comments', () => {
		const short = with_document(page('short'), '/[lang=lang]/short', 'ar', {});
		expect(short.length).toBeGreaterThan(page('short').length + 1000);
		expect(short).not.toContain('<!--');
		const pairs = with_document(page('pairs'), '/[lang=lang]/with/[other=lang]', 'fr', {
			other: 'en'
		});
		expect(pairs).toContain('lang="en"');
		expect(pairs).toContain('lang="fr"');
		expect(pairs).not.toContain('<!--');
	});

	it('leaves other pages, and a language beside itself, as they are', () => {
		expect(with_document(page('summary'), '/[lang=lang]/about', 'en', {})).toBe(page('summary'));
		expect(with_document(page('summary'), null, 'en', {})).toBe(page('summary'));
		const same = with_document(page('pairs'), '/[lang=lang]/with/[other=lang]', 'fr', {
			other: 'fr'
		});
		expect(same).toBe(page('pairs'));
	});

	it('removes the markers Svelte writes, and nothing else', () => {
		expect(static_html('<p><!--[-->a<!--]--><!---->b<!--[!-->c<!--]--></p>')).toBe('<p>abc</p>');
		expect(static_html('<p><!-- a note --></p>')).toBe('<p><!-- a note --></p>');
	});
});
