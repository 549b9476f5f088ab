import type { Page } from '@playwright/test';
import { install_fake_speech } from './fake-speech';
import { expect, test, VIEWPORTS } from './fixtures';
import { changed_pixels, decode_png } from './pixels';

const KEY = 'igf-reader:settings';

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Stores settings before the page's first script runs (the early script included). */
async function store_settings(page: Page, settings: Record<string, unknown>): Promise<void> {
	await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [
		KEY,
		JSON.stringify({ version: 1, ...settings })
	] as const);
}

/**
 * Whether line focus dims anything in `box` (CSS pixels in the viewport), as the reader sees it:
 * it does when pixels there change clearly once its veils are hidden (a dimmed glyph moves most of
 * the way to the background; the few pixels that a layer's rasterization shifts by a shade or two
 * do not count). A box must hold text: over the bare background the veil, of the background's own
 * colour, changes nothing.
 */
async function dimmed(page: Page, box: Box): Promise<boolean> {
	const viewport = page.viewportSize()!;
	const x = Math.max(0, Math.floor(box.x));
	const y = Math.max(0, Math.floor(box.y));
	const clip = {
		x,
		y,
		width: Math.min(viewport.width, Math.ceil(box.x + box.width)) - x,
		height: Math.min(viewport.height, Math.ceil(box.y + box.height)) - y
	};
	expect(clip.width > 0 && clip.height > 0, `${JSON.stringify(box)} is on the screen`).toBe(true);
	const shown = await page.screenshot({ clip });
	const veils = (visibility: string) =>
		page.evaluate((visibility) => {
			for (const veil of document.querySelectorAll<HTMLElement>('.line-focus')) {
				veil.style.visibility = visibility;
			}
		}, visibility);
	await veils('hidden');
	const bare = await page.screenshot({ clip });
	await veils('');
	return changed_pixels(decode_png(shown), decode_png(bare), 40) >= 10;
}

/** The focused element with its ring (3 px wide, 2 px away: app.css). */
function focused_box(page: Page): Promise<Box> {
	return page.evaluate(() => {
		const box = document.activeElement!.getBoundingClientRect();
		return { x: box.x - 5, y: box.y - 5, width: box.width + 10, height: box.height + 10 };
	});
}

/** What the keyboard focuses, described for messages. */
const focused_name = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement!;
		return `${element.tagName} ${element.textContent?.trim().slice(0, 40)}`;
	});

/** The first line of paragraph `n`'s text (its number left out), across the paragraph. */
function first_line(page: Page, n: number): Promise<Box> {
	return page.locator(`#p${n}`).evaluate((paragraph) => {
		const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
		let node = walker.nextNode();
		while (node && (node.parentElement!.closest('.pnum') || !node.textContent!.trim())) {
			node = walker.nextNode();
		}
		const range = document.createRange();
		const start = node!.textContent!.search(/\S/);
		range.setStart(node!, start);
		range.setEnd(node!, start + 1);
		const glyph = range.getBoundingClientRect();
		const box = paragraph.getBoundingClientRect();
		return { x: box.x, y: glyph.y, width: box.width, height: glyph.height };
	});
}

/**
 * A stretch of a paragraph's text on the screen at least `lines` of its lines away from `box`,
 * above or below; undefined if none is.
 */
function far_line(page: Page, box: Box, lines: number): Promise<Box | undefined> {
	return page.evaluate(
		({ box, lines }) => {
			const range = document.createRange();
			for (const paragraph of document.querySelectorAll<HTMLElement>('[data-paragraph-number]')) {
				const pitch = parseFloat(getComputedStyle(paragraph).lineHeight);
				range.selectNodeContents(paragraph);
				for (const rect of range.getClientRects()) {
					if (rect.width < 24 || rect.height < pitch / 3) continue;
					if (rect.top < 0 || rect.bottom > innerHeight - 4) continue;
					const gap = Math.max(box.y - rect.bottom, rect.top - (box.y + box.height));
					if (gap > lines * pitch) {
						return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
					}
				}
			}
			return undefined;
		},
		{ box, lines }
	);
}

