// The security headers every response carries, shared by `scripts/serve.js` (npm start) and
// `scripts/write-headers.js` (the `_headers` file for static hosts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What every response needs, scripts and styles included: the type is never sniffed and no
 * other site may embed it.
 * @type {Record<string, string>}
 */
export const RESOURCE_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Cross-Origin-Resource-Policy': 'same-origin'
};

/**
 * What only a document reads (a page, or an SVG opened as one): the browser applies these to the
 * page it renders, never to a script or a style it loads.
 * @type {Record<string, string>}
 */
export const DOCUMENT_HEADERS = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY'
};

/** @type {Record<string, string>} All of them, as `build/_headers` sends them for every path. */
export const SECURITY_HEADERS = { ...DOCUMENT_HEADERS, ...RESOURCE_HEADERS };

/**
 * Whether a response is a page: it gets the document headers and its own policy.
 * @param {string} pathname
 */
export function is_page(pathname) {
	return pathname === '' || /(\/|\.html)$/.test(pathname);
}

/**
 * Whether a file, opened by itself, could run script (an SVG can): it gets a policy that
 * allows nothing.
 * @param {string} pathname
 */
export function may_run_script(pathname) {
	return /\.(svg|xml)$/.test(pathname);
}

/** For responses that are not pages (scripts, styles, images): they may load nothing. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The service worker's own policy: it fetches pages and files from our origin, nothing else. */
export const WORKER_CSP = "default-src 'none'; connect-src 'self'";

/** Served so that browsers always check for a new version (the worker is not hashed). */
export const WORKER_PATH = '/service-worker.js';

/**
 * The policy a built page declares in its `<meta http-equiv>`, plus what only a header can say.
 * @param {string} html
 * @returns {string | undefined}
 */
export function csp_of_page(html) {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
	return content && `${content.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/**
 * Every built page's URL path (`/fr/`, `/fr/404.html`) with its policy.
 * @param {string} root
 * @returns {Map<string, string>}
 */
export function page_policies(root) {
	/** @type {Map<string, string>} */
	const policies = new Map();
	/** @param {string} dir */
	const visit = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) visit(path);
			else if (entry.name.endsWith('.html')) {
				const csp = csp_of_page(readFileSync(path, 'utf8'));
				const url = `/${relative(root, path).split('\\').join('/')}`;
				if (csp) policies.set(url.replace(/(^|\/)index\.html$/, '$1'), csp);
			}
		}
	};
	visit(root);
	return policies;
}
