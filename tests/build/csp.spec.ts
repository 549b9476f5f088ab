import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The Content-Security-Policy every built page carries (run after `npm run build`).
const BUILD = process.env.BUILD_DIR || 'build';

function pages(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

function policy(html: string): Map<string, string[]> {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
	if (!content) return new Map();
	return new Map(
		content
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.map(([name, ...values]) => [name, values])
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policy', () => {
	const files = pages();

	it('is on every page', () => {
		expect(files.length).toBeGreaterThanOrEqual(19);
		for (const file of files) expect(policy(readFileSync(file, 'utf8')).size, file).toBeGreaterThan(0);
	});

	it('allows our origin and hashes only: no unsafe-inline, no unsafe-eval, nothing else', () => {
		for (const file of files) {
			const csp = policy(readFileSync(file, 'utf8'));
			expect(csp.get('default-src'), file).toEqual(["'none'"]);
			expect(csp.get('base-uri'), file).toEqual(["'none'"]);
			expect(csp.get('object-src'), file).toEqual(["'none'"]);
			expect(csp.get('form-action'), file).toEqual(["'self'"]);
			for (const [name, values] of csp) {
				expect(values, `${file} ${name}`).not.toContain("'unsafe-inline'");
				expect(values, `${file} ${name}`).not.toContain("'unsafe-eval'");
				for (const value of values) {
					expect(value, `${file} ${name}`).toMatch(/^'(none|self|unsafe-hashes|sha256-[A-Za-z0-9+/]+=*)'$/);
				}
			}
			expect(csp.get('script-src')?.[0], file).toBe("'self'");
		}
	});

	it('lists the hash of every inline script and style of the page', () => {
		let inline = 0;
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const csp = policy(html);
			for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
				expect(csp.get('script-src'), file).toContain(sha256(body));
				inline += 1;
			}
			for (const [, body] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
				expect(csp.get('style-src'), file).toContain(sha256(body));
				inline += 1;
			}
		}
		// Each page has Kit's start-up script and the inlined stylesheet.
		expect(inline).toBeGreaterThanOrEqual(files.length * 2);
	});

	it('allows the reading settings’ early script by its hash, on every page, before the body', () => {
		const source = readFileSync('src/lib/settings/apply-early.js', 'utf8');
		expect(source).toContain("localStorage.getItem('igf-reader:settings')");
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const head = html.slice(0, html.indexOf('<body'));
			// Exactly the file's text, after the policy's meta tag, so that the policy covers it.
			const at = head.indexOf(`<script>${source}</script>`);
			expect(at, file).toBeGreaterThan(head.indexOf('http-equiv="content-security-policy"'));
			expect(policy(html).get('script-src'), file).toContain(sha256(source));
		}
	});

	it('ships to static hosts as build/_headers, one policy per page', () => {
		const headers = readFileSync(join(BUILD, '_headers'), 'utf8');
		const rules = new Map<string, string[]>();
		let current = '';
		for (const line of headers.split('\n')) {
			if (line.startsWith('/')) rules.set((current = line.trim()), []);
			else if (line.trim()) rules.get(current)!.push(line.trim());
		}
		expect(rules.get('/*')).toEqual(
			expect.arrayContaining(['X-Frame-Options: DENY', 'X-Content-Type-Options: nosniff'])
		);
		for (const file of files) {
			const path = `/${file.slice(BUILD.length).replace(/^\/+/, '')}`.replace(
				/(^|\/)index\.html$/,
				'$1'
			);
			const rule = rules.get(path);
			expect(rule, path).toHaveLength(1);
			const [name, value] = rule![0].split(/:\s(.*)/s);
			expect(name).toBe('Content-Security-Policy');
			const meta = [...policy(readFileSync(file, 'utf8'))].map(([n, v]) => [n, ...v].join(' '));
			for (const directive of meta) expect(value, path).toContain(directive);
			expect(value, path).toContain("frame-ancestors 'none'");
		}
	});
});
