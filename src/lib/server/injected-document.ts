// The static document, injected into the pages that show it. The summary, "In short" and the
// side-by-side pairs are text, not components: rendered by the page they would also be serialized
// a second time as hydration data, which the client never needs. So those pages leave an empty
// host element, and the server hook puts the document's static HTML into it. This module is the
// one place that knows which page has which host and what goes into it.
import type { RouteId } from '$app/types';
import { render } from 'svelte/server';
import Short from '#lib/document/Short.svelte';
import SideBySide from '#lib/document/SideBySide.svelte';
import Summary from '#lib/document/Summary.svelte';
import { is_lang, type Lang } from '#lib/i18n/languages.js';
import { short_parts } from '#lib/server/short.js';
import { summary_props } from '#lib/server/summary-page.js';
import { document_for, original } from '#lib/server/summary.js';
import { translator } from '#lib/server/ui.js';

/** The empty host element a page leaves for the document: `<div … data-NAME-host …></div>`. */
const host = (name: string) => new RegExp(`(<div[^>]*\\bdata-${name}-host\\b[^>]*>)(</div>)`);

/**
 * Svelte's hydration markers: `<!---->`, `<!--[-->`, `<!--]-->`, `<!--[!-->` and the like. Static
 * HTML never hydrates, so they are dead bytes. The document's components write no comments of
 * their own, and the unit test proves that nothing else is left (a new marker would show there).
 */
export const HYDRATION_MARKERS = /<!--(?:[[\]][^\s>]*)?-->/g;

/** A component's server-rendered HTML, without hydration markers. */
export function static_html(body: string): string {
	return body.replace(HYDRATION_MARKERS, '');
}

type Made = { key: string; make: () => string };

/** For each route that shows the document: its host, and what goes in it for a page. */
const INJECTED: Partial<
	Record<RouteId, { host: RegExp; of: (lang: Lang, params: Record<string, string>) => Made | null }>
> = {
	'/[lang=lang]': {
		host: host('summary'),
		of: (lang) => ({
			key: lang,
			make: () => render(Summary, { props: summary_props(lang) }).body
		})
	},
	'/[lang=lang]/short': {
		host: host('short'),
		of: (lang) => ({
			key: `short/${lang}`,
			make: () => render(Short, { props: { parts: short_parts(lang) } }).body
		})
	},
	'/[lang=lang]/with/[other=lang]': {
		host: host('pairs'),
		of: (lang, { other }) => {
			if (!is_lang(other) || other === lang) return null;
			const props = {
				docs: [document_for(lang), document_for(other)] satisfies [unknown, unknown],
				sections: original.sections,
				lang,
				t: translator(lang)
			};
			return { key: `${lang}/${other}`, make: () => render(SideBySide, { props }).body };
		}
	}
};

/** Rendered once per language (or pair) and build. */
const rendered = new Map<string, string>();

function rendered_once({ key, make }: Made): string {
	let body = rendered.get(key);
	if (body === undefined) {
		body = static_html(make());
		rendered.set(key, body);
	}
	return body;
}

/**
 * `html` with the document injected into its host, for a page of `route` in `lang`; unchanged
 * for a page that shows no document.
 */
export function with_document(
	html: string,
	route: RouteId | null,
	lang: Lang,
	params: Record<string, string>
): string {
	const page = route ? INJECTED[route] : undefined;
	const made = page?.of(lang, params);
	if (!page || !made) return html;
	const body = rendered_once(made);
	return html.replace(page.host, (_, open, close) => open + body + close);
}
