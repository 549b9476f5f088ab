// After `vite build`: writes what only the finished build can know.
// - build/_headers: security headers and each page's CSP for static hosts (write-headers.js)
// - build/offline-sizes.json: the compressed bytes of each language's offline bundle, shown
//   beside "Keep all six languages for offline use" before anything is downloaded.
// - the service worker's manifest: every file it may save, with the hash of its bytes
//   (offline-manifest.js).
// - .br and .gz copies of the web app manifests, which adapter-static does not precompress
//   (Chrome fetches the manifest on a first visit to check installability).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject_manifest, offline_manifest } from './offline-manifest.js';
import { write_precompressed } from './precompress.js';
import './write-headers.js';

const root = process.env.BUILD_DIR || fileURLToPath(new URL('../build', import.meta.url));
const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

/**
 * The files the service worker saves for a language (its prerendered pages and manifest),
 * counted as they travel: the brotli copy when there is one.
 * @param {string} dir
 * @returns {number}
 */
function bundle_bytes(dir) {
	let bytes = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		// Not the side-by-side pages nor the not-found page, which the worker does not save
		// either (offline-manifest.js).
		if (entry.isDirectory()) bytes += entry.name === 'with' ? 0 : bundle_bytes(path);
		else if (
			/\.(html|webmanifest|json)$/.test(entry.name) &&
			!['__data.json', '404.html'].includes(entry.name)
		) {
			bytes += statSync(existsSync(`${path}.br`) ? `${path}.br` : path).size;
		}
	}
	return bytes;
}

for (const lang of languages) {
	const manifest = join(root, lang, 'manifest.webmanifest');
	write_precompressed(manifest, readFileSync(manifest));
}

const sizes = Object.fromEntries(languages.map((lang) => [lang, bundle_bytes(join(root, lang))]));
writeFileSync(join(root, 'offline-sizes.json'), JSON.stringify({ languages: sizes }));
console.log('Wrote build/offline-sizes.json', sizes);

// Last: the manifest covers the files written above.
const manifest = offline_manifest(root);
inject_manifest(root, manifest);
console.log(`Wrote the offline manifest (${manifest.id}) into build/service-worker.js`);
