import type { CDPSession } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// A first visit on a phone with expensive data: everything the page fetches until the network
// is idle, as transferred (compressed, headers included), against the budgets of issue 10. Byte
// counts, not timings: the same build gives the same numbers.
const KB = 1024;
const BUDGET = { total: 70 * KB, js: 50 * KB };

/** What loads on demand, never with the first paint (issue 10): each module's built file. */
const ON_DEMAND = [
	'src/lib/settings/SettingsPanel.svelte',
	'src/lib/search/SearchPanel.svelte',
	'src/lib/speech/Player.svelte',
	'src/lib/offline/OfflinePanel.svelte'
];
const manifest: Record<string, { file: string }> = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
);
const on_demand_files = ON_DEMAND.map((module) => `/${manifest[module].file}`);

interface Fetched {
	url: string;
	type: string;
	bytes: number;
}

/** Records every response the page receives, with its size on the wire. */
async function record(cdp: CDPSession): Promise<Map<string, Fetched>> {
	const fetched = new Map<string, Fetched>();
	await cdp.send('Network.enable');
	cdp.on('Network.responseReceived', (event) =>
		fetched.set(event.requestId, { url: event.response.url, type: event.type, bytes: 0 })
	);
	cdp.on('Network.loadingFinished', (event) => {
		const entry = fetched.get(event.requestId);
		if (entry) entry.bytes = event.encodedDataLength;
	});
	return fetched;
}

test.describe('a first visit on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const lang of ['en', 'ar', 'zh']) {
		test(`/${lang}/ fetches at most 70 KB, 50 KB of it JavaScript, all from our origin`, async ({
			page,
			axe
		}) => {
			const fetched = await record(await page.context().newCDPSession(page));
			await page.goto(`/${lang}/`, { waitUntil: 'networkidle' });
			await expect(page.locator('#p71')).toBeAttached();
			// The worker registers once the page is idle: wait for quiet again after it.
			await page.waitForLoadState('networkidle');

			const list = [...fetched.values()];
			const total = list.reduce((sum, entry) => sum + entry.bytes, 0);
			const scripts = list.filter((entry) => entry.type === 'Script');
			const js = scripts.reduce((sum, entry) => sum + entry.bytes, 0);
			console.log(
				`first visit /${lang}/: ${(total / KB).toFixed(1)} KB in ${list.length} requests, ` +
					`JavaScript ${(js / KB).toFixed(1)} KB in ${scripts.length} files`
			);
			expect(total).toBeLessThanOrEqual(BUDGET.total);
			expect(js).toBeLessThanOrEqual(BUDGET.js);

			const origin = new URL(page.url()).origin;
			expect(list.filter((entry) => new URL(entry.url).origin !== origin)).toEqual([]);
			expect(list.filter((entry) => entry.type === 'Font')).toEqual([]);
			// What the first paint does not need waits until it is asked for.
			const names = await page.evaluate(() =>
				performance.getEntriesByType('resource').map((entry) => entry.name)
			);
			expect(names.filter((name) => /\.json$/.test(name))).toEqual([]);
			const paths = list.map((entry) => new URL(entry.url).pathname);
			expect(paths.filter((path) => on_demand_files.includes(path))).toEqual([]);
			await expect(page.locator('.offline-panel, #reading-settings, #document-search')).toHaveCount(
				0
			);
			await axe(`/${lang}/ on a first visit, 360 px`);
			// …and comes when it is: the settings panel's code with its first opening.
			await page.locator('.settings-button').click();
			await expect(page.locator('#reading-settings')).toBeVisible();
			await expect
				.poll(() => [...fetched.values()].map((entry) => new URL(entry.url).pathname))
				.toContain(on_demand_files[0]);
		});
	}

	test('the language is saved for offline reading even if the reader never scrolls to the end', async ({
		page,
		context,
		axe
	}) => {
		await page.goto('/fr/');
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const saved = [];
						for (const lang of ['fr', 'en']) if (await caches.match(`/${lang}/`)) saved.push(lang);
						return saved;
					}),
				{ timeout: 15_000 }
			)
			.toEqual(['fr', 'en']);
		await expect(page.locator('.offline-panel')).toHaveCount(0);
		// What the worker saved for everyone leaves out the font only some readers choose.
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			}
			return urls;
		});
		expect(cached.length).toBeGreaterThan(10);
		expect(cached.filter((url) => /\.(woff2?|ttf|otf)$/.test(url))).toEqual([]);

		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		// Offline, the panel comes by itself to say so.
		await expect(page.getByTestId('offline-indicator')).toBeVisible();
		await axe('/fr/ reloaded offline, never scrolled');
	});
});
