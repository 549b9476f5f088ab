// Serves the prerendered site in `build/` the way a good static host would: precompressed
// files, long-lived caching for hashed assets, revalidation for HTML, localized 404 pages.
// Usage: node scripts/serve.js [--build-if-needed]   (HOST and PORT from the environment)
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import {
	DEFAULT_CSP,
	DOCUMENT_HEADERS,
	is_page,
	may_run_script,
	page_policies,
	RESOURCE_HEADERS,
	WORKER_CSP,
	WORKER_PATH
} from './security-headers.js';

// ROOT (or BUILD_DIR) serves another folder the same way: the benchmark's bare-HTML baseline,
// the tests' second build.
const root =
	process.env.ROOT || process.env.BUILD_DIR || fileURLToPath(new URL('../build', import.meta.url));
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4173);
const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

if (!existsSync(`${root}/index.html`)) {
	if (!process.argv.includes('--build-if-needed')) {
		console.error('No build found: run `npm run build` first.');
		process.exit(1);
	}
	execSync('npm run build', { stdio: 'inherit' });
}

/**
 * The not-found page in the path's language (`/fr/…` → French), else the multilingual one.
 * @param {string} pathname
 */
function not_found_page(pathname) {
	const lang = pathname.split('/')[1];
	return languages.includes(lang) ? `/${lang}/404.html` : '/404.html';
}

const policies = page_policies(root);

/**
 * Pages get every security header and their own policy; the worker its own policy; images that
 * could hold script a policy that allows none; scripts, styles and data only what applies to
 * them (over HTTP/1.1 each header travels with each of the page's files).
 * @param {import('node:http').ServerResponse} res
 * @param {string} page the page's path as in `policies` (`/fr/`, `/404.html`)
 */
function set_security_headers(res, page) {
	for (const [name, value] of Object.entries(RESOURCE_HEADERS)) res.setHeader(name, value);
	if (page === WORKER_PATH) {
		res.setHeader('Content-Security-Policy', WORKER_CSP);
	} else if (is_page(page)) {
		for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) res.setHeader(name, value);
		res.setHeader('Content-Security-Policy', policies.get(page) ?? DEFAULT_CSP);
	} else if (may_run_script(page)) {
		res.setHeader('Content-Security-Policy', DEFAULT_CSP);
	}
}

/**
 * Each file's ETag from its bytes (sirv's comes from its size and modification time, which a
 * new deploy changes even when the bytes are the same): the browser's check of an unchanged
 * file, the service worker above all, is then a 304 with no body. Weak: the same for the .br
 * and .gz copies, which are the same content.
 * @type {Map<string, string>} URL path of the file → ETag
 */
const etags = new Map();
for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
	if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
	const file = join(entry.parentPath, entry.name);
	const hash = createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 22);
	etags.set(`/${relative(root, file).split(sep).join('/')}`, `W/"${hash}"`);
}

/** @param {string} encoded the request's path, as sent */
function etag_of(encoded) {
	let pathname;
	try {
		pathname = decodeURI(encoded);
	} catch {
		return undefined;
	}
	for (const path of [pathname, `${pathname}.html`, `${pathname.replace(/\/?$/, '/')}index.html`]) {
		const etag = etags.get(path);
		if (etag) return etag;
	}
	return undefined;
}

const assets = sirv(root, {
	brotli: true,
	gzip: true,
	etag: false,
	setHeaders(res, pathname) {
		set_security_headers(res, pathname.replace(/(^|\/)index\.html$/, '$1'));
		res.setHeader(
			'Cache-Control',
			pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
	}
});

/**
 * Headers the reader has no use for, dropped from every response: sirv's `Last-Modified` is the
 * time of the build (revalidation goes by our ETags, from the bytes), and a hashed file in
 * `/_app/immutable/` is never revalidated at all. Over HTTP/1.1 each header costs its bytes on
 * each of a first visit's files.
 * @param {import('node:http').ServerResponse} res
 * @param {boolean} immutable
 */
function drop_unused_headers(res, immutable) {
	const write_head = res.writeHead;
	/** @type {typeof res.writeHead} */
	const without = function (...args) {
		res.removeHeader('Last-Modified');
		if (immutable) res.removeHeader('ETag');
		const headers = args.find((arg) => typeof arg === 'object' && arg !== null);
		if (headers && !Array.isArray(headers)) {
			delete (/** @type {Record<string, unknown>} */ (headers)['Last-Modified']);
		}
		return write_head.apply(res, /** @type {Parameters<typeof res.writeHead>} */ (args));
	};
	res.writeHead = without;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const immutable = url.pathname.startsWith('/_app/immutable/');
	drop_unused_headers(res, immutable);
	// `/fr` → `/fr/`: every page is a directory, and its links are written for the slash.
	if (/^\/[^./]+$/.test(url.pathname) && existsSync(`${root}${url.pathname}/index.html`)) {
		set_security_headers(res, '');
		res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
		res.end();
		return;
	}
	const etag = immutable ? undefined : etag_of(url.pathname);
	if (etag) {
		res.setHeader('ETag', etag);
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304);
			res.end();
			return;
		}
	}
	assets(req, res, () => {
		const page = not_found_page(url.pathname);
		set_security_headers(res, page);
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
		const body = existsSync(`${root}${page}`) ? readFileSync(`${root}${page}`) : 'Not found';
		res.end(req.method === 'HEAD' ? undefined : body);
	});
});

server.listen(port, host, () => {
	console.log(`Serving build/ at http://${host}:${port}/`);
});
