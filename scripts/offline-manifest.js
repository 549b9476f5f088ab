// What the service worker knows of the build, written into it after `vite build` (as Workbox's
// injectManifest does): every file it may precache or save, each with the hash of its bytes.
// The worker's script then changes exactly when a file it serves changes, so the browser's byte
// check of /service-worker.js is the whole update check; and a new version reuses every saved
// copy whose bytes did not change (src/service-worker/languages.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { write_precompressed } from './precompress.js';

/** What the worker's source reads; replaced here by the manifest itself. */
export const PLACEHOLDER = 'self.__OFFLINE_MANIFEST';
const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
const APP_DIR = '_app/immutable/';

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
 * @returns {{ id: string, app: string[], files: Record<string, string>, pages: Record<string, string> }}
 *   `app`: the hashed files under /_app/immutable/, named relative to it (their names are their
 *   revisions); `files`:
 *   the other files a reader may need offline (static files, the multilingual pages); `pages`:
 *   the languages' pages, which the worker saves per language; `id`: a hash of all of it.
 */
export function offline_manifest(root) {
	const app = [];
	/** @type {Record<string, string>} */
	const files = {};
	/** @type {Record<string, string>} */
	const pages = {};
	const all = readdirSync(root, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	for (const file of all) {
		if (/\.(br|gz)$/.test(file) || file.endsWith('__data.json')) continue;
		if (['_headers', 'service-worker.js', '_app/version.json'].includes(file)) continue;
		// Named by their hashes; written without their common folder (the worker's first load).
		if (file.startsWith(APP_DIR)) {
			app.push(file.slice(APP_DIR.length));
			continue;
		}
		// Only installers want the manifest's screenshots: the worker never keeps them.
		if (file.startsWith('screenshots/')) continue;
		const lang = file.split('/')[0];
		// Not the side-by-side pages: five more copies of the text nobody asked to keep. Nor the
		// not-found pages, which only a server sends: offline, the worker gives the offline page.
		if (languages.includes(lang) && file.startsWith(`${lang}/with/`)) continue;
		if (/(^|\/)404\.html$/.test(file)) continue;
		(languages.includes(lang) ? pages : files)[url_of(file)] = content_hash(
			readFileSync(join(root, file))
		);
	}
	const id = content_hash(JSON.stringify({ app, files, pages }));
	return { id, app, files, pages };
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
