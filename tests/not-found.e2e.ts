import { expect, test } from './fixtures';

// The browser reports the 404 status of the page itself as a console error.
test.use({ expected_errors: [/status of 404/] });

test.describe('a path that does not exist', () => {
	test('under an unknown language gets the 404 page in all six languages', async ({
		page,
		axe
	}) => {
		const response = await page.goto('/de/zusammenfassung/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1 [lang="fr"]')).toHaveText('Page introuvable');
		await expect(page.locator('h1 [lang="ar"]')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('main a[hreflang]')).toHaveCount(6);
		await page.getByRole('link', { name: 'Русский' }).click();
		await expect(page).toHaveURL('/ru/');
		await axe('/ru/ from the 404');
	});

	test('under a known language gets it in that language', async ({ page, axe }) => {
		const response = await page.goto('/ar/no-such-page/deep/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
		await expect(page.locator('main a[hreflang]')).toHaveCount(6);
		await axe('/ar/ 404');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the 404 pages still offer the six languages as plain links', async ({ page, axe }) => {
			for (const path of ['/nowhere', '/es/nada/']) {
				const response = await page.goto(path);
				expect(response?.status()).toBe(404);
				await expect(page.locator('main a[hreflang]')).toHaveCount(6);
				await axe(`${path} 404 without JavaScript`);
			}
			await page.locator('main').getByRole('link', { name: 'Español' }).click();
			await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		});
	});
});
