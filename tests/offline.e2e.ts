import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, LANGS, paragraph_at_top, test } from './fixtures';
import { install_fake_speech } from './fake-speech';
import { start_proxy, type Proxy } from './proxy';
import { build_project, copy_project, remove_project } from '../scripts/project-copy.js';

// Each test reaches the site through its own proxy: a fresh origin (so a fresh service worker)
// and a record of every request that reached the network, the worker's own included.
const main_server = `http://127.0.0.1:${Number(process.env.PORT || 4173)}`;
let proxy: Proxy;
test.beforeEach(async () => {
	proxy = await start_proxy(main_server);
});
test.afterEach(async () => {
	await proxy.close();
});

const is_page_of = (lang: string) => (path: string) =>
	path.startsWith(`/${lang}/`) && !path.endsWith('__data.json');

/** Waits until the worker has saved what the page asked for and the panel lists it. */
async function saved_languages(page: Page, expected: string[]): Promise<void> {
	// The panel loads when the reader comes near it, at the end of the page.
	await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
	const panel = page.locator('.offline-panel');
	for (const lang of expected) {
		await expect(panel.locator(`span[lang="${lang}"]`)).toBeVisible({ timeout: 15_000 });
	}
	await expect(panel.locator('span[lang]')).toHaveCount(expected.length);
}

async function cached_pages(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const found: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) {
				found.push(new URL(request.url).pathname);
			}
		}
		return found;
	});
}

