import { expect, test } from './fixtures';

test.describe('the language chooser', () => {
	test.describe('for a new reader whose browser prefers Canadian French', () => {
		test.use({ locale: 'fr-CA' });

		test('goes to French', async ({ page, axe }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/fr/');
			await axe('/fr/ after the chooser');
		});
	});

	test.describe('for a reader whose languages we do not serve', () => {
		test.use({ locale: 'de-DE' });

		test('lists the six languages by their own names', async ({ page, axe }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/');
			const links = page.locator('main a');
			await expect(links).toHaveText([
				'العربية',
				'中文',
				'English',
				'Français',
				'Русский',
				'Español'
			]);
			const attributes = await links.evaluateAll((list) =>
				list.map((link) => [
					link.getAttribute('lang'),
					link.getAttribute('hreflang'),
					link.getAttribute('href')
				])
			);
			expect(attributes).toEqual(
				['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((lang) => [lang, lang, `/${lang}/`])
			);
			await axe('/ chooser');
		});

		test('sends a returning reader back to the language they read', async ({ page, axe }) => {
			await page.goto('/ru/');
			await expect
				.poll(() => page.evaluate(() => localStorage.getItem('igf-reader:language')))
				.toBe('ru');
			await page.goto('/');
			await expect(page).toHaveURL('/ru/');
			await axe('/ru/ for a returning reader');
		});
	});

	test.describe('when storage is blocked', () => {
		test.use({ locale: 'es-MX' });

		test('still chooses from the browser languages, without an error', async ({ page, axe }) => {
			await page.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('blocked', 'SecurityError');
					}
				});
			});
			await page.goto('/');
			await expect(page).toHaveURL('/es/');
			await expect(page.locator('[data-paragraph-number]')).toHaveCount(71);
			await axe('/es/ with storage blocked');
		});
	});

	test.describe('when storage holds garbage', () => {
		test.use({ locale: 'zh-CN' });

		test('ignores it and uses the browser languages', async ({ page, axe }) => {
			await page.addInitScript(() => localStorage.setItem('igf-reader:language', '<script>'));
			await page.goto('/');
			await expect(page).toHaveURL('/zh/');
			await axe('/zh/ after garbage in storage');
		});
	});
});
