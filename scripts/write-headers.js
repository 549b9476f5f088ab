// Writes `build/_headers` (Netlify / Cloudflare Pages syntax) after the build: the security
// headers for every path, and each page's own Content-Security-Policy (its hashes differ per
// page and per build, so this file cannot be written by hand).
import { writeFileSync } from 'node:fs';
import { page_policies, SECURITY_HEADERS, WORKER_CSP, WORKER_PATH } from './security-headers.js';

/** @param {string} root the build folder */
export function write_headers(root) {
	const lines = [
		'/*',
		...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
	];
	lines.push('', '/_app/immutable/*', '  Cache-Control: public, max-age=31536000, immutable', '');
	lines.push(
		WORKER_PATH,
		`  Content-Security-Policy: ${WORKER_CSP}`,
		'  Cache-Control: no-cache',
		''
	);

	// Only pages get a policy: hosts combine the values of rules that match the same path, and two
	// policies would both be enforced.
	for (const [path, csp] of page_policies(root)) {
		lines.push(path, `  Content-Security-Policy: ${csp}`, '');
	}

	writeFileSync(`${root}/_headers`, lines.join('\n'));
	console.log(`Wrote build/_headers for ${page_policies(root).size} pages`);
}
