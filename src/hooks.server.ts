import type { Handle } from '@sveltejs/kit/hooks';
import { render } from 'svelte/server';
import Short from '#lib/document/Short.svelte';
import SideBySide from '#lib/document/SideBySide.svelte';
import Summary from '#lib/document/Summary.svelte';
import { dir_of, is_lang, lang_of_path, SOURCE_LANG, type Lang } from '#lib/i18n/languages.js';
import { short_parts } from '#lib/server/short.js';
import { document_for, original } from '#lib/server/summary.js';
import { translator } from '#lib/server/ui.js';
import { summary_props } from '#lib/server/summary-page.js';
// The same file vite.config.ts hashes for the content-security policy.
import early_script from '#lib/settings/apply-early.js?raw';

/** The reading settings' early script, after the policy's meta tag so that it covers it. */
const EARLY_SCRIPT = /<script>\s*%early_script%\s*<\/script>/;

/** Where the reader page leaves room for the document (see `[lang=lang]/+page.svelte`). */
const SUMMARY_HOST = /(<div[^>]*\bdata-summary-host\b[^>]*>)(<\/div>)/;

/** Where the "In short" page leaves room for its parts. */
const SHORT_HOST = /(<div[^>]*\bdata-short-host\b[^>]*>)(<\/div>)/;

/** Where a side-by-side page leaves room for its pairs. */
const PAIRS_HOST = /(<div[^>]*\bdata-pairs-host\b[^>]*>)(<\/div>)/;

const rendered = new Map<string, string>();

/** Server-rendered static HTML, without the hydration markers it will never need. */
function static_html(key: string, make: () => string): string {
	let html = rendered.get(key);
	if (html === undefined) {
		html = make().replace(/<!--(?:[[\]][^\s>]*)?-->/g, '');
		rendered.set(key, html);
	}
	return html;
}

/**
 * The document as static HTML. It is injected here rather than rendered by the page so that its
 * text is not serialized a second time as hydration data: the 71 paragraphs are text, not
 * components, and the client never needs them as data.
 */
function summary_html(lang: Lang): string {
	return static_html(lang, () => render(Summary, { props: summary_props(lang) }).body);
}

/** "In short", static like the summary. */
function short_html(lang: Lang): string {
	return static_html(
		`short/${lang}`,
		() => render(Short, { props: { parts: short_parts(lang) } }).body
	);
}

/** The side-by-side pairs of `lang` and `other`, static like the summary. */
function pairs_html(lang: Lang, other: Lang): string {
	const props = {
		docs: [document_for(lang), document_for(other)] satisfies [unknown, unknown],
		sections: original.sections,
		lang,
		t: translator(lang)
	};
	return static_html(`${lang}/${other}`, () => render(SideBySide, { props }).body);
}

export const handle: Handle = async ({ event, resolve }) => {
	// The URL owns the language; pages outside a language (the chooser, the 404) are multilingual.
	const lang = lang_of_path(event.url.pathname) ?? SOURCE_LANG;
	const is_reader = event.route.id === '/[lang=lang]';
	const is_short = event.route.id === '/[lang=lang]/short';
	const other =
		event.route.id === '/[lang=lang]/with/[other=lang]' ? event.params.other : undefined;

	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', lang).replace('%dir%', dir_of(lang));
			// Exactly the hashed text, whatever whitespace formatting put around the placeholder; a
			// function, so that `$` in the script is never read as a replacement pattern.
			html = html.replace(EARLY_SCRIPT, () => `<script>${early_script}</script>`);
			if (is_reader) {
				return html.replace(SUMMARY_HOST, (_, open, close) => open + summary_html(lang) + close);
			}
			if (is_short) {
				return html.replace(SHORT_HOST, (_, open, close) => open + short_html(lang) + close);
			}
			if (is_lang(other) && other !== lang) {
				return html.replace(PAIRS_HOST, (_, open, close) => open + pairs_html(lang, other) + close);
			}
			return html;
		}
	});
};
