import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Forced colours (Windows contrast themes): the system chooses every colour, and draws a backplate
 * of its background colour behind text. What must hold is what the reader sees: each control's
 * words stand out from what is behind them. Checked on the pixels, not on computed styles: the
 * bug was text in HighlightText drawn on a Canvas-coloured backplate, which styles do not show.
 */

/** The part of each control that must be legible: its words, or its icon when it has none. */
function areas(panel: Locator) {
	return panel.evaluateAll((roots) => {
		const found: { what: string; x: number; y: number; width: number; height: number }[] = [];
		const controls = roots.flatMap((root) => [
			...(root.matches('button, summary, a, label') ? [root] : []),
			...root.querySelectorAll<HTMLElement>('button, summary, a, label')
		]);
		for (const control of controls) {
			const box = control.getBoundingClientRect();
			if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
			const words: DOMRect[] = [];
			const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				words.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
			}
			const style = getComputedStyle(control);
			const inset = (side: 'Top' | 'Left') =>
				parseFloat(style[`border${side}Width`]) + parseFloat(style[`padding${side}`]);
			const area =
				words.length > 0
					? {
							x: Math.min(...words.map((rect) => rect.left)),
							y: Math.min(...words.map((rect) => rect.top)),
							right: Math.max(...words.map((rect) => rect.right)),
							bottom: Math.max(...words.map((rect) => rect.bottom))
						}
					: {
							x: box.left + inset('Left'),
							y: box.top + inset('Top'),
							right: box.right - inset('Left'),
							bottom: box.bottom - inset('Top')
						};
			// Only what shows: inside the viewport and any scrolling box (the results list).
			let top = Math.max(0, area.y);
			let bottom = Math.min(innerHeight, area.bottom);
			for (let box = control.parentElement; box; box = box.parentElement) {
				if (getComputedStyle(box).overflowY === 'visible') continue;
				const rect = box.getBoundingClientRect();
				top = Math.max(top, rect.top);
				bottom = Math.min(bottom, rect.bottom);
			}
			if (bottom - top < 4) continue;
			found.push({
				what: `${control.tagName.toLowerCase()} "${(control.textContent ?? '').trim().slice(0, 30) || control.getAttribute('aria-label')}"`,
				x: Math.round(area.x),
				y: Math.round(top),
				width: Math.round(area.right - area.x),
				height: Math.round(bottom - top)
			});
		}
		return found;
	});
}

/**
 * The controls whose words (or icon) are one flat colour: in the middle band of the area, the
 * brightest and darkest pixels differ by less than a third of the whole range.
 */
async function illegible(page: Page, panel: Locator): Promise<string[]> {
	const list = await areas(panel);
	expect(list.length, 'controls to check').toBeGreaterThan(0);
	const shot = (await page.screenshot()).toString('base64');
	return page.evaluate(
		async ({ shot, list }) => {
			const bytes = Uint8Array.from(atob(shot), (char) => char.charCodeAt(0));
			const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(image.width, image.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			return list.flatMap((area) => {
				// The middle of the words, where the letters are: a backplate may not reach the
				// edges of the line, whose own background would then pass for ink.
				const { data } = context.getImageData(
					area.x + 2,
					area.y + Math.round(area.height * 0.3),
					Math.max(1, area.width - 4),
					Math.max(1, Math.round(area.height * 0.4))
				);
				let low = 1;
				let high = 0;
				for (let i = 0; i < data.length; i += 4) {
					const light = (0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255;
					low = Math.min(low, light);
					high = Math.max(high, light);
				}
				return high - low < 1 / 3 ? [`${area.what}: one flat colour`] : [];
			});
		},
		{ shot, list }
	);
}

for (const lang of ['en', 'ar'] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`${lang}, forced colours, ${scheme}: the open panels' controls keep their words`, async ({
			page,
			axe
		}) => {
			const search_name = lang === 'en' ? 'Search' : 'بحث';
			const settings_name = lang === 'en' ? 'Settings' : 'الإعدادات';
			await page.setViewportSize({ width: 1024, height: 1200 });
			await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
			await page.goto(`/${lang}/`);

			const search = page.getByRole('button', { name: search_name, exact: true });
			await search.click();
			const search_panel = page.locator('#document-search');
			await search_panel.getByRole('searchbox').fill(lang === 'en' ? 'access' : 'الوصول');
			await expect(search_panel.getByRole('listitem').first()).toBeVisible();
			await expect(search).toHaveAttribute('aria-expanded', 'true');
			expect(await illegible(page, page.locator('.search-button, #document-search'))).toEqual([]);
			await axe(`/${lang}/ forced colours ${scheme}, search open`);
			await page.keyboard.press('Escape');
			await expect(search_panel).toHaveCount(0);

			const settings = page.getByRole('button', { name: settings_name, exact: true });
			await settings.click();
			await expect(settings).toHaveAttribute('aria-expanded', 'true');
			const settings_panel = page.locator('#reading-settings');
			await expect(settings_panel).toBeVisible();
			expect(await illegible(page, page.locator('.settings-button, #reading-settings'))).toEqual(
				[]
			);
			// Focused, the open button keeps its words and shows its focus.
			await settings.focus();
			expect(await illegible(page, page.locator('.settings-button'))).toEqual([]);
			await axe(`/${lang}/ forced colours ${scheme}, settings open`);
		});
	}
}
