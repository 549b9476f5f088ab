import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { offline_manifest } from '../../scripts/offline-manifest.js';
import { saved_copy, sheets_of } from '../../scripts/saved-copies.js';

const BUILD = 'build';
const manifest = offline_manifest(BUILD);
const read = (file: string) => readFileSync(join(BUILD, file), 'utf8');
const style_of = (html: string) => html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
const sheet_links = (html: string) =>
	[...html.matchAll(/<link rel="stylesheet" href="\/(_app\/immutable\/assets\/[^"]+)">/g)].map(
		(found) => found[1]
	);

describe('the pages the worker saves', () => {
	const pages = Object.keys(manifest.pages).filter((url) => url.endsWith('/'));

	test('are the summary, glossary, In short, About and offline pages of each language and the multilingual offline page', () => {
		expect(pages).toHaveLength(6 * 5 + 1);
		expect(pages).toContain('/offline/');
		expect(pages).toContain('/ar/short/');
		expect(pages.filter((url) => url.includes('/with/') || url === '/')).toEqual([]);
	});

	test('each has a saved copy: the same page with its inline CSS as links to the same sheets, in order', () => {
		expect(Object.keys(manifest.copies).sort()).toEqual([...pages].sort());
		for (const url of pages) {
			const page = read(`${url.slice(1)}index.html`);
			const copy = read(`${url.slice(1)}saved.html`);
			expect(copy, url).not.toContain('<style');
			const sheets = sheet_links(copy);
			expect(sheets.length, url).toBeGreaterThan(0);
			// The sheets, one after the other, are the page's inline style.
			const joined = sheets.map((sheet) => read(sheet));
			expect(style_of(page).replace(/\s/g, ''), url).toBe(joined.join('').replace(/\s/g, ''));
			// Nothing else differs.
			expect(copy.replace(/(<link rel="stylesheet"[^>]*>)+/, '<style>'), url).toBe(
				page.replace(/<style>[\s\S]*?<\/style>/, '<style>')
			);
			// The worker keeps the sheets.
			for (const sheet of sheets) expect(manifest.app, url).toContain(sheet.slice(15));
		}
	});

	test('a style that is not made of the built sheets stops the build', () => {
		const sheets: [string, string][] = [
			['a.css', 'p{color:red}'],
			['b.css', 'h1{margin:0}']
		];
		expect(sheets_of('p{color:red}\nh1{margin:0}', sheets, 'x')).toEqual(['a.css', 'b.css']);
		expect(() => sheets_of('p{color:red}h2{margin:0}', sheets, 'x')).toThrow(/not made of/);
		expect(() => saved_copy('<head></head>', sheets, 'x')).toThrow(/one <style>/);
	});
});

describe('the app files the worker keeps', () => {
	const named = (html: string) =>
		[...html.matchAll(/\/_app\/immutable\/([^"'`\s)]+)/g)].map((found) => found[1]);

	test('hold every script and sheet a saved page names, and exist', () => {
		for (const url of Object.keys(manifest.pages).filter((url) => url.endsWith('/'))) {
			for (const file of [
				...named(read(`${url.slice(1)}index.html`)),
				...named(read(`${url.slice(1)}saved.html`))
			]) {
				expect(manifest.app, url).toContain(file);
			}
		}
		for (const file of manifest.app) expect(existsSync(join(BUILD, '_app/immutable', file))).toBe(true);
	});

	test('leave out the code only unsaved pages run (side by side, not found)', () => {
		const side_by_side = named(read('en/with/fr/index.html')).filter((file) =>
			file.startsWith('nodes/')
		);
		const not_found = named(read('en/404.html')).filter((file) => file.startsWith('nodes/'));
		const own = [...side_by_side, ...not_found].filter(
			(file) => !named(read('en/index.html')).includes(file)
		);
		expect(own.length).toBeGreaterThan(1);
		for (const file of own) expect(manifest.app).not.toContain(file);
	});
});
