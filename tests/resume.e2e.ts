import type { Page } from '@playwright/test';
import { expect, paragraph_at_top, test } from './fixtures';

const KEY = 'igf-reader:position';

/** Scrolls paragraph `n` to the top, as reading does, and waits until it is saved. */
async function read_to(page: Page, n: number): Promise<void> {
	await page.locator(`#p${n}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await expect.poll(() => paragraph_at_top(page)).toBe(n);
	await expect
		.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY))
		.toMatchObject({ version: 1, paragraph: n });
}

test.describe('continuing where you left off', () => {
	test('English read to 37; French later offers paragraph 37, and never scrolls by itself', async ({
		page,
		axe
	}) => {
		await page.goto('/en/');
		// A first visit offers nothing.
		await expect(page.locator('.resume-offer')).toHaveCount(0);
		await read_to(page, 37);
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(
			JSON.stringify({ version: 1, lang: 'en', paragraph: 37 })
		);

		// A tall screen: the first paragraphs are in view at the top, and still not "read".
		await page.setViewportSize({ width: 1280, height: 1600 });
		await page.goto('/fr/');
		expect(await paragraph_at_top(page)).toBeLessThanOrEqual(2);
		const offer = page.getByRole('link', { name: 'Reprendre au paragraphe 37' });
		await expect(offer).toBeVisible();
		await expect(offer).toHaveAttribute('href', '#p37');
		// Announced politely, and the page stays at its top.
		await expect(page.locator('.docked-notice').filter({ has: offer })).toHaveAttribute(
			'role',
			'status'
		);
		await page.waitForTimeout(1500);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		// Opening French at the top did not overwrite the place to continue at.
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain(
			'"paragraph":37'
		);
		await axe('/fr/ offering to continue at paragraph 37');

		await offer.click();
		await expect(page).toHaveURL(/\/fr\/#p37$/);
		await expect(page.locator('#p37')).toBeInViewport();
		await expect(page.locator('.resume-offer')).toHaveCount(0);
	});

	test('the offer can be dismissed, by its button or Escape, and focus goes to the text', async ({
		page,
		axe
	}) => {
		await page.addInitScript(
			(key) => localStorage.setItem(key, JSON.stringify({ version: 1, lang: 'ar', paragraph: 12 })),
			KEY
		);
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/ar/');
		const offer = page.getByRole('link', { name: 'متابعة القراءة من الفقرة 12' });
		await expect(offer).toBeVisible();
		// Fixed at the bottom: nothing in the text moved for it.
		const box = (await offer.boundingBox())!;
		expect(box.y + box.height).toBeGreaterThan(640 - 100);
		await axe('/ar/ offering paragraph 12 at 320 px');
		const dismiss = page.getByRole('button', { name: 'إغلاق', exact: true });
		const target = (await dismiss.boundingBox())!;
		expect(target.width).toBeGreaterThanOrEqual(44);
		expect(target.height).toBeGreaterThanOrEqual(44);
		await dismiss.click();
		await expect(offer).toHaveCount(0);
		await expect(page.locator('main')).toBeFocused();
		expect(await page.evaluate(() => scrollY)).toBe(0);

		await page.reload();
		await page.getByRole('link', { name: 'متابعة القراءة من الفقرة 12' }).focus();
		await page.keyboard.press('Escape');
		await expect(page.locator('.resume-offer')).toHaveCount(0);
		await expect(page.locator('main')).toBeFocused();
	});

	test('at 200 % on a phone, what the keyboard reaches is never under the offer', async ({
		page,
		axe
	}) => {
		await page.addInitScript(
			([key, settings]) => {
				localStorage.setItem(key, JSON.stringify({ version: 1, lang: 'ar', paragraph: 40 }));
				localStorage.setItem('igf-reader:settings', settings);
			},
			[KEY, JSON.stringify({ version: 1, size: 200 })] as const
		);
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/ar/');
		const offer = page.locator('.resume-offer');
		await expect(offer).toBeVisible();
		// Tab through the page from the top: each focused element stays above the offer.
		for (let i = 0; i < 16; i++) {
			await page.keyboard.press('Tab');
			const overlap = await page.evaluate(() => {
				const focused = document.activeElement!;
				const notice = document.querySelector('.resume-offer');
				if (!notice || notice.contains(focused)) return 0;
				const top = notice.getBoundingClientRect().top;
				return Math.max(0, focused.getBoundingClientRect().bottom - top);
			});
			expect(overlap, `Tab ${i + 1}: the focused element is under the offer`).toBe(0);
		}
		await axe('/ar/ at 200 % with the offer, keyboard in the page');
	});

	test('a link to a paragraph is followed, with no offer on top of it', async ({ page, axe }) => {
		await page.addInitScript(
			(key) => localStorage.setItem(key, JSON.stringify({ version: 1, lang: 'en', paragraph: 50 })),
			KEY
		);
		await page.goto('/es/#p23');
		await expect(page.locator('#p23')).toBeInViewport();
		await page.waitForTimeout(500);
		await expect(page.locator('.resume-offer')).toHaveCount(0);
		await axe('/es/#p23 with a saved position');
	});

	test('garbage or blocked storage: no offer and no error', async ({ browser, axe, page }) => {
		await page.goto('/en/');
		for (const value of ['{', '{"version":1,"lang":"en","paragraph":999}', '{"version":1}', '[]']) {
			await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, value]);
			await page.reload();
			await page.waitForTimeout(300);
			await expect(page.locator('.resume-offer'), value).toHaveCount(0);
		}
		await axe('/en/ with a corrupted position');

		const context = await browser.newContext();
		const blocked = await context.newPage();
		const errors: string[] = [];
		blocked.on('pageerror', (error) => errors.push(error.message));
		await blocked.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				}
			});
		});
		await blocked.goto(page.url());
		await blocked.locator('#p30').evaluate((element) => element.scrollIntoView());
		await blocked.waitForTimeout(1500);
		await blocked.reload();
		await expect(blocked.locator('[data-paragraph-number]')).toHaveCount(71);
		await expect(blocked.locator('.resume-offer')).toHaveCount(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
