// What the service worker knows of the build, written into it after `vite build` (as Workbox's
// injectManifest does): every file it may precache or save, each with the hash of its bytes.
// The worker's script then changes exactly when a file it serves changes, so the browser's byte
// check of /service-worker.js is the whole update check; and a new version reuses every saved
// copy whose bytes did not change (src/service-worker/languages.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { write_precompressed } from './precompress.js';
import { SAVED_COPY } from './saved-copies.js';

/** What the worker's source reads; replaced here by the manifest itself. */
export const PLACEHOLDER = 'self.__OFFLINE_MANIFEST';
const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
const APP_DIR = '_app/immutable/';
/**
 * The multilingual page saved with any language: the offline page. Not the chooser (`/`):
 * offline, the worker answers it with the offline page, which lists the languages that work.
 */
const SHARED_PAGES = ['offline/index.html'];

/**
 * The hash that names a file's content (the worker computes the same one: languages.ts).
 * @param {Buffer | string} data
 */
export function content_hash(data) {
	return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/**
 * A built file's URL: `fr/about/index.html` → `/fr/about/`, `fr/404.html` → `/fr/404`.
 * @param {string} file relative to the build folder, with `/`
 */
function url_of(file) {
	return `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/**
 * @param {string} root the build folder
 * @returns {{ id: string, app: string[], files: Record<string, string>, pages: Record<string, string>, copies: Record<string, string> }}
 *   `app`: the hashed files under /_app/immutable/, named relative to it (their names are their
 *   revisions); `files`: the other files a reader may need offline (static files); `pages`: the
 *   pages the worker saves with the languages (theirs and the multilingual ones); `copies`: the
 *   saved copies of those pages (scripts/saved-copies.js), by page; `id`: a hash of all of it.
 */
export function offline_manifest(root) {
	/** @type {Record<string, string>} */
	const files = {};
	/** @type {Record<string, string>} */
	const pages = {};
	/** @type {Record<string, string>} */
	const copies = {};
	const all = readdirSync(root, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	for (const file of all) {
		if (/\.(br|gz)$/.test(file) || file.endsWith('__data.json')) continue;
		if (['_headers', 'service-worker.js', '_app/version.json'].includes(file)) continue;
		// Named by their hashes: listed below, when the pages they serve are known.
		if (file.startsWith(APP_DIR) || file === 'index.html') continue;
		// Only installers want the manifest's screenshots: the worker never keeps them.
		if (file.startsWith('screenshots/')) continue;
		const lang = file.split('/')[0];
		// Not the side-by-side pages: five more copies of the text nobody asked to keep. Nor the
		// not-found pages, which only a server sends: offline, the worker gives the offline page.
		if (languages.includes(lang) && file.startsWith(`${lang}/with/`)) continue;
		if (/(^|\/)404\.html$/.test(file)) continue;
		const hash = content_hash(readFileSync(join(root, file)));
		if (file === SAVED_COPY || file.endsWith(`/${SAVED_COPY}`)) {
			copies[url_of(file.slice(0, -SAVED_COPY.length))] = hash;
		} else if (languages.includes(lang) || SHARED_PAGES.includes(file)) pages[url_of(file)] = hash;
		else files[url_of(file)] = hash;
	}
	const served = [
		...Object.keys(pages),
		...Object.keys(copies).map((url) => `${url}${SAVED_COPY}`)
	];
	const app = app_files_of(
		root,
		served.map((url) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1)))
	);
	const id = content_hash(JSON.stringify({ app, files, pages, copies }));
	return { id, app, files, pages, copies };
}

/**
 * The app's files that saved pages can load (written without their common folder, as the
 * worker reads them): the scripts and styles the pages name, and what those import, at once or
 * on demand (a panel, the player). Not the code of pages never saved (side by side, not found):
 * Kit's router (`entry/app.*.js`) names every page's code, but every link here loads a whole page
 * (app.html: `data-sveltekit-reload`), so the router only ever starts the page it is on. It
 * keeps the root layout and the root error page, which Kit numbers 0 and 1.
 * @param {string} root
 * @param {string[]} pages built files, relative to `root`
 */
function app_files_of(root, pages) {
	/** @type {Set<string>} */
	const needed = new Set();
	/** @type {string[]} */
	const queue = [];
	/** @param {string} file */
	const add = (file) => {
		if (needed.has(file) || !existsSync(join(root, file))) return;
		needed.add(file);
		queue.push(file);
	};
	const named = /\/(_app\/immutable\/[^"'`\s)]+)/g;
	for (const page of pages.filter((page) => /\.html$/.test(page))) {
		for (const [, file] of readFileSync(join(root, page), 'utf8').matchAll(named)) add(file);
	}
	for (let file; (file = queue.pop());) {
		if (!file.endsWith('.js')) continue;
		const text = readFileSync(join(root, file), 'utf8');
		const router = /\/entry\/app\.[^/]*\.js$/.test(file);
		for (const [, path] of text.matchAll(/(?:from|import)\s*\(?\s*["'`](\.\.?\/[^"'`]+)["'`]/g)) {
			const imported = posix.join(posix.dirname(file), path);
			if (!router || !/\/nodes\//.test(imported) || /\/nodes\/[01]\./.test(imported)) add(imported);
		}
		// What a module loads with a dynamic import (Vite's list of its scripts and styles).
		if (!router) for (const [, found] of text.matchAll(named)) add(found);
	}
	return [...needed].sort().map((file) => file.slice(APP_DIR.length));
}

/**
 * The built files of the pages that have a saved copy: the HTML pages among `pages`.
 * @param {ReturnType<typeof offline_manifest>} manifest
 */
export function saved_page_files(manifest) {
	return Object.keys(manifest.pages)
		.filter((url) => url.endsWith('/'))
		.map((url) => `${url.slice(1)}index.html`);
}

/**
 * Writes the manifest into the built worker in place of `self.__OFFLINE_MANIFEST`, with its
 * .br and .gz copies.
 * @param {string} root
 * @param {ReturnType<typeof offline_manifest>} manifest
 */
export function inject_manifest(root, manifest) {
	const file = join(root, 'service-worker.js');
	const source = readFileSync(file, 'utf8');
	const parts = source.split(PLACEHOLDER);
	if (parts.length !== 2) {
		throw new Error(`${file}: expected ${PLACEHOLDER} once, found it ${parts.length - 1} times`);
	}
	const worker = Buffer.from(parts.join(`(${JSON.stringify(manifest)})`));
	writeFileSync(file, worker);
	write_precompressed(file, worker);
}
