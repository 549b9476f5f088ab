import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, LANGS, test } from './fixtures';

/** The reader's storage keys, and the saved-language caches with the languages in them. */
function stored(page: Page) {
	return page.evaluate(async () => {
		const keys = Object.keys(localStorage)
			.filter((key) => key.startsWith('igf-reader:'))
			.sort();
		const caches_found: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			const paths = (await cache.keys()).map((request) => new URL(request.url).pathname);
			caches_found[name.startsWith('languages-') ? 'languages' : name] = paths.filter((path) =>
				/^\/[a-z]{2}\/$/.test(path)
			);
		}
		return { keys, caches: caches_found };
	});
}

test.describe('your data', () => {
	test('the About page lists what is stored and clears it all after a confirmation', async ({
		page,
		axe
	}) => {
		// A reader who chose settings, read a while, listened, and has French and English saved.
		await page.addInitScript(() => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem('igf-reader:settings', JSON.stringify({ version: 1, theme: 'dark' }));
			localStorage.setItem(
				'igf-reader:position',
				JSON.stringify({ version: 1, lang: 'fr', paragraph: 37 })
			);
			localStorage.setItem('igf-reader:speech', JSON.stringify({ version: 1, languages: {} }));
			localStorage.setItem('someone-else', 'not ours');
		});
		await page.goto('/fr/');
		// The service worker saves French and English once the page has painted.
		await expect
			.poll(async () => (await stored(page)).caches.languages?.sort(), { timeout: 20_000 })
			.toEqual(['/en/', '/fr/']);
		await page.goto('/fr/about/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect
			.poll(async () => (await stored(page)).caches.languages?.sort(), { timeout: 20_000 })
			.toEqual(['/en/', '/fr/']);
		expect((await stored(page)).keys).toEqual([
			'igf-reader:language',
			'igf-reader:position',
			'igf-reader:settings',
			'igf-reader:speech'
		]);

		// The offline panel at the end of the page lists them too.
		await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
		const offline = page.locator('.offline-panel');
		await expect(offline.locator('span[lang="fr"]')).toBeVisible({ timeout: 15_000 });
		const section = page.getByRole('region', { name: 'Vos données sur cet appareil' });
		await expect(section.getByRole('listitem')).toHaveCount(5);
		await expect(section).toContainText('vos paramètres de lecture');
		await expect(section).toContainText('les langues enregistrées pour la lecture hors ligne');

		const clear = section.getByRole('button', { name: 'Effacer toutes mes données' });
		await clear.click();
		const confirm = section.getByRole('button', { name: 'Oui, tout effacer' });
		// The safe choice has focus.
		await expect(section.getByRole('button', { name: 'Annuler' })).toBeFocused();
		await expect(section.getByRole('group')).toContainText(
			'Effacer tout ce que ce site conserve sur cet appareil\u00a0?'
		);
		await axe('/fr/about/ asking to confirm, dark');

		// Cancel keeps everything.
		await section.getByRole('button', { name: 'Annuler' }).click();
		await expect(clear).toBeFocused();
		expect((await stored(page)).keys).toHaveLength(4);

		await clear.click();
		await confirm.click();
		await expect(section.getByRole('status')).toHaveText(
			'Données effacées\u00a0: paramètres de lecture, position de lecture, dernière langue lue, ' +
				'paramètres de la lecture à voix haute et langues enregistrées (English, Français).'
		);
		await expect(clear).toBeFocused();
		const after = await stored(page);
		expect(after.keys).toEqual([]);
		expect(after.caches.languages).toBeUndefined();
		// The app itself stays available offline; other sites' data is not ours to touch.
		expect(Object.keys(after.caches).some((name) => name.includes('precache'))).toBe(true);
		expect(await page.evaluate(() => localStorage.getItem('someone-else'))).toBe('not ours');
		// The settings are back to their defaults on this page at once, and the offline panel no
		// longer lists languages that are gone.
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
		await expect(offline.locator('span[lang]')).toHaveCount(0);
		await expect(offline).toContainText('Aucune langue');
		await axe('/fr/about/ after clearing');

		// Nothing left: the next clear says so.
		await clear.click();
		await section.getByRole('button', { name: 'Oui, tout effacer' }).click();
		await expect(section.getByRole('status')).toHaveText('Il n’y avait rien à effacer.');
	});

	test('another open tab returns to the default settings', async ({ page, context, axe }) => {
		await page.addInitScript(() => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem(
				'igf-reader:settings',
				JSON.stringify({ version: 1, theme: 'sepia', size: 150 })
			);
		});
		await page.goto('/ar/about/');
		const reader = await context.newPage();
		await reader.goto('/ar/');
		await expect(reader.locator('html')).toHaveAttribute('data-size', '150');
		await page.getByRole('button', { name: 'مسح جميع بياناتي' }).click();
		await page.getByRole('button', { name: 'نعم، امسح كل شيء' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'تم مسح' })).toContainText(
			'إعدادات القراءة'
		);
		await expect(reader.locator('html')).not.toHaveAttribute('data-size', /.*/);
		await expect
			.poll(() => reader.evaluate(() => getComputedStyle(document.documentElement).fontSize))
			.toBe('18px');
		await axe('/ar/about/ after clearing');
	});
});

for (const lang of LANGS) {
	test(`${lang}: a second Enter on "Clear all my data" cancels: the safe choice has focus`, async ({
		page,
		axe
	}) => {
		await page.addInitScript(() => {
			localStorage.setItem('igf-reader:settings', JSON.stringify({ version: 1, theme: 'sepia' }));
		});
		const { data } = JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
		await page.goto(`/${lang}/about/`);
		const section = page.getByRole('region', { name: data.heading });
		const clear = section.getByRole('button', { name: data.clear });
		await expect(clear).toBeEnabled();
		await clear.focus();
		// A reader who presses Enter twice, or taps twice, on the button.
		await page.keyboard.press('Enter');
		await expect(section.getByRole('button', { name: data.cancel })).toBeFocused();
		await axe(`/${lang}/about/ asking to confirm`);
		await page.keyboard.press('Enter');
		await expect(clear).toBeFocused();
		await expect(section.getByRole('button', { name: data.confirm })).toHaveCount(0);
		expect(await page.evaluate(() => localStorage.getItem('igf-reader:settings'))).toContain(
			'sepia'
		);
	});
}

test.describe('your data without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the list is there; the browser’s own clearing is named instead of the button', async ({
		page,
		axe
	}) => {
		await page.goto('/en/about/');
		const section = page.getByRole('region', { name: 'Your data on this device' });
		await expect(section.getByRole('listitem')).toHaveCount(5);
		await expect(section).toContainText('clearing this site’s data in your browser’s settings');
		await expect(section.getByRole('button')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Settings' })).toBeHidden();
		await axe('/en/about/ without JavaScript');
	});
});
