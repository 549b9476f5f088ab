import { expect, test } from './fixtures';

const EXPECTED_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

test.describe('locked down', () => {
	test('every page is served with the security headers and its own policy', async ({
		page,
		request,
		axe
	}) => {
		for (const path of ['/', '/en/', '/ar/about/', '/zh/404.html']) {
			const response = await request.get(path);
			const headers = response.headers();
			expect(headers, path).toMatchObject(EXPECTED_HEADERS);
			expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8,}/);
			expect(headers['permissions-policy'], path).toContain('camera=()');
			const policy = headers['content-security-policy'];
			expect(policy, path).toContain("frame-ancestors 'none'");
			expect(policy, path).toContain("default-src 'none'");
			expect(policy, path).not.toContain('unsafe-inline');
			// The header repeats the page's own meta policy (with its hashes).
			const meta = (await response.text()).match(
				/<meta http-equiv="content-security-policy" content="([^"]+)"/
			)?.[1];
			expect(policy, path).toContain(meta!.trim().replace(/;\s*$/, ''));
		}
		const missing = await request.get('/fr/nulle-part/');
		expect(missing.status()).toBe(404);
		expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

		// The browser loads the page under that policy without a single violation.
		await page.goto('/en/');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		await axe('/en/ under its policy');
	});

	test('hashed assets are cached for good, pages are revalidated', async ({
		page,
		request,
		axe
	}) => {
		const html = await (await request.get('/fr/')).text();
		const asset = html.match(/\/_app\/immutable\/[^"]+\.js/)![0];
		const script = (await request.get(asset)).headers();
		expect(script['cache-control']).toContain('immutable');
		// What applies to a script travels with it; the page's own headers stay with the page.
		for (const path of [asset, '/fr/manifest.webmanifest', '/service-worker.js']) {
			const headers = (await request.get(path)).headers();
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
		}
		expect((await request.get('/service-worker.js')).headers()['content-security-policy']).toBe(
			"default-src 'none'; connect-src 'self'"
		);
		expect(script['x-frame-options']).toBeUndefined();
		const icon = (await request.get('/favicon.svg')).headers();
		expect(icon['content-security-policy']).toContain("default-src 'none'");
		expect(icon['x-content-type-options']).toBe('nosniff');
		expect((await request.get('/fr/')).headers()['cache-control']).toBe('no-cache');
		const compressed = await request.get('/fr/', { headers: { 'Accept-Encoding': 'br' } });
		expect(compressed.headers()['content-encoding']).toBe('br');
		// Fetched on a first visit for the install check: compressed too.
		const manifest = await request.get('/ar/manifest.webmanifest', {
			headers: { 'Accept-Encoding': 'br' }
		});
		expect(manifest.headers()['content-encoding']).toBe('br');
		expect((await manifest.json()).lang).toBe('ar');
		await page.goto('/fr/');
		await axe('/fr/');
	});
});

test.describe('bad input loses nothing', () => {
	const HOSTILE = [
		'#p0',
		'#p999',
		'#p-1',
		'#<img src=x onerror=window.__pwned=1>',
		'#%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
		`#${'p'.repeat(20000)}`
	];

	for (const fragment of HOSTILE) {
		test(`a hostile or odd fragment (${fragment.slice(0, 30)}) neither throws nor injects`, async ({
			page,
			axe
		}) => {
			await page.goto(`/en/${fragment}`);
			await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
			expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
			await expect(page.locator('img')).toHaveCount(0);
			// The language links carry only paragraph numbers, never what the address said.
			const hrefs = await page
				.locator('header a[hreflang]')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			for (const href of hrefs) expect(href).toMatch(/^\/(ar|zh|en|fr|ru|es)\/(#p\d{1,2})?$/);
			await axe(`/en/${fragment.slice(0, 30)}`);
		});
	}

	test.describe('with storage blocked', () => {
		test('the reader and the originals still work', async ({ page, axe }) => {
			await page.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('blocked', 'SecurityError');
					}
				});
			});
			await page.goto('/ru/');
			await page.locator('#p5 + .para-actions .original-toggle').click();
			await expect(page.locator('#original-5')).toContainText('Parallel to the main sessions');
			await axe('/ru/ with storage blocked');
		});
	});
});
