import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { assertive_regions, expect, LANGS, test, VIEWPORTS } from './fixtures';

/** A string only the search panel's code holds: how to tell its chunk from the others. */
const PANEL_CODE = 'document-search-heading';

/** How often `pattern` occurs in the page's paragraphs (their numbers left out), and where. */
function occurrences(page: Page, pattern: string) {
	return page.evaluate((source) => {
		const found: { n: number; count: number }[] = [];
		for (const element of document.querySelectorAll<HTMLElement>('[data-paragraph-number]')) {
			const copy = element.cloneNode(true) as HTMLElement;
			copy.querySelector('.pnum')?.remove();
			const count = copy.textContent?.match(new RegExp(source, 'giu'))?.length ?? 0;
			if (count > 0) found.push({ n: Number(element.dataset.paragraphNumber), count });
		}
		return {
			total: found.reduce((sum, { count }) => sum + count, 0),
			paragraphs: found.length,
			first: found[0]?.n
		};
	}, pattern);
}

/** The scripts this page has loaded so far, and whether one of them holds the panel. */
async function panel_loaded(page: Page): Promise<boolean> {
	const scripts = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((name) => new URL(name).pathname.endsWith('.js'))
	);
	expect(scripts.length).toBeGreaterThan(0);
	for (const url of scripts) {
		if ((await (await page.request.get(url)).text()).includes(PANEL_CODE)) return true;
	}
	return false;
}

/** Opens the search with its button; returns the panel, its field, its count and its results. */
async function open_search(page: Page, name: string) {
	const button = page.getByRole('button', { name, exact: true });
	await expect(button).toBeEnabled();
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(button).toHaveAttribute('aria-controls', 'document-search');
	const panel = page.locator('#document-search');
	const field = panel.getByRole('searchbox');
	await expect(field).toBeFocused();
	return { button, panel, field, status: panel.getByRole('status'), results: panel.locator('li') };
}

