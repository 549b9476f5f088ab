import { expect, test, VIEWPORTS } from './fixtures';

const ORIGINAL_23 = 'Across many of the interventions the debate evolved around a counterpoint';

test.describe('the English original, one tap away', () => {
	test('a keyboard user opens and closes the original of paragraph 23 in French', async ({
		page,
		axe
	}) => {
		await page.goto('/fr/#p22');
		await expect(page.getByRole('note').first()).toContainText('Traduction non officielle');
		// From paragraph 22's last control, the next Tab stop is 23's original.
		await expect(page.locator('#p23 + .para-actions .original-toggle')).toBeVisible();
		await page.locator('#p22 + .para-actions summary').focus();
		await page.keyboard.press('Tab');
		const toggle = page.getByRole('button', { name: 'Original anglais (Paragraphe 23)' });
		await expect(toggle).toBeFocused();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('Enter');
		const original = page.locator('#original-23');
		await expect(original).toHaveAttribute('lang', 'en');
		await expect(original).toContainText(ORIGINAL_23);
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(toggle).toHaveAttribute('aria-controls', 'original-23');
		// Right below the paragraph, outside it: the paragraph keeps only the translation.
		const order = await page.evaluate(() => {
			const paragraph = document.getElementById('p23')!;
			return [
				paragraph.nextElementSibling?.className,
				paragraph.nextElementSibling?.nextElementSibling?.id
			];
		});
		expect(order).toEqual(['para-actions', 'original-23']);
		await expect(page.locator('#p23')).not.toContainText(ORIGINAL_23);
		await axe('/fr/ with the original of paragraph 23 shown');
		await page.keyboard.press('Space');
		await expect(original).toHaveCount(0);
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		// The paragraph's other actions are in the disclosure, the next Tab stop; then the next
		// paragraph's original.
		await page.keyboard.press('Tab');
		await expect(page.locator('#p23 + .para-actions summary')).toBeFocused();
		await expect(page.locator('#p23 + .para-actions summary')).toContainText(
			'Écouter, copier le lien'
		);
		await page.keyboard.press('Tab');
		await expect(
			page.getByRole('button', { name: 'Original anglais (Paragraphe 24)' })
		).toBeFocused();
	});

	for (const lang of ['es', 'ru', 'zh', 'ar'] as const) {
		for (const viewport of VIEWPORTS) {
			test(`${lang} at ${viewport.width}px shows an original in place, light and dark`, async ({
				page,
				axe
			}) => {
				await page.setViewportSize(viewport);
				await page.goto(`/${lang}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('article.summary')).toHaveAttribute('lang', lang);
				await expect(page.locator('button.original-toggle')).toHaveCount(71);
				await page.locator('#p71 + .para-actions .original-toggle').click();
				await expect(page.locator('#original-71')).toContainText(
					'It was agreed that the creation and growth of the national and regional IGF’s'
				);
				for (const scheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme: scheme });
					await axe(`/${lang}/ ${scheme} ${viewport.width}px with an original shown`);
				}
			});
		}
	}

	test('the English page has no original to show and no translation notice', async ({
		page,
		axe
	}) => {
		await page.goto('/en/');
		await expect(page.locator('.original-toggle, .original-link')).toHaveCount(0);
		await expect(page.getByRole('note')).toHaveCount(0);
		await axe('/en/');
	});
});
