import { expect, test } from './fixtures';

test.describe('copy link to this paragraph', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('in the disclosure of each paragraph, after listening: a Tab stop of its own', async ({
		page,
		axe,
		baseURL
	}) => {
		await page.goto('/fr/#p22');
		const row = page.locator('#p23 + .para-actions');
		await expect(row.locator('button.copy-link:enabled')).toHaveCount(1);
		// From paragraph 22's last control: 23's original, then its disclosure.
		await page.locator('#p22 + .para-actions summary').focus();
		await page.keyboard.press('Tab');
		await expect(
			page.getByRole('button', { name: 'Original anglais (Paragraphe 23)' })
		).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(row.locator('summary')).toBeFocused();
		await page.keyboard.press('Enter');
		const buttons = row.locator('details').getByRole('button');
		// In this order: listening, the link.
		await expect(buttons).toHaveCount(2);
		await expect(buttons.nth(0)).toHaveAccessibleName('Écouter à partir d’ici (Paragraphe 23)');
		await expect(buttons.nth(1)).toHaveAccessibleName('Copier le lien (Paragraphe 23)');
		// Its words show beside its icon.
		await expect(buttons.nth(1)).toContainText('Copier le lien');
		await page.keyboard.press('Tab');
		await expect(buttons.nth(0)).toBeFocused();
		await page.keyboard.press('Tab');
		const copy = page.getByRole('button', { name: 'Copier le lien (Paragraphe 23)' });
		await expect(copy).toBeFocused();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/fr/#p23`);
		// Said once to screen readers, and shown beside the button for a while.
		await expect(page.getByRole('status').filter({ hasText: 'Lien copié' })).toHaveCount(1);
		await expect(copy).toHaveAttribute('data-done', 'Lien copié');
		await axe('/fr/ after copying the link of paragraph 23');
		// Tab goes on to the next paragraph; Shift+Tab comes back.
		await page.keyboard.press('Tab');
		await expect(
			page.getByRole('button', { name: 'Original anglais (Paragraphe 24)' })
		).toBeFocused();
		await page.keyboard.press('Shift+Tab');
		await expect(copy).toBeFocused();
	});

	test('in English and Arabic too, every paragraph', async ({ page, axe, baseURL }) => {
		await page.goto('/ar/');
		await expect(page.locator('button.copy-link')).toHaveCount(71);
		await page.locator('#p71 + .para-actions summary').click();
		await page.getByRole('button', { name: 'نسخ الرابط (الفقرة 71)' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/ar/#p71`);
		await axe('/ar/ after copying a link');
		await page.goto('/en/');
		await expect(page.locator('button.copy-link:enabled')).toHaveCount(71);
		await page.locator('#p5 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Copy link (Paragraph 5)' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/#p5`);
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
	});
});

test.describe('the actions arrive without moving the text', () => {
	for (const width of [320, 375, 1280]) {
		test(`${width} px: each row has its final size from the first paint`, async ({
			browser,
			page,
			axe
		}) => {
			const layout = (target: typeof page) =>
				target.evaluate(() => ({
					rows: [...document.querySelectorAll('.para-actions')].map(
						(row) => row.getBoundingClientRect().height
					),
					// From the first paragraph to the last: what the rows could move.
					span:
						document.getElementById('p71')!.getBoundingClientRect().top -
						document.getElementById('p1')!.getBoundingClientRect().top
				}));
			for (const lang of ['fr', 'zh', 'ar', 'en'] as const) {
				// Before the app's JavaScript runs (it never arrives here) and after.
				const context = await browser.newContext({ viewport: { width, height: 700 } });
				const before = await context.newPage();
				await before.route('**/_app/**/*.js', () => {});
				await before.goto(`/${lang}/`, { waitUntil: 'domcontentloaded' });
				await page.setViewportSize({ width, height: 700 });
				await page.goto(`/${lang}/`);
				await expect(page.locator('button.copy-link:enabled')).toHaveCount(71);
				expect(await layout(page), lang).toEqual(await layout(before));
				await context.close();
			}
			await axe(`/en/ at ${width} px with its paragraph actions`);
		});
	}
});

test.describe('when the clipboard refuses', () => {
	test('the link goes to the address bar, without a jump, and the reader is told', async ({
		page,
		axe
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'clipboard', {
				configurable: true,
				get: () => ({
					writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))
				})
			});
		});
		await page.goto('/es/');
		await page.locator('#p40').evaluate((element) => element.scrollIntoView());
		await page.locator('#p40 + .para-actions summary').click();
		const before = await page.evaluate(() => scrollY);
		await page.getByRole('button', { name: 'Copiar enlace (Párrafo 40)' }).click();
		await expect(page).toHaveURL(/\/es\/#p40$/);
		await expect(
			page.getByRole('status').filter({ hasText: 'No se pudo copiar el enlace' })
		).toHaveCount(1);
		expect(await page.evaluate(() => scrollY)).toBe(before);
		await axe('/es/ after a refused copy');
	});
});

test.describe('printing', () => {
	test('prints the text, its numbers, the footnote and the source note, and no controls', async ({
		page,
		axe
	}) => {
		// Even a reader who reads in dark, large text gets black on white paper.
		await page.addInitScript(() =>
			localStorage.setItem(
				'igf-reader:settings',
				JSON.stringify({ version: 1, theme: 'contrast', size: 130 })
			)
		);
		await page.addInitScript(() =>
			localStorage.setItem(
				'igf-reader:position',
				JSON.stringify({ version: 1, lang: 'en', paragraph: 30 })
			)
		);
		await page.goto('/fr/');
		await expect(page.locator('.resume-offer')).toBeVisible();
		await page.locator('.settings-button').click();
		await expect(page.locator('#reading-settings')).toBeVisible();
		await page.locator('#p3 + .para-actions .original-toggle').click();
		await expect(page.locator('#original-3')).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		for (const hidden of [
			'.site-header',
			'.settings-button',
			'#reading-settings',
			'.skip-link',
			'.reader-tools',
			'.toc',
			'.para-actions',
			'.para-actions details',
			'.listen',
			'.resume-offer',
			'.backlink',
			'.site-footer .about-link'
		]) {
			await expect(page.locator(hidden).first(), hidden).toBeHidden();
		}
		// Whatever is added later: paper gets no control of any kind.
		const controls = await page.evaluate(() =>
			[...document.querySelectorAll('button, input, select, textarea, summary, [role="toolbar"]')]
				.filter((element) => element.getClientRects().length > 0)
				.map((element) => element.outerHTML.slice(0, 80))
		);
		expect(controls).toEqual([]);
		for (const shown of [
			'h1',
			'.subtitle',
			'.notice',
			'#p1',
			'#p23 .pnum',
			'#p71',
			'#note',
			'.note-mark',
			'.site-footer p:first-child'
		]) {
			await expect(page.locator(shown).first(), shown).toBeVisible();
		}
		await expect(page.locator('#p23 .pnum')).toHaveText('23');
		await expect(page.locator('.site-footer p').first()).toContainText('Nairobi');
		const colours = await page.evaluate(() => ({
			page: getComputedStyle(document.documentElement).backgroundColor,
			text: getComputedStyle(document.getElementById('p1')!).color,
			number: getComputedStyle(document.querySelector('#p1 .pnum')!).color
		}));
		expect(colours).toEqual({
			page: 'rgb(255, 255, 255)',
			text: 'rgb(0, 0, 0)',
			number: 'rgb(0, 0, 0)'
		});
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(20_000);

		await page.emulateMedia({ media: 'screen' });
		await axe('/fr/ back on screen after printing');
	});
});
