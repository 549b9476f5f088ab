import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
	test('the summary reads and the language switch works', async ({ page, axe }) => {
		await page.goto('/en/');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		await axe('/en/ without JavaScript');

		await page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: 'Français' })
			.click();
		await expect(page).toHaveURL('/fr/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
		await expect(page.locator('#p1')).toContainText('Forum sur la gouvernance de l’Internet');

		// Each translated paragraph still leads to its English original.
		const original = page.locator('#p23 + .para-actions a');
		await expect(original).toHaveAttribute('href', '/en/#p23');
		await expect(original).toHaveAttribute('hreflang', 'en');
		await original.click();
		await expect(page).toHaveURL('/en/#p23');
		await expect(page.locator('#p23')).toBeInViewport();
		await axe('/en/#p23 reached from French without JavaScript');
	});

	test('the chooser is simply a list of the six languages', async ({ page, axe }) => {
		await page.goto('/');
		await expect(page).toHaveURL('/');
		await expect(page.locator('main a[hreflang]')).toHaveCount(6);
		await page.getByRole('link', { name: '中文' }).click();
		await expect(page).toHaveURL('/zh/');
		await expect(page.locator('#p1')).toContainText('互联网治理论坛');
		await axe('/zh/ without JavaScript');
	});
});
