import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { app_version } from '../../scripts/app-version.js';

// The version Kit writes into its runtime and every page follows the app's code, not the
// clock and not the document: a word changed in a paragraph must not touch every page.
describe('the app version', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	/** A copy of what the version reads (and of the document, which it must not). */
	function copy(): string {
		dir = mkdtempSync(join(tmpdir(), 'igf-reader-version-'));
		for (const name of ['src', 'locales', 'static']) cpSync(name, join(dir, name), { recursive: true });
		for (const name of ['package.json', 'package-lock.json', 'vite.config.ts']) {
			cpSync(name, join(dir, name));
		}
		return dir;
	}

	test('is the same for the same sources, wherever they are', () => {
		expect(app_version(copy())).toBe(app_version('.'));
		expect(app_version('.')).toMatch(/^[0-9a-f]{12}$/);
	});

	test('changes with the client code and the packages', () => {
		const before = app_version(copy());
		writeFileSync(join(dir, 'src/lib/offline/register.ts'), '\n', { flag: 'a' });
		const after_code = app_version(dir);
		expect(after_code).not.toBe(before);
		writeFileSync(join(dir, 'package-lock.json'), '\n', { flag: 'a' });
		expect(app_version(dir)).not.toBe(after_code);
	});

	test('does not change with the document, the styles, static files or the server code', () => {
		const before = app_version(copy());
		writeFileSync(join(dir, 'locales/fr/summary.json'), '\n', { flag: 'a' });
		writeFileSync(join(dir, 'src/app.css'), '\n', { flag: 'a' });
		writeFileSync(join(dir, 'static/favicon.svg'), '\n', { flag: 'a' });
		writeFileSync(join(dir, 'src/hooks.server.ts'), '\n', { flag: 'a' });
		expect(app_version(dir)).toBe(before);
	});
});
