import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Byte budgets on the built site (run after `npm run build`; `npm test` builds first).
// Deterministic: they count the bytes of the files a first visit fetches, compressed as served.
const BUILD = process.env.BUILD_DIR || 'build';
const KB = 1024;
const BUDGET = { total: 70 * KB, js: 50 * KB, css: 8 * KB };
const LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

const brotli = (bytes: Buffer | string) =>
	brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Size as served: the precompressed `.br` beside the file (what the server sends). */
function served_size(path: string): number {
	const file = join(BUILD, path);
	return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : brotli(readFileSync(file));
}

/** The JavaScript a first visit loads: what the page preloads or imports, and all their static imports. */
function first_load_scripts(html: string): Set<string> {
	const pending = [
		...html.matchAll(/<link href="(\/_app\/[^"]+\.js)" rel="modulepreload"/g),
		...html.matchAll(/import\("(\/_app\/[^"]+\.js)"\)/g)
	].map((match) => match[1]);
	const seen = new Set<string>();
	while (pending.length > 0) {
		const path = pending.pop()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const code = readFileSync(join(BUILD, path), 'utf8');
		// Static imports only (`import … from "./x.js"`, `import "./x.js"`); dynamic ones load on demand.
		for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
			pending.push(new URL(match[1], `http://x${path}`).pathname);
		}
	}
	return seen;
}

function stylesheets(html: string): { inline: string; linked: string[] } {
	const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
	// Kit's `disabled media="(max-width: 0)"` copy of an inlined stylesheet is never fetched.
	const linked = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"(?![^>]*disabled)/g)];
	return { inline, linked: linked.map((m) => m[1]) };
}

function all_files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? all_files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

describe('byte budgets of a first visit', () => {
	it('has a build to measure', () => {
		expect(existsSync(join(BUILD, 'en/index.html')), 'run `npm run build` first').toBe(true);
	});

	for (const lang of LANGS) {
		it(`/${lang}/ stays within ${BUDGET.total / KB} KB, ${BUDGET.js / KB} KB of JavaScript`, () => {
			const page = `${lang}/index.html`;
			const html = readFileSync(join(BUILD, page), 'utf8');
			const scripts = [...first_load_scripts(html)];
			const js = scripts.reduce((sum, path) => sum + served_size(path), 0);
			const { inline, linked } = stylesheets(html);
			const css = brotli(inline) + linked.reduce((sum, path) => sum + served_size(path), 0);
			const html_size = served_size(page);
			const total = html_size + js + linked.reduce((sum, path) => sum + served_size(path), 0);
			console.log(
				`/${lang}/: html ${(html_size / KB).toFixed(1)} KB (inline css ${(brotli(inline) / KB).toFixed(1)} KB), ` +
					`js ${(js / KB).toFixed(1)} KB in ${scripts.length} files, total ${(total / KB).toFixed(1)} KB (brotli)`
			);
			expect(js).toBeLessThanOrEqual(BUDGET.js);
			expect(css).toBeLessThanOrEqual(BUDGET.css);
			expect(total).toBeLessThanOrEqual(BUDGET.total);
		});
	}

	it('loads no web font on a first visit; the one optional font is Latin woff2 only', () => {
		const files = all_files(BUILD);
		// Atkinson Hyperlegible, 400 and 700, Latin subset: offered in the reading settings.
		const fonts = files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
		expect(fonts.map((file) => file.replace(/^.*\/|\.[\w-]+\.woff2$/g, ''))).toEqual([
			'atkinson-hyperlegible-latin-400-normal',
			'atkinson-hyperlegible-latin-700-normal'
		]);
		for (const lang of LANGS) {
			const html = readFileSync(join(BUILD, lang, 'index.html'), 'utf8');
			const { inline } = stylesheets(html);
			// Declared in the CSS, used only where the reader chose it (the browser fetches a face
			// only when text uses it: the end-to-end tests see no font request on a first visit).
			const uses = [...inline.matchAll(/([^{}]+)\{[^{}]*font-family:\s*['"]?Atkinson Hyperlegible/g)];
			expect(uses.length).toBeGreaterThan(0);
			for (const [, selector] of uses) {
				if (selector.trim().endsWith('@font-face')) continue;
				expect(selector, `/${lang}/`).toMatch(/\[data-font=['"]?legible['"]?\]/);
			}
			const first_load = [...first_load_scripts(html)].map((path) => readFileSync(join(BUILD, path)));
			for (const font of fonts) {
				const name = font.slice(font.lastIndexOf('/') + 1);
				expect(html, `/${lang}/ preloads ${name}`).not.toMatch(new RegExp(`<link[^>]+${name}`));
				expect(html.replace(/@font-face\s*\{[^}]*\}/g, ''), `/${lang}/`).not.toContain(name);
				for (const code of first_load) expect(code.includes(name), name).toBe(false);
			}
		}
	});

	it('declares @font-face only for that font, from our origin, and references no other origin', () => {
		const files = all_files(BUILD);
		for (const file of files.filter((file) => /\.(html|css|js)$/.test(file))) {
			const text = readFileSync(file, 'utf8');
			for (const [face] of text.matchAll(/@font-face\s*\{[^}]*\}/g)) {
				expect(face, file).toMatch(/font-family:\s*['"]?Atkinson Hyperlegible/);
				const sources = [...face.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]);
				expect(sources.length, file).toBeGreaterThan(0);
				for (const source of sources) expect(source, file).toMatch(/^\/_app\/immutable\/assets\//);
			}
			// Absolute URLs appear only in canonical and alternate links, which are not fetched.
			const fetched = [...text.matchAll(/(?:src|href)="(https?:\/\/[^"]+)"/g)].filter(
				(match) => !/rel="(?:canonical|alternate)"/.test(text.slice(match.index - 60, match.index))
			);
			expect(
				fetched.map((match) => match[1]),
				file
			).toEqual([]);
		}
	});
});