/** Scrolls paragraph `n`'s first line to the reading line, a third of the way down the screen. */
async function to_reading_line(page: Page, n: number): Promise<Box> {
	const reading = page.viewportSize()!.height / 3;
	const line = await first_line(page, n);
	await page.evaluate(
		(by) => window.scrollBy({ top: by, behavior: 'instant' }),
		line.y + line.height / 2 - reading
	);
	await drawn(page);
	const there = await first_line(page, n);
	expect(Math.abs(there.y + there.height / 2 - reading)).toBeLessThan(2);
	return there;
}

/**
 * The veil is on the page and drawn for what the page shows now: the page has stopped scrolling
 * (the player scrolls to the voice smoothly) and a frame has passed since.
 */
async function drawn(page: Page): Promise<void> {
	await expect(page.locator('.line-focus')).toHaveCount(1);
	const settled = () =>
		page.evaluate(
			() =>
				new Promise<number>((done) =>
					requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY)))
				)
		);
	let before = await settled();
	for (let now = await settled(); now !== before; now = await settled()) before = now;
}

test.describe('line focus', () => {
	test('turned on from the keyboard, it dims all but a band at the reading line; other tabs follow', async ({
		page,
		context,
		axe
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/en/');
		const other = await context.newPage();
		await other.goto('/en/about/');
		// Off by default: not even its code is loaded (its styles come with it, named after it).
		const loaded = () =>
			page.evaluate(() =>
				performance.getEntriesByType('resource').some((entry) => entry.name.includes('line-focus'))
			);
		await expect(page.locator('.line-focus')).toHaveCount(0);
		expect(await loaded()).toBe(false);

		const button = page.getByRole('button', { name: 'Settings', exact: true });
		await button.focus();
		await page.keyboard.press('Enter');
		const panel = page.locator('#reading-settings');
		await expect(panel).toBeVisible();
		const group = panel.getByRole('group', { name: 'Line focus' });
		await expect(group).toHaveAccessibleDescription(
			'Dims the text except for a band of lines, which follows the keyboard focus or the sentence being read aloud.'
		);
		await expect(group.getByRole('radio')).toHaveCount(4);
		await expect(group.getByRole('radio', { name: 'Off' })).toBeChecked();
		// Tab to the group (it comes last), then the arrow keys choose.
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'focus'))
				break;
		}
		await expect(group.getByRole('radio', { name: 'Off' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(group.getByRole('radio', { name: '3 lines' })).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-focus', '3');
		expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!)).toEqual(
			expect.objectContaining({ version: 1, focus: 3 })
		);
		await drawn(page);
		expect(await loaded()).toBe(true);
		// The panel, where the keyboard is, is never dimmed.
		expect(await dimmed(page, (await panel.boundingBox())!)).toBe(false);
		expect(await dimmed(page, await focused_box(page))).toBe(false);
		await axe('/en/ with line focus turned on, panel open');

		// Another tab follows at once.
		await expect(other.locator('html')).toHaveAttribute('data-focus', '3');
		await expect(other.locator('.line-focus')).toHaveCount(1);

		await page.keyboard.press('Escape');
		await expect(button).toBeFocused();
		// No keyboard focus in the text, no voice: the band is at the line a third of the way down
		// the screen, where it stays as the reader scrolls.
		for (const n of [6, 12]) {
			const reading = await to_reading_line(page, n);
			expect(await dimmed(page, reading), `paragraph ${n}'s first line, at the reading line`).toBe(
				false
			);
			const far = await far_line(page, reading, 3);
			expect(far, 'a line well away from the band').toBeDefined();
			expect(await dimmed(page, far!)).toBe(true);
		}

		// The pointer goes through: a dimmed paragraph's disclosure opens at a click.
		const reading = page.viewportSize()!.height / 3;
		const n = await page.evaluate((reading) => {
			const far = [...document.querySelectorAll('.para-actions summary')].find((summary) => {
				const box = summary.getBoundingClientRect();
				return box.top > reading + 120 && box.bottom < innerHeight;
			});
			return far?.closest('.para-actions')?.previousElementSibling?.id;
		}, reading);
		expect(n).toBeTruthy();
		const disclosure = page.locator(`#${n} + .para-actions summary`);
		const target = (await disclosure.boundingBox())!;
		expect(await dimmed(page, target), 'the disclosure, away from the band').toBe(true);
		const hit = await page.evaluate(
			({ x, y }) => document.elementFromPoint(x, y)?.closest('summary') !== null,
			{ x: target.x + 10, y: target.y + target.height / 2 }
		);
		expect(hit, 'the veil takes no pointer event').toBe(true);
		await page.mouse.click(target.x + 10, target.y + target.height / 2);
		await expect(page.locator(`#${n} + .para-actions details`)).toHaveAttribute('open', '');

		// Turned off, the veil goes.
		await button.click();
		await panel.getByRole('radio', { name: 'Off' }).check();
		await expect(page.locator('.line-focus')).toHaveCount(0);
		await expect(other.locator('.line-focus')).toHaveCount(0);
		await expect(page.locator('html')).not.toHaveAttribute('data-focus');
		await other.close();
	});

	test('the band follows the keyboard focus through the text', async ({ page, axe }) => {
		await store_settings(page, { focus: 1 });
		await page.goto('/en/');
		await page.locator('#p2 + .para-actions summary').focus();
		let checked = 0;
		let before: Box | undefined;
		for (let i = 0; i < 8; i++) {
			await page.keyboard.press('Tab');
			await drawn(page);
			const focused = await focused_box(page);
			const name = await focused_name(page);
			expect(await dimmed(page, focused), `${name}: focused, and dimmed`).toBe(false);
			// Where the focus was, unless it is next to where it is now: dimmed.
			if (before && before.y > 0) {
				const distance = Math.max(
					before.y - (focused.y + focused.height),
					focused.y - (before.y + before.height)
				);
				if (distance > 60) {
					expect(await dimmed(page, before), `before ${name}`).toBe(true);
					checked += 1;
				}
			}
			before = await focused_box(page);
		}
		expect(checked, 'focus moved well away from where it was').toBeGreaterThan(3);
		await axe('/en/ with a band of one line around the keyboard focus');
	});

	test('the band follows the sentence read aloud; the focused control and the player stay clear', async ({
		page,
		axe
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await store_settings(page, { focus: 1 });
		await install_fake_speech(page, { auto: false });
		await page.goto('/en/');
		await expect(page.getByTestId('tts-play')).toBeEnabled();
		await page.getByTestId('tts-play').click();
		await expect(page.getByTestId('tts-pause')).toBeFocused();
		const speaking = page.locator('[data-speaking]');
		await expect(speaking).toHaveCount(1);

		/** The sentence being spoken is clear, and lines well away from it are dimmed. */
		const follows = async (state: string) => {
			await drawn(page);
			const sentence = (await speaking.boundingBox())!;
			expect(await dimmed(page, sentence), `${state}: the spoken sentence`).toBe(false);
			const far = await far_line(page, sentence, 2);
			expect(far, `${state}: a line away from the sentence`).toBeDefined();
			expect(await dimmed(page, far!), `${state}: a line away from the sentence`).toBe(true);
			return sentence;
		};
		const first = await follows('first sentence');
		const player = (await page.locator('.player').boundingBox())!;
		expect(await dimmed(page, player), 'the player').toBe(false);

		await page.evaluate(() => window.__speech.finish_current());
		await expect.poll(async () => (await speaking.boundingBox())?.y).not.toBe(first.y);
		const second = await follows('second sentence');
		expect(second.y).toBeGreaterThan(first.y);
		// Where the first sentence began, a line above the second: dimmed now.
		const start = await page.locator('#p1').evaluate((paragraph) => {
			const line = paragraph.querySelector('.utterance')!.getClientRects()[0];
			return { x: line.x, y: line.y, width: line.width, height: line.height };
		});
		expect(start.y + start.height).toBeLessThan(second.y);
		expect(await dimmed(page, start)).toBe(true);
		await axe('/en/ listening with a band of one line');

		// The keyboard goes into the text: the band goes with it…
		await page.locator('#p2 + .para-actions summary').focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		await drawn(page);
		const control = await focused_box(page);
		expect(await dimmed(page, control), 'the focused control').toBe(false);
		const voice = (await speaking.boundingBox())!;
		expect(control.y - (voice.y + voice.height), 'lines between').toBeGreaterThan(60);
		expect(await dimmed(page, voice), 'the sentence, left by the band').toBe(true);
		// …and when the voice moves on, the band follows the voice, and the focused control and its
		// ring stay clear wherever they are.
		await page.evaluate(() => window.__speech.finish_current());
		await expect.poll(async () => (await speaking.boundingBox())?.y).not.toBe(second.y);
		await drawn(page);
		const third = (await speaking.boundingBox())!;
		expect(await dimmed(page, third), 'the new sentence').toBe(false);
		expect(await dimmed(page, await focused_box(page)), 'the focused control').toBe(false);
		await expect(page.locator('#p2 + .para-actions summary')).toBeFocused();
	});

	test('never dims the offer docked at the bottom or the search panel', async ({ page, axe }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await store_settings(page, { focus: 1 });
		await page.addInitScript(() =>
			localStorage.setItem(
				'igf-reader:position',
				JSON.stringify({ version: 1, lang: 'en', paragraph: 37 })
			)
		);
		await page.goto('/en/');
		const offer = page.locator('.docked-notice').filter({ hasText: 'paragraph 37' });
		await expect(offer).toBeVisible();
		await drawn(page);
		const notice = (await offer.boundingBox())!;
		// The text is dimmed down to the offer; the offer is not.
		const text = await page.evaluate((top) => {
			const range = document.createRange();
			range.selectNodeContents(document.getElementById('document')!);
			const above = [...range.getClientRects()].filter(
				(rect) => rect.width > 24 && rect.height > 12 && rect.top > 0 && rect.bottom < top - 2
			);
			const last = above.sort((a, b) => b.bottom - a.bottom)[0];
			return { x: last.x, y: last.y, width: last.width, height: last.height };
		}, notice.y);
		expect(notice.y - (text.y + text.height)).toBeLessThan(100);
		expect(await dimmed(page, text)).toBe(true);
		expect(await dimmed(page, notice), 'the docked offer').toBe(false);
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const search = page.locator('#document-search');
		await expect(search).toBeVisible();
		await drawn(page);
		expect(await dimmed(page, (await search.boundingBox())!), 'the search panel').toBe(false);
		await axe('/en/ with line focus, the offer and the search panel');
	});

	test('is off in print and under forced colours, and never moves by itself', async ({
		page,
		axe
	}) => {
		await store_settings(page, { focus: 3 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/en/');
		const far = (await far_line(page, await to_reading_line(page, 5), 4))!;
		expect(await dimmed(page, far)).toBe(true);
		const veil = page.locator('.line-focus');
		// Nothing animates: the band jumps to where it goes and rides along with the text.
		expect(
			await veil.evaluate((element) => ({
				animations: element.getAnimations().length,
				transition: getComputedStyle(element).transitionDuration
			}))
		).toEqual({ animations: 0, transition: '0s' });

		await page.emulateMedia({ forcedColors: 'active' });
		await expect(veil).toBeHidden();
		expect(await dimmed(page, far), 'under forced colours').toBe(false);
		await axe('/en/ with line focus, under forced colours');

		await page.emulateMedia({ forcedColors: 'none', media: 'print' });
		await expect(veil).toBeHidden();

		await page.emulateMedia({ media: 'screen' });
		await expect(veil).toBeVisible();
		await drawn(page);
		expect(await dimmed(page, far)).toBe(true);
	});

	test('the chosen band is there before the app’s JavaScript, and the band after it', async ({
		page,
		axe
	}) => {
		await store_settings(page, { focus: 5, theme: 'dark' });
		await page.addInitScript(() => {
			requestAnimationFrame(() => {
				(window as { first_frame?: unknown }).first_frame = document.documentElement.dataset.focus;
			});
		});
		await page.route('**/_app/**/*.js', () => {});
		await page.goto('/en/', { waitUntil: 'domcontentloaded' });
		await expect
			.poll(() => page.evaluate(() => (window as { first_frame?: unknown }).first_frame))
			.toBe('5');
		// Without the app nothing is dimmed: the text reads as it is.
		await expect(page.locator('.line-focus')).toHaveCount(0);
		await axe('/en/ with line focus stored, before the app starts');

		await page.unroute('**/_app/**/*.js');
		await page.reload();
		const far = await far_line(page, await to_reading_line(page, 5), 6);
		expect(far).toBeDefined();
		expect(await dimmed(page, far!)).toBe(true);
	});

	for (const lang of ['ar', 'zh'] as const) {
		test(`works in ${lang === 'ar' ? 'Arabic, right to left' : 'Chinese'}: the reading line and the keyboard`, async ({
			page,
			axe
		}) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await store_settings(page, { focus: 3 });
			await page.goto(`/${lang}/`);
			const reading = await to_reading_line(page, 5);
			expect(await dimmed(page, reading), 'the reading line, across the text').toBe(false);
			const far = await far_line(page, reading, 3);
			expect(far).toBeDefined();
			expect(await dimmed(page, far!)).toBe(true);

			await page.locator('#p5 + .para-actions summary').focus();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await drawn(page);
			const focused = await focused_box(page);
			expect(await dimmed(page, focused), await focused_name(page)).toBe(false);
			const away = await far_line(page, focused, 3);
			expect(away).toBeDefined();
			expect(await dimmed(page, away!)).toBe(true);
			await axe(`/${lang}/ with line focus around the keyboard`);
		});
	}

	for (const { state, viewport, settings } of [
		// 1280 × 1024 at 400 %.
		{ state: 'at 400 % zoom', viewport: { width: 320, height: 256 }, settings: { focus: 1 } },
		{
			state: 'with the largest text and spacing',
			viewport: { width: 1280, height: 800 },
			settings: { focus: 3, size: 200, leading: 150, letters: 3, words: 3, paragraphs: 250 }
		}
	]) {
		test(`${state}, the band is at the reading line and around the focus`, async ({
			page,
			axe
		}) => {
			await page.setViewportSize(viewport);
			await store_settings(page, settings);
			await page.goto('/fr/');
			const reading = await to_reading_line(page, 4);
			expect(await dimmed(page, reading), 'the reading line').toBe(false);
			const far = await far_line(page, reading, settings.focus);
			expect(far).toBeDefined();
			expect(await dimmed(page, far!), 'away from the reading line').toBe(true);

			await page.locator('#p3 + .para-actions summary').focus();
			let checked = 0;
			for (let i = 0; i < 4; i++) {
				await page.keyboard.press('Tab');
				await drawn(page);
				const focused = await focused_box(page);
				const name = await focused_name(page);
				expect(await dimmed(page, focused), name).toBe(false);
				const away = await far_line(page, focused, settings.focus);
				if (away) {
					expect(await dimmed(page, away), `away from ${name}`).toBe(true);
					checked += 1;
				}
			}
			expect(checked).toBeGreaterThan(0);
			await axe(`/fr/ ${state}, line focus`);
		});
	}

	test('axe finds nothing in light and dark, at 320 and 1280 px, with line focus on and off', async ({
		page,
		axe
	}) => {
		await page.goto('/en/');
		for (const scheme of ['light', 'dark'] as const) {
			for (const viewport of VIEWPORTS) {
				for (const focus of [0, 3]) {
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme: scheme });
					await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
						KEY,
						JSON.stringify({ version: 1, focus })
					] as const);
					await page.reload();
					if (focus) await drawn(page);
					else await expect(page.locator('.line-focus')).toHaveCount(0);
					await axe(`/en/ ${scheme}, ${viewport.width} px, line focus ${focus || 'off'}`);
				}
			}
		}
	});
});