test.describe('reading offline', () => {
	test('the language being read and its English original reload offline; an unsaved language gives the offline page in the reader’s language', async ({
		page,
		context,
		browser,
		axe
	}) => {
		await install_fake_speech(page);
		const look = (of: Page) =>
			of.evaluate(() =>
				[document.body, document.querySelector('h1')!, document.querySelector('footer')!].map(
					(element) => {
						const style = getComputedStyle(element);
						return `${style.color} ${style.backgroundColor} ${style.fontSize} ${style.marginBlockStart}`;
					}
				)
			);
		// The glossary as it comes from the server (another browser profile: its cache apart).
		const elsewhere = await browser.newContext({ serviceWorkers: 'block' });
		const online = await elsewhere.newPage();
		await online.goto(`${proxy.origin}/fr/glossary/`);
		const online_look = await look(online);
		await elsewhere.close();
		await page.goto(`${proxy.origin}/fr/`);
		// French, whole; of English, the summary that the originals come from.
		await saved_languages(page, ['fr']);
		await expect.poll(async () => (await cached_pages(page)).includes('/en/')).toBe(true);

		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		await page.locator('#p23 + .para-actions .original-toggle').click();
		await expect(page.locator('#original-23')).toContainText(
			'Across many of the interventions the debate evolved around a counterpoint'
		);
		// The pages not opened were saved with their CSS linked, not inline: they look the same.
		await page.goto(`${proxy.origin}/fr/glossary/`);
		await expect(page.locator('style')).toHaveCount(0);
		await expect(page.locator('link[rel="stylesheet"]')).not.toHaveCount(0);
		expect(await look(page)).toEqual(online_look);
		await page.goto(`${proxy.origin}/fr/`);
		// Listening works offline too: the player's code and strings were saved.
		await page.getByTestId('tts-play').click();
		await expect(page.getByTestId('tts-pause')).toBeVisible();
		await expect(page.locator('#p1 [data-speaking]')).toHaveCount(1);
		await page.getByTestId('tts-stop').click();
		await expect(page.getByTestId('offline-indicator')).toHaveText(
			'Vous êtes hors ligne. Les langues enregistrées restent disponibles.'
		);
		await axe('French page, offline, with the indicator');

		// Switching between saved languages keeps working, at the same paragraph.
		await page.locator('#p23').evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await expect.poll(() => paragraph_at_top(page)).toBe(23);
		const switcher = page.getByRole('navigation', { name: 'Langue' });
		await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute(
			'href',
			'/en/#p23'
		);
		await switcher.getByRole('link', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page).toHaveURL(/\/en\/#p23$/);
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);

		// Russian was never opened: the offline page, in English (the language being read).
		await expect(
			page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' })
		).toHaveAttribute('href', '/ru/#p23');
		await page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: 'Русский' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
		await expect(page).toHaveURL(/\/ru\/#p23$/);
		const available = page.locator('main').getByRole('link');
		await expect(available).toHaveText(['English', 'Français']);
		await axe('offline page');
		await available.filter({ hasText: 'Français' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
	});

	test('“Keep all six languages” shows its size first, fetches about that much, then all six load offline', async ({
		page,
		context,
		axe
	}) => {
		await page.goto(`${proxy.origin}/en/`);
		await saved_languages(page, ['en']);
		// The sizes are fetched when the reader comes near the panel, at the end of the page.
		await page.locator('.offline-panel').scrollIntoViewIfNeeded();
		const keep = page.getByRole('button', { name: /^Keep all six languages for offline use/ });
		await expect(keep).toBeVisible();
		await axe('English page with the offline panel');
		const shown_kb = Number((await keep.textContent())?.match(/\((\d+) KB\)/)?.[1]);
		expect(shown_kb).toBeGreaterThan(0);

		const before = proxy.seen.length;
		await keep.click();
		await expect(page.locator('.offline-panel')).toContainText(
			'All six languages are available offline.'
		);
		await saved_languages(page, [...LANGS]);
		const fetched = proxy.seen.slice(before);
		const others = LANGS.filter((lang) => lang !== 'en');
		const bundles = fetched.filter((seen) => others.some((lang) => is_page_of(lang)(seen.path)));
		const bytes = bundles.reduce((sum, seen) => sum + seen.bytes, 0);
		console.log(`Keep all six: shown ${shown_kb} KB, fetched ${(bytes / 1024).toFixed(1)} KB`);
		expect(bytes / 1024).toBeGreaterThan(shown_kb * 0.9);
		expect(bytes / 1024).toBeLessThan(shown_kb * 1.1);
		expect(bundles.filter((seen) => seen.status !== 200).map((seen) => seen.path)).toEqual([]);

		await context.setOffline(true);
		for (const lang of LANGS) {
			await page.goto(`${proxy.origin}/${lang}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		}
	});

	test('a language opened online is kept for offline reading too', async ({ page, context }) => {
		await page.goto(`${proxy.origin}/en/`);
		await saved_languages(page, ['en']);
		await page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: 'Русский' })
			.click();
		await saved_languages(page, ['en', 'ru']);
		await context.setOffline(true);
		await page.goto(`${proxy.origin}/ru/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
	});

	test('without room to save six languages, the reader says so and reading goes on', async ({
		page,
		context,
		axe
	}) => {
		await page.goto(`${proxy.origin}/en/`);
		await saved_languages(page, ['en']);
		// A device nearly full: the origin may store only a little more than it has.
		const cdp = await context.newCDPSession(page);
		const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
		await cdp.send('Storage.overrideQuotaForOrigin', {
			origin: proxy.origin,
			quotaSize: usage + 20_000
		});
		await page.locator('.offline-panel').scrollIntoViewIfNeeded();
		await page.getByRole('button', { name: /^Keep all six languages for offline use/ }).click();
		await expect(page.locator('.offline-panel')).toContainText(
			'There is not enough storage space on this device to save all six languages. Reading goes on.'
		);
		await axe('English page, storage full');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		await page.locator('#p30').scrollIntoViewIfNeeded();
		await expect(page.locator('#p30')).toBeInViewport();
	});

	test('with Save-Data, only the language opened is fetched', async ({ browser }) => {
		const context = await browser.newContext({ extraHTTPHeaders: { 'Save-Data': 'on' } });
		// Headless Chromium has no data-saver switch: report it as a phone in data-saver mode does.
		await context.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'connection', {
				configurable: true,
				get: () => ({ saveData: true, effectiveType: '3g' })
			});
		});
		const page = await context.newPage();
		await page.goto(`${proxy.origin}/fr/`);
		await saved_languages(page, ['fr']);
		expect(proxy.seen.some((seen) => seen.headers['save-data'] === 'on')).toBe(true);
		const languages_fetched = LANGS.filter((lang) =>
			proxy.seen.some((seen) => is_page_of(lang)(seen.path))
		);
		expect(languages_fetched).toEqual(['fr']);
		expect((await cached_pages(page)).filter(is_page_of('en'))).toEqual([]);
		await context.close();
	});

	test('the worker is revalidated on every visit and may fetch only from our origin', async ({
		request
	}) => {
		const response = await request.get('/service-worker.js');
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toBe('no-cache');
		expect(response.headers()['content-security-policy']).toBe(
			"default-src 'none'; connect-src 'self'"
		);
	});
});

test.describe('installing', () => {
	for (const lang of LANGS) {
		test(`the ${lang} manifest is valid, localized, one app, with real PNG icons`, async ({
			page,
			request,
			axe
		}) => {
			await page.goto(`/${lang}/`);
			const href = await page.locator('link[rel="manifest"]').getAttribute('href');
			expect(href).toBe(`/${lang}/manifest.webmanifest`);
			const response = await request.get(href!);
			expect(response.headers()['content-type']).toContain('application/manifest+json');
			const manifest = await response.json();
			const ui = JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
			expect(manifest).toMatchObject({
				id: '/',
				name: ui.install.name,
				short_name: ui.install.short_name,
				description: ui.meta.reader_description,
				lang,
				dir: lang === 'ar' ? 'rtl' : 'ltr',
				start_url: `/${lang}/`,
				scope: '/',
				display: 'standalone'
			});
			expect(manifest.short_name.length).toBeLessThanOrEqual(12);
			expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
			expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

			const purposes: string[] = [];
			for (const image of [...manifest.icons, ...manifest.screenshots]) {
				const file = await request.get(image.src);
				expect(file.status(), image.src).toBe(200);
				const body = await file.body();
				if (image.type === 'image/svg+xml') {
					expect(body.toString('utf8')).toContain('<svg');
					continue;
				}
				// A PNG: its signature, then the IHDR chunk with width and height.
				expect(body.subarray(0, 8).toString('hex'), image.src).toBe('89504e470d0a1a0a');
				expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
				const size = `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
				expect(size, image.src).toBe(image.sizes);
				purposes.push(`${image.purpose ?? 'any'} ${image.sizes}`);
			}
			expect(purposes).toEqual(
				expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 512x512'])
			);
			expect(manifest.screenshots.map((shot: { form_factor: string }) => shot.form_factor)).toEqual(
				['narrow', 'wide']
			);

			// Where the browser offers no install prompt (as here), short instructions instead, in
			// the offline panel at the end of the page.
			await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
			await expect(page.locator('.install-help')).toHaveText(ui.install.other);
			await axe(`${lang} page with the install instructions`);
		});
	}
});

/** A free port on the loopback interface. */
async function free_port(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Serves a build folder as `npm start` does, on a free port; resolves once it answers. */
async function serve(dir: string): Promise<{ origin: string; stop: () => void }> {
	const port = await free_port();
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn('node', ['scripts/serve.js'], {
		env: { ...process.env, BUILD_DIR: dir, PORT: String(port) },
		stdio: 'ignore'
	});
	await expect
		.poll(
			() =>
				fetch(`${origin}/en/`).then(
					(r) => r.status,
					() => 0
				),
			{ timeout: 15_000 }
		)
		.toBe(200);
	return { origin, stop: () => server.kill() };
}

/** Opens a language through the proxy and waits until the worker saved it and controls the page. */
async function open_controlled(page: Page, path: string, languages: string[]): Promise<void> {
	await page.goto(`${proxy.origin}${path}`);
	await saved_languages(page, languages);
	// Back where the address points (the panel is at the end of the page), then a reload.
	await page.evaluate(() => {
		const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
		if (target) target.scrollIntoView();
		else scrollTo(0, 0);
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await page.evaluate(() => ((window as unknown as { same_page: boolean }).same_page = true));
}

/** Whether the page is the one `open_controlled` marked (not reloaded since); null mid-reload. */
const same_page = (page: Page) =>
	page
		.evaluate(() => (window as unknown as { same_page?: boolean }).same_page ?? false)
		.catch(() => null);

/**
 * What a reader's browser does when they come back to the tab: the page checks for updates.
 * The reader comes back every few seconds until `arrived` holds (the page starts listening once
 * it is idle after loading, which on a busy machine may be after the first return).
 */
async function come_back(page: Page, arrived: () => Promise<boolean>): Promise<void> {
	await expect
		.poll(
			async () => {
				if (await arrived()) return true;
				await page
					.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
					.catch(() => {});
				return false;
			},
			{ timeout: 30_000, intervals: [3_000] }
		)
		.toBe(true);
}

/** The saved languages' caches (`languages-<hash of the version's files>`). */
const language_caches = (page: Page) =>
	page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('languages-')));

test.describe('updating', () => {
	let next_dir: string;
	let next: { origin: string; stop: () => void };

	// A new version, as a deployment would bring: one word changed in one French paragraph,
	// built in a copy of the project (never over build/).
	test.beforeAll(async () => {
		test.setTimeout(300_000);
		next_dir = copy_project('igf-reader-next-');
		const file = join(next_dir, 'locales/fr/summary.json');
		const summary = JSON.parse(readFileSync(file, 'utf8'));
		summary.paragraphs['23'] = summary.paragraphs['23'].replace(/\bles\b/, 'des');
		writeFileSync(file, JSON.stringify(summary));
		next = await serve(build_project(next_dir));
	});
	test.afterAll(() => {
		next?.stop();
		remove_project(next_dir);
	});

	test('a new version waits for the reader, then takes over at the same paragraph, fetching only what changed', async ({
		page,
		axe
	}) => {
		await open_controlled(page, '/fr/#p23', ['fr']);
		await expect.poll(() => paragraph_at_top(page)).toBe(23);
		await page.locator('#p23 + .para-actions .original-toggle').focus();
		const [old_cache] = await language_caches(page);
		const old_pages = (await cached_pages(page)).filter((path) => /^\/(en|fr)\//.test(path));
		// French's eight files and the English original.
		expect(old_pages.length).toBeGreaterThan(8);
		expect(old_pages).toContain('/en/');

		// Deploy the new version; the reader comes back to the tab.
		const before = proxy.seen.length;
		proxy.upstream = next.origin;
		const notice = page.getByTestId('update-notice');
		await come_back(page, () => notice.isVisible());
		await expect(notice).toContainText('Une nouvelle version de ce site est disponible.');
		await expect(page.locator('[role="status"]').filter({ has: notice })).toHaveCount(1);
		// Nothing changes until the reader accepts: same page, same focus, old version in charge,
		// its saved copy whole beside the new one.
		await expect(page.locator('#p23 + .para-actions .original-toggle')).toBeFocused();
		expect(await same_page(page)).toBe(true);
		const waiting_caches = await language_caches(page);
		expect(waiting_caches).toHaveLength(2);
		expect(waiting_caches[0]).toBe(old_cache);
		const old_copy = await page.evaluate(
			async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
			old_cache
		);
		expect(old_copy.sort()).toEqual(expect.arrayContaining(old_pages));
		await axe('update notice');

		// The new version fetched the one page that changed; every other saved page was carried
		// over from the old copy, byte for byte.
		const fetched = proxy.seen.slice(before);
		// Not even asked for (a 304 would still be a round trip, and the browser's HTTP cache may no
		// longer hold a page saved long ago).
		const language_pages = fetched
			.filter((seen) => /^\/(en|fr)\//.test(seen.path))
			.map((seen) => `${seen.path} ${seen.status}`);
		// (As its saved copy: the same page with its CSS linked.)
		expect(language_pages).toEqual(['/fr/saved.html 200']);
		const bytes = fetched.reduce((sum, seen) => sum + seen.bytes, 0);
		console.log(
			`update, one French word: ${(bytes / 1024).toFixed(1)} KB in ${fetched.length} requests`
		);
		expect(bytes).toBeLessThanOrEqual(40 * 1024);

		await notice.getByRole('button', { name: 'Actualiser' }).click();
		await expect.poll(() => same_page(page)).toBe(false);
		await expect(page).toHaveURL(/\/fr\/#p23$/);
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		await expect.poll(() => paragraph_at_top(page)).toBe(23);
		// The new text, from the new copy; the old copy gone once the new version took over.
		await expect(page.locator('#p23')).toContainText(
			JSON.parse(readFileSync(join(next_dir, 'locales/fr/summary.json'), 'utf8')).paragraphs[
				'23'
			].slice(0, 40)
		);
		await expect.poll(() => language_caches(page)).toEqual([waiting_caches[1]]);
		const saved = (await cached_pages(page)).filter((path) => /^\/(en|fr)\//.test(path));
		expect(saved.sort()).toEqual(old_pages.sort());
		await expect(page.getByTestId('update-notice')).toHaveCount(0);
	});
});

test.describe('the escape hatch', () => {
	let dir: string;
	let hatch: { origin: string; stop: () => void };

	// The site as it is, with the self-unregistering worker deployed in place of the real one.
	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'igf-reader-hatch-'));
		cpSync('build', dir, { recursive: true });
		rmSync(join(dir, 'service-worker.js.br'), { force: true });
		rmSync(join(dir, 'service-worker.js.gz'), { force: true });
		copyFileSync('scripts/kill-switch/service-worker.js', join(dir, 'service-worker.js'));
		hatch = await serve(dir);
	});
	test.afterAll(() => {
		hatch?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	test('deploying the kill switch removes the worker and its caches; pages load from the network', async ({
		page,
		axe
	}) => {
		await open_controlled(page, '/es/', ['es']);
		expect((await cached_pages(page)).length).toBeGreaterThan(0);

		proxy.upstream = hatch.origin;
		// It reloads the page itself, then unregisters whatever registers it again.
		await come_back(page, async () => (await same_page(page)) === false);
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		await expect
			.poll(() =>
				page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))
			)
			.toBe(0);
		await expect.poll(() => cached_pages(page)).toEqual([]);
		const before = proxy.seen.length;
		await page.reload();
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		expect(proxy.seen.slice(before).map((seen) => seen.path)).toContain('/es/');
		await axe('Spanish page after the kill switch');
	});
});
