import type { Page } from '@playwright/test';
import { expect, LANGS, test } from './fixtures';

/** A low-cost Android phone's screen, in CSS pixels. */
const PHONE = { width: 360, height: 740 };

const SKIP = { en: 'Skip to the text', fr: 'Aller au texte', es: 'Ir al texto' } as const;

/** Where the title and the first line of paragraph 1 are, the page scrolled to its top. */
async function first_screen(page: Page) {
	await page.evaluate(() => window.scrollTo(0, 0));
	return page.evaluate(() => {
		const title = document.getElementById('title')!.getBoundingClientRect();
		// The paragraph's first line: its number's box, which sits on that line.
		const line = document.querySelector('#p1 .pnum')!.getBoundingClientRect();
		return { title_top: title.top, title_bottom: title.bottom, p1_top: line.top };
	});
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled, viewport: PHONE });

		for (const lang of LANGS) {
			test(`${lang} at 360×740: the title and paragraph 1 are on the first screen`, async ({
				page,
				axe
			}) => {
				await page.goto(`/${lang}/`);
				await expect(page.locator('#p1')).toBeVisible();
				if (javaScriptEnabled) {
					// The header's buttons and the Listen button have their final size.
					await expect(page.locator('.settings-button')).toBeEnabled();
					await expect(page.getByTestId('tts-play')).toBeVisible();
				}
				const at = await first_screen(page);
				expect(at.title_top, 'title below the top').toBeGreaterThanOrEqual(0);
				expect(at.title_bottom, 'title inside the first screen').toBeLessThanOrEqual(PHONE.height);
				expect(at.p1_top, 'paragraph 1 starts on the first screen').toBeLessThan(PHONE.height);
				// The translation is labelled unofficial above its title, on that same screen.
				if (lang !== 'en') {
					const notice = (await page.locator('.notice').boundingBox())!;
					expect(notice.y + notice.height).toBeLessThanOrEqual(at.title_top);
				}
				// The contents and tools are one tap away, and open without JavaScript.
				const more = page.locator('.toc-details > summary');
				await expect(page.locator('.toc a').first()).toBeHidden();
				await more.click();
				await expect(page.locator('.toc a').first()).toBeVisible();
				await expect(page.locator('.reader-tools a').first()).toBeVisible();
				await axe(`/${lang}/ at 360×740, contents open`);
			});
		}

		test('the skip link lands on the document, past the header and the tools', async ({
			page,
			axe
		}) => {
			for (const lang of ['en', 'fr', 'es'] as const) {
				await page.goto(`/${lang}/`);
				await page.keyboard.press('Tab');
				const skip = page.getByRole('link', { name: SKIP[lang] });
				await expect(skip).toBeFocused();
				await page.keyboard.press('Enter');
				await expect(page).toHaveURL(`/${lang}/#document`);
				// The title at the top of the screen, the notice of a translation just above it.
				await expect
					.poll(() => page.locator('#title').evaluate((title) => title.getBoundingClientRect().top))
					.toBeLessThan(120);
				await expect(page.locator('#title')).toBeInViewport({ ratio: 1 });
				// The next Tab goes into the document: its footnote mark, then its contents.
				await page.keyboard.press('Tab');
				await expect(page.locator('#note-ref')).toBeFocused();
				await page.keyboard.press('Tab');
				await expect(page.locator('.toc-details > summary')).toBeFocused();
				await axe(`/${lang}/ after the skip link`);
			}
		});
	});
}
