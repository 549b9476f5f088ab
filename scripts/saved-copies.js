// The copies of the pages that the service worker saves for offline reading (`<page>/saved.html`):
// the same HTML with the inline CSS replaced by links to the stylesheets it is made of. A page
// carries its CSS inline because that paints first over a slow network; once saved, the
// stylesheets come from the worker's cache in a moment, so each saved page need not carry its
// own copy (~4 KB brotli a page). The page a reader is on is saved as it came (it is already
// in the browser's cache): only the others are fetched as saved copies (src/service-worker/).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { write_precompressed } from './precompress.js';

/** A saved copy's file, beside its page's `index.html`. */
export const SAVED_COPY = 'saved.html';
const ASSETS = '_app/immutable/assets';

/**
 * The stylesheets a page's inline `<style>` is made of, in order: Kit inlines each of the
 * page's stylesheets whole, one after the other. Throws when the style is anything else, so
 * that a change in how Kit inlines stops the build instead of saving pages without their CSS.
 * @param {string} style the text inside the page's `<style>`
 * @param {[string, string][]} sheets file name and text of every built stylesheet
 * @param {string} page for the message
 */
export function sheets_of(style, sheets, page) {
	const found = [];
	let at = style.search(/\S/);
	while (at !== -1) {
		const longest = sheets
			.filter(([, text]) => text.length > 0 && style.startsWith(text, at))
			.sort((a, b) => b[1].length - a[1].length)[0];
		if (!longest) throw new Error(`${page}: its inline style is not made of built stylesheets`);
		found.push(longest[0]);
		at += longest[1].length;
		const next = style.slice(at).search(/\S/);
		at = next === -1 ? -1 : at + next;
	}
	return found;
}

/**
 * The page's saved copy: its one `<style>` replaced by links to the same sheets.
 * @param {string} html
 * @param {[string, string][]} sheets
 * @param {string} page
 */
export function saved_copy(html, sheets, page) {
	const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
	if (styles.length !== 1) throw new Error(`${page}: expected one <style>, found ${styles.length}`);
	const links = sheets_of(styles[0][1], sheets, page)
		.map((name) => `<link rel="stylesheet" href="/${ASSETS}/${name}">`)
		.join('');
	return html.replace(styles[0][0], () => links);
}

/**
 * Writes the saved copy of each page in `pages` (built files, relative to `root`), with its
 * .br and .gz copies.
 * @param {string} root
 * @param {string[]} pages e.g. `fr/about/index.html`
 */
export function write_saved_copies(root, pages) {
	/** @type {[string, string][]} */
	const sheets = readdirSync(join(root, ASSETS))
		.filter((name) => name.endsWith('.css'))
		.map((name) => [name, readFileSync(join(root, ASSETS, name), 'utf8')]);
	for (const page of pages) {
		const copy = Buffer.from(saved_copy(readFileSync(join(root, page), 'utf8'), sheets, page));
		const file = join(root, page.replace(/index\.html$/, SAVED_COPY));
		writeFileSync(file, copy);
		write_precompressed(file, copy);
	}
}
