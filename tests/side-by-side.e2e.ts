import { readFileSync } from 'node:fs';
import { expect, LANGS, test, VIEWPORTS } from './fixtures';

const summary = (lang: string) =>
	JSON.parse(readFileSync(`locales/${lang}/summary.json`, 'utf8')) as {
		paragraphs: Record<string, string>;
	};

/** The text of one side of a pair, without its number. */
const side_text = (page: import('@playwright/test').Page, n: number, lang: string) =>
	page
		.locator(`#pair-${n} .side-para[lang="${lang}"]`)
		.evaluate((p) =>
			[...p.childNodes]
				.slice(1)
				.map((node) => node.textContent)
				.join('')
		)
		.then((text) => text.replace(/\s+/g, ' ').trim());

test.describe('side by side', () => {
	test('French beside English: reached from the reader, aligned pairs, columns when wide', async ({
		page,
		axe
	}) => {
		await page.setViewportSize(VIEWPORTS[1]);
		await page.goto('/en/#p23');
		const english_23 = await page.locator('#p23').evaluate((p) =>
			[...p.childNodes]
				.slice(1)
				.map((node) => node.textContent)
				.join('')
		);

		await page.goto('/fr/');
		await page.locator('.reader-tools').getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL('/fr/with/en/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.locator('.pair[id^="pair-"] .side-para')).toHaveCount(142);
		await expect(page.locator('.side-para[lang="fr"][dir="ltr"]')).toHaveCount(71);
		await expect(page.locator('.side-para[lang="en"][dir="ltr"]')).toHaveCount(71);
		// The reader's contract stays the reader's: no `pN` ids, no paragraph-number data here.
		expect(
			await page
				.locator('[id]')
				.evaluateAll((elements) => elements.filter((element) => /^p\d+$/.test(element.id)).length)
		).toBe(0);
		await expect(page.locator('[data-paragraph-number]')).toHaveCount(0);

		expect(await side_text(page, 23, 'fr')).toBe(summary('fr').paragraphs['23']);
		expect(await side_text(page, 23, 'en')).toBe(english_23.replace(/\s+/g, ' ').trim());
		// Side by side, each pair starting on the same line.
		const [left, right] = await Promise.all(
			['fr', 'en'].map((lang) => page.locator(`#pair-40 .side-para[lang="${lang}"]`).boundingBox())
		);
		expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
		expect(right!.x).toBeGreaterThan(left!.x + left!.width);
		await axe('/fr/with/en/ 1280px');

		// Stacked on a phone, French first.
		await page.setViewportSize(VIEWPORTS[0]);
		const [top, below] = await Promise.all(
			['fr', 'en'].map((lang) => page.locator(`#pair-40 .side-para[lang="${lang}"]`).boundingBox())
		);
		expect(below!.y).toBeGreaterThan(top!.y + top!.height - 1);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		await axe('/fr/with/en/ 320px');

		// Choosing English in the language switcher swaps the sides.
		await page
			.getByRole('navigation', { name: 'Langue', exact: true })
			.getByRole('link', { name: 'English' })
			.click();
		await expect(page).toHaveURL('/en/with/fr/');
	});

	test('Arabic beside Chinese: each side in its own language and direction, at 320 and 1280 px', async ({
		page,
		axe
	}) => {
		for (const viewport of VIEWPORTS) {
			await page.setViewportSize(viewport);
			await page.goto('/ar/with/zh/#pair-60');
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.locator('#pair-60')).toBeInViewport();
			await expect(page.locator('.side-para[lang="ar"][dir="rtl"]')).toHaveCount(71);
			await expect(page.locator('.side-para[lang="zh"][dir="ltr"]')).toHaveCount(71);
			expect(await side_text(page, 60, 'zh')).toBe(summary('zh').paragraphs['60']);
			expect(await side_text(page, 60, 'ar')).toBe(summary('ar').paragraphs['60']);
			await expect(page.locator('#pair-60 .side-num')).toHaveText(['60', '60']);
			await axe(`/ar/with/zh/ ${viewport.width}px`);
		}
	});

	test('all 30 pairs exist, and a language beside itself does not', async ({ page, axe }) => {
		for (const lang of LANGS) {
			for (const other of LANGS) {
				const response = await page.request.get(`/${lang}/with/${other}/`);
				expect(response.status(), `/${lang}/with/${other}/`).toBe(lang === other ? 404 : 200);
			}
		}
		for (const viewport of VIEWPORTS) {
			await page.setViewportSize(viewport);
			await page.goto('/en/with/ar/');
			await expect(page.locator('.side-para[lang="ar"][dir="rtl"]')).toHaveCount(71);
			await axe(`/en/with/ar/ ${viewport.width}px`);
		}
	});
});

test.describe('side by side without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the pairs are plain HTML', async ({ page, axe }) => {
		await page.goto('/ru/with/en/#pair-12');
		await expect(
			page.locator('.pair[id^="pair-"]:not(.pair-heading):not(.pair-title)')
		).toHaveCount(71);
		await expect(page.locator('#pair-12')).toBeInViewport();
		await axe('/ru/with/en/ without JavaScript');
	});
});