test.describe('search in the document', () => {
	test('on a slow connection, what is typed while the search loads is kept', async ({
		page,
		axe
	}) => {
		await page.goto('/en/');
		await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeEnabled();
		// The panel's strings take a second to arrive, as on a slow phone network.
		await page.route('**/en/panels.json', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1000));
			await route.continue();
		});
		await page.keyboard.press('/');
		await page.keyboard.type('spectrx');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('um');
		const field = page.locator('#document-search').getByRole('searchbox');
		await expect(field).toBeFocused();
		await expect(field).toHaveValue('spectrum');
		// Typing goes on after what was kept.
		await page.keyboard.type(' ');
		await expect(field).toHaveValue('spectrum ');
		await expect(page.locator('#document-search li').first()).toContainText('spectrum');
		await axe('/en/ search typed while loading', '#document-search');
	});

	test('French: the code loads on opening; "developpement" lists every match and leads to it', async ({
		page,
		axe
	}) => {
		await page.goto('/fr/');
		await page.waitForLoadState('networkidle');
		expect(await panel_loaded(page), 'the panel is not loaded before it is opened').toBe(false);

		const { panel, field, status, results } = await open_search(page, 'Rechercher');
		expect(await panel_loaded(page)).toBe(true);
		await expect(panel.getByRole('heading', { name: 'Rechercher dans le résumé' })).toBeVisible();
		await expect(panel.getByRole('search')).toBeVisible();

		const want = await occurrences(page, 'développement');
		expect(want.total).toBeGreaterThan(10);
		await field.fill('developpement');
		await expect(status).toHaveText(`${want.total} résultats dans ${want.paragraphs} paragraphes`);
		await expect(results).toHaveCount(want.total);
		const first = results.first().getByRole('link');
		await expect(first).toHaveAttribute('href', `#p${want.first}`);
		await expect(first.locator('.where')).toHaveText(`Paragraphe ${want.first}`);
		await expect(first.locator('mark')).toHaveText(/^développement$/i);
		await expect(first.locator('[lang="fr"][dir="ltr"]')).toHaveCount(1);
		// Capitals and accents in the query do not count either.
		await field.fill('DÉVELOPPEMENT');
		await expect(results).toHaveCount(want.total);
		await axe('/fr/ search results', '#document-search');

		// Following a result: the paragraph is the target, in view, not covered, and has focus.
		await first.click();
		await expect(page).toHaveURL(new RegExp(`#p${want.first}$`));
		const paragraph = page.locator(`#p${want.first}`);
		await expect(paragraph).toHaveCSS('background-image', /gradient/);
		await expect(paragraph).toBeFocused();
		const seen = await paragraph.evaluate((element) => {
			const box = element.getBoundingClientRect();
			const top = document.elementFromPoint(box.left + box.width / 2, box.top + 4);
			return { top: box.top, visible: element.contains(top) };
		});
		expect(seen.top).toBeGreaterThanOrEqual(0);
		expect(seen.top).toBeLessThan(page.viewportSize()!.height / 2);
		expect(seen.visible, 'nothing covers the paragraph').toBe(true);
		// An in-page jump: nothing announces the page's title as if a new page had loaded.
		expect(await assertive_regions(page)).not.toContain(await page.title());
		await expect(page.locator('#svelte-announcer')).not.toHaveText(await page.title());
		// The results are still there.
		await expect(results).toHaveCount(want.total);
		await expect(field).toHaveValue('DÉVELOPPEMENT');
	});

	test('English by keyboard: "/" and the button open it, arrows move, Escape closes; axe at 320 and 1280', async ({
		page,
		browser,
		axe
	}) => {
		await page.setViewportSize(VIEWPORTS[1]);
		await page.goto('/en/');
		await axe('/en/ with the search button, 1280 px');
		const button = page.getByRole('button', { name: 'Search', exact: true });
		await expect(button).toBeEnabled();
		await button.focus();
		await expect(button).toHaveCSS('outline-style', 'solid');
		const box = (await button.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.width).toBeGreaterThanOrEqual(44);
		// Beside Settings, at the header's end.
		const settings = (await page.locator('.settings-button').boundingBox())!;
		expect(settings.x - (box.x + box.width)).toBeLessThan(40);

		await page.keyboard.press('Enter');
		const panel = page.locator('#document-search');
		const field = panel.getByRole('searchbox', { name: 'Words to find' });
		await expect(field).toBeFocused();
		const want = await occurrences(page, 'spectrum');
		expect(want.total).toBe(7);
		await page.keyboard.type('Spectrum');
		await expect(panel.getByRole('status')).toHaveText(
			`${want.total} matches in ${want.paragraphs} paragraphs`
		);
		const links = panel.getByRole('list', { name: 'Search results' }).getByRole('link');
		await expect(links).toHaveCount(want.total);
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('End');
		await expect(links.last()).toBeFocused();
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowUp');
		await expect(field).toBeFocused();
		await axe('/en/ search results, 1280 px', '#document-search');
		await page.setViewportSize(VIEWPORTS[0]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			VIEWPORTS[0].width
		);
		await axe('/en/ search results, 320 px', '#document-search');

		// Escape closes and gives focus back; "/" reopens it with the same results.
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('/');
		await expect(field).toBeFocused();
		await expect(field).toHaveValue('Spectrum');
		await expect(links).toHaveCount(want.total);
		// "/" typed in the field is a character, and Ctrl+F is left to the browser's own find.
		// (Reopened, the query is selected, ready to be replaced: the caret goes to its end first.)
		await page.keyboard.press('End');
		await page.keyboard.type('/');
		await expect(field).toHaveValue('Spectrum/');
		const hijacked = await page.evaluate(() => {
			const event = new KeyboardEvent('keydown', {
				key: 'f',
				ctrlKey: true,
				bubbles: true,
				cancelable: true
			});
			document.body.dispatchEvent(event);
			return event.defaultPrevented;
		});
		expect(hijacked).toBe(false);

		// Without JavaScript there is no button (it would do nothing), and nothing is hidden.
		const scriptless = await browser.newContext({ javaScriptEnabled: false });
		const plain = await scriptless.newPage();
		await plain.goto(page.url().replace(/#.*$/, ''));
		await expect(plain.locator('.search-button')).toBeHidden();
		await expect(plain.locator('[data-paragraph-number]:visible')).toHaveCount(71);
		await scriptless.close();
	});

	test('Arabic: with or without diacritics, tatweel and hamza; no match; hostile and long input; axe at 320 and 1280', async ({
		page,
		axe
	}) => {
		await page.setViewportSize(VIEWPORTS[0]);
		await page.goto('/ar/');
		await axe('/ar/ with the search button, 320 px');
		const { panel, field, status, results } = await open_search(page, 'بحث');

		const want = await occurrences(page, 'التنمية');
		expect(want.total).toBeGreaterThan(5);
		await field.fill('التنمية');
		await expect(results).toHaveCount(want.total);
		const plain = await panel.locator('ol').innerText();
		await expect(status).not.toBeEmpty();
		const plain_status = await status.textContent();
		// Fatha, shadda, sukun, kasra, damma and a tatweel in the query: the same results.
		await field.fill('التَّنْمِيـــةُ');
		await expect(results).toHaveCount(want.total);
		expect(await panel.locator('ol').innerText()).toBe(plain);
		await expect(status).toHaveText(plain_status!);
		await expect(results.first().locator('.context')).toHaveAttribute('dir', 'rtl');
		await expect(results.first().locator('.context')).toHaveAttribute('lang', 'ar');
		await axe('/ar/ search results, 320 px', '#document-search');
		await page.setViewportSize(VIEWPORTS[1]);
		await axe('/ar/ search results, 1280 px', '#document-search');

		// A bare alef finds the word written with hamza.
		await field.fill('ادارة');
		await expect(results.first().locator('mark')).toHaveText('إدارة');

		await field.fill('كلمةلاوجودلها');
		await expect(status).toHaveText(/^لا توجد نتائج/);
		await expect(results).toHaveCount(0);

		// Input that is not text to find: nothing is injected, nothing breaks.
		for (const query of ['<img src=x onerror=alert(1)>', '.*(', '"><script>alert(1)</script>']) {
			await field.fill(query);
			await expect(status).toHaveText(/^لا توجد نتائج/);
		}
		const injected = await page.evaluate(
			() =>
				document.querySelector('img[src=x]') !== null ||
				[...document.scripts].some((script) => script.text.includes('alert(1)'))
		);
		expect(injected).toBe(false);
		// A very long query is cut to its first 200 characters: the start of the longest
		// paragraph, followed by 10 000 more, finds that paragraph.
		const longest = await page.evaluate(() => {
			const texts = [...document.querySelectorAll<HTMLElement>('[data-paragraph-number]')].map(
				(element) => {
					const copy = element.cloneNode(true) as HTMLElement;
					copy.querySelector('.pnum')?.remove();
					const text = copy.textContent!.replace(/\s+/g, ' ').trim();
					return { n: element.dataset.paragraphNumber, text };
				}
			);
			const [first] = texts.sort((a, b) => b.text.length - a.text.length);
			return { n: first.n, start: first.text.slice(0, 200) };
		});
		await field.fill(longest.start + 'ب'.repeat(10_000));
		await expect(results).toHaveCount(1);
		await expect(results.first().getByRole('link')).toHaveAttribute('href', `#p${longest.n}`);
		await field.fill('ب'.repeat(10_000) + 'x');
		await expect(status).toHaveText(/^لا توجد نتائج/);
		await field.fill('');
		await expect(status).toBeEmpty();
		await expect(results).toHaveCount(0);
	});

	for (const lang of LANGS) {
		test(`${lang}: with no match, the search says what to try; a translation offers the English original`, async ({
			page,
			axe
		}) => {
			const { search } = JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
			await page.goto(`/${lang}/`);
			const { status, results, panel } = await open_search(page, search.button);
			await page.keyboard.type('zqxjv');
			await expect(status).toHaveText(search.none + search.none_tips);
			await expect(results).toHaveCount(0);
			const original = panel.getByRole('link', { name: search.none_original, exact: true });
			if (lang === 'en') {
				await expect(panel.getByRole('link')).toHaveCount(0);
				await axe('/en/ search with no match', '#document-search');
				return;
			}
			await expect(original).toHaveAttribute('hreflang', 'en');
			await axe(`/${lang}/ search with no match`, '#document-search');
			// A match again: the advice goes.
			await page.locator('#document-search-query').fill('2011');
			await expect(results.first()).toBeVisible();
			await expect(original).toHaveCount(0);
			await expect(status).not.toContainText(search.none_tips);
		});
	}

	test('the English original, offered when a French search finds nothing, opens', async ({
		page,
		axe
	}) => {
		await page.goto('/fr/');
		await open_search(page, 'Rechercher');
		await page.keyboard.type('zqxjv');
		await page.getByRole('link', { name: 'Rechercher dans l’original anglais' }).click();
		await expect(page).toHaveURL(/\/en\/$/);
		await axe('/en/ from the French search');
	});

	test('Chinese, offline: "互联网" finds its paragraphs with code the service worker saved', async ({
		page,
		context,
		axe
	}) => {
		await page.goto('/zh/');
		// The worker has precached the app and saved this language: the page can go offline.
		await page.evaluate(() => navigator.serviceWorker.ready);
		// What is saved is listed in the panel at the end of the page.
		await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
		const saved = page.locator('.offline-panel');
		await expect(saved.locator('span[lang="zh"]')).toBeVisible({ timeout: 15_000 });
		await page.reload();
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await context.setOffline(true);

		const { field, status, results } = await open_search(page, '搜索');
		const want = await occurrences(page, '互联网');
		expect(want.paragraphs).toBeGreaterThan(20);
		await field.fill('互联网');
		await expect(status).toHaveText(`共找到${want.total}处匹配，分布在${want.paragraphs}段中`);
		await expect(results).toHaveCount(want.total);
		await expect(results.first().getByRole('link')).toHaveAttribute('href', `#p${want.first}`);
		await expect(results.first().locator('mark')).toHaveText('互联网');
		await axe('/zh/ search results, offline', '#document-search');
	});
});
