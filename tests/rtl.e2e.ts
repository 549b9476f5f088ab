import { expect, test, VIEWPORTS } from './fixtures';

test.describe('Arabic reads right to left, Chinese is typeset as Chinese', () => {
	for (const viewport of VIEWPORTS) {
		test(`Arabic at ${viewport.width}px: numbers, title and switcher on the right`, async ({
			page,
			axe
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/ar/#p30');
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			const paragraph = (await page.locator('#p30').boundingBox())!;
			const number = (await page.locator('#p30 .pnum').boundingBox())!;
			// The number stands in the right-hand margin, the text to its left.
			expect(number.x).toBeGreaterThan(paragraph.x + paragraph.width / 2);
			expect(number.x + number.width).toBeGreaterThan(paragraph.x + paragraph.width - 8);

			const header = (await page.locator('.site-header').boundingBox())!;
			const name = (await page.locator('.site-name').boundingBox())!;
			expect(name.x + name.width).toBeGreaterThan(header.x + header.width - 40);
			expect(name.x).toBeGreaterThan(header.x + header.width / 2 - name.width);
			const links = page.locator('.language-nav a');
			const first = (await links.nth(0).boundingBox())!;
			const second = (await links.nth(1).boundingBox())!;
			await expect(links.nth(0)).toHaveText('العربية');
			expect(first.x).toBeGreaterThan(second.x);

			// Latin acronyms are isolated inside the Arabic text.
			await expect(page.locator('#p27 bdi')).toHaveText(['IG4D']);
			const size = await page
				.locator('#p30')
				.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
			expect(size).toBeGreaterThanOrEqual(17);
			await axe(`/ar/#p30 at ${viewport.width}px`);
		});
	}

	test('an English original inside the Arabic page runs left to right', async ({ page, axe }) => {
		await page.goto('/ar/');
		await page.locator('#p1 + .para-actions .original-toggle').click();
		const original = page.locator('#original-1');
		await expect(original).toHaveAttribute('dir', 'ltr');
		const box = (await original.boundingBox())!;
		const paragraph = (await page.locator('#p1').boundingBox())!;
		// Indented from the right, like the paragraph it belongs to.
		expect(box.x + box.width).toBeLessThanOrEqual(paragraph.x + paragraph.width + 1);
		await axe('/ar/ with an original shown');
	});

	test('Chinese uses a CJK font, generous leading and full-width punctuation', async ({
		page,
		axe
	}) => {
		await page.goto('/zh/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
		const style = await page.locator('#p1').evaluate((element) => {
			const computed = getComputedStyle(element);
			return {
				family: computed.fontFamily,
				ratio: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize)
			};
		});
		expect(style.family).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei/);
		expect(style.ratio).toBeGreaterThanOrEqual(1.7);
		const text = await page.locator('#p1').textContent();
		expect(text).toMatch(/[，。]/);
		expect(text).not.toMatch(/\p{Script=Han}\s+\p{Script=Han}/u);
		await axe('/zh/');
	});
});
