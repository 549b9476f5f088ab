import type { Handle } from '@sveltejs/kit';
import { render } from 'svelte/server';
import Summary from '$lib/document/Summary.svelte';
import { dir_of, lang_of_path, SOURCE_LANG, type Lang } from '$lib/i18n/languages';
import { document_for, original } from '$lib/server/summary';
import { translator } from '$lib/server/ui';
// The same file svelte.config.js hashes for the content-security policy.
import early_script from '$lib/settings/apply-early.js?raw';

/** The reading settings' early script, after the policy's meta tag so that it covers it. */
const EARLY_SCRIPT = /<script>\s*%early_script%\s*<\/script>/;

/** Where the reader page leaves room for the document (see `[lang=lang]/+page.svelte`). */
const SUMMARY_HOST = /(<div[^>]*\bdata-summary-host\b[^>]*>)(<\/div>)/;

const rendered = new Map<Lang, string>();

/**
 * The document as static HTML. It is injected here rather than rendered by the page so that its
 * text is not serialized a second time as hydration data: the 71 paragraphs are text, not
 * components, and the client never needs them as data.
 */
function summary_html(lang: Lang): string {
	let html = rendered.get(lang);
	if (html === undefined) {
		const props = {
			doc: document_for(lang),
			sections: original.sections,
			lang,
			t: translator(lang)
		};
		// Hydration markers are useless in HTML that is never hydrated.
		html = render(Summary, { props }).body.replace(/<!--(?:[[\]][^\s>]*)?-->/g, '');
		rendered.set(lang, html);
	}
	return html;
}

export const handle: Handle = async ({ event, resolve }) => {
	// The URL owns the language; pages outside a language (the chooser, the 404) are multilingual.
	const lang = lang_of_path(event.url.pathname) ?? SOURCE_LANG;
	const is_reader = event.route.id === '/[lang=lang]';

	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', lang).replace('%dir%', dir_of(lang));
			// Exactly the hashed text, whatever whitespace formatting put around the placeholder; a
			// function, so that `$` in the script is never read as a replacement pattern.
			html = html.replace(EARLY_SCRIPT, () => `<script>${early_script}</script>`);
			return is_reader
				? html.replace(SUMMARY_HOST, (_, open, close) => open + summary_html(lang) + close)
				: html;
		}
	});
};
