// After `vite build`: writes what only the finished build can know.
// - the saved copies of the pages the worker saves: CSS linked, not inline (saved-copies.js)
// - build/_headers: security headers and each page's CSP for static hosts (write-headers.js)
// - build/offline-sizes.json: the compressed bytes of each language's offline bundle, shown
//   beside "Keep all six languages for offline use" before anything is downloaded.
// - the service worker's manifest: every file it may save, with the hash of its bytes
//   (offline-manifest.js).
// - .br and .gz copies of the web app manifests, which adapter-static does not precompress
//   (Chrome fetches the manifest on a first visit to check installability).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject_manifest, offline_manifest, saved_page_files } from './offline-manifest.js';
import { write_precompressed } from './precompress.js';
import { SAVED_COPY, write_saved_copies } from './saved-copies.js';
import { write_headers } from './write-headers.js';

const root = process.env.BUILD_DIR || fileURLToPath(new URL('../build', import.meta.url));
const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

for (const lang of languages) {
	const manifest = join(root, lang, 'manifest.webmanifest');
	write_precompressed(manifest, readFileSync(manifest));
}

// Before the headers (a saved copy is a page with its own policy) and the manifest (which hashes them).
write_saved_copies(root, saved_page_files(offline_manifest(root)));
write_headers(root);

/**
 * The bytes one more language costs to save, as the worker fetches them (brotli): its saved
 * copies and other files. The multilingual pages come with the first language saved.
 * @param {ReturnType<typeof offline_manifest>} manifest
 * @param {string} lang
 */
function bundle_bytes(manifest, lang) {
	let bytes = 0;
	for (const url of Object.keys(manifest.pages).filter((url) => url.startsWith(`/${lang}/`))) {
		const file = join(root, url.endsWith('/') ? `${url}${SAVED_COPY}` : url);
		bytes += statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
	}
	return bytes;
}

const counted = offline_manifest(root);
const sizes = Object.fromEntries(languages.map((lang) => [lang, bundle_bytes(counted, lang)]));
writeFileSync(join(root, 'offline-sizes.json'), JSON.stringify({ languages: sizes }));
console.log('Wrote build/offline-sizes.json', sizes);

// Last: the manifest covers the files written above.
const manifest = offline_manifest(root);
inject_manifest(root, manifest);
console.log(`Wrote the offline manifest (${manifest.id}) into build/service-worker.js`);
