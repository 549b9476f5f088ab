import { expect, paragraph_at_top, test } from './fixtures';

test.describe('switching language keeps your place', () => {
	test('English at paragraph 40 opens French at paragraph 40', async ({ page, axe }) => {
		await page.goto('/en/');
		// Read down to paragraph 40 by scrolling, as a reader would, not through the address.
		await page.locator('#p40').evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await expect.poll(() => paragraph_at_top(page)).toBe(40);
		const french = page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: 'Français' });
		await expect(french).toHaveAttribute('href', '/fr/#p40');
		await axe('/en/ scrolled to paragraph 40');
		await french.click();
		await expect(page).toHaveURL('/fr/#p40');
		await expect(page.locator('#p40')).toBeInViewport();
		expect(await paragraph_at_top(page)).toBe(40);
		await axe('/fr/#p40');
	});

	test('Arabic at paragraph 60 opens Chinese at paragraph 60', async ({ page, axe }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/ar/#p60');
		const chinese = page
			.getByRole('navigation', { name: 'اللغة' })
			.getByRole('link', { name: '中文' });
		await expect(chinese).toHaveAttribute('href', '/zh/#p60');
		await chinese.click();
		await expect(page).toHaveURL('/zh/#p60');
		expect(await paragraph_at_top(page)).toBe(60);
		await axe('/zh/#p60 at 320 px');
	});

	test('before any paragraph is read the switch opens the top; scrolling back up to it keeps the place', async ({
		page,
		axe
	}) => {
		await page.goto('/ru/');
		const spanish = page
			.getByRole('navigation', { name: 'Язык', exact: true })
			.getByRole('link', { name: 'Español' });
		await expect(spanish).toHaveAttribute('href', '/es/');
		await expect(spanish).toHaveAttribute('hreflang', 'es');
		await expect(spanish).toHaveAttribute('lang', 'es');
		await page.locator('#p12').evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await expect(spanish).toHaveAttribute('href', '/es/#p12');
		// Back up at the switcher, the paragraph last read is still the place to carry over.
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.locator('#p20').evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await expect(spanish).toHaveAttribute('href', '/es/#p20');
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
		await page.evaluate(() => new Promise(requestAnimationFrame));
		await expect(spanish).toHaveAttribute('href', '/es/#p20');
		await axe('/ru/');
	});

	test('on the About page, the switch opens the About page', async ({ page, axe }) => {
		await page.goto('/zh/about/');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL('/en/about/');
		await expect(page.locator('h1')).toHaveText('About this reader');
		await axe('/en/about/');
	});

	test('every reader page links to all six languages with exact hreflang values', async ({
		page,
		axe
	}) => {
		await page.goto('/es/');
		const hreflangs = await page
			.locator('header a[hreflang]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
		expect(hreflangs.sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
		await expect(page.locator('header a[aria-current="page"]')).toHaveText('Español');
		await axe('/es/');
	});
});
