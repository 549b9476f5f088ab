import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { install_fake_speech, type FakeSpeechOptions } from './fake-speech';
import { assertive_regions, covered, expect, test } from './fixtures';
import { said } from './spoken';

/** Characters a second at 1× before any speech is heard (see `src/lib/speech/time-left.ts`). */
const PACE = { en: 15, zh: 4.5, ar: 12 } as const;
type Lang = keyof typeof PACE;

const player_strings = (lang: Lang) =>
	JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8')).player;

async function open(page: Page, path: string, options: FakeSpeechOptions = {}): Promise<void> {
	await install_fake_speech(page, { auto: false, ...options });
	await page.goto(path);
	await expect(page.getByTestId('tts-play')).toBeEnabled();
}

const speaks = (page: Page) =>
	page.evaluate(
		() =>
			window.__speech.log.filter((entry) => entry.source === 'call' && entry.event === 'speak')
				.length
	);

/** The voice finishes the utterance it is reading, and the player reads on to the next one. */
async function read_on(page: Page, utterances: number, wait_ms = 0): Promise<void> {
	for (let i = 0; i < utterances; i++) {
		const before = await speaks(page);
		if (wait_ms) await page.waitForTimeout(wait_ms);
		await page.evaluate(() => window.__speech.finish_current());
		await expect.poll(() => speaks(page)).toBe(before + 1);
	}
}

const line = (page: Page) => page.locator('.player .time-left');
const live = (page: Page) => page.locator('.player [aria-live]');

/** The two durations of the line shown, in minutes (0: under one minute). */
async function minutes(page: Page, lang: Lang): Promise<{ section: number; total: number }> {
	const text = (await line(page).textContent())!.replace(player_strings(lang).under_a_minute, '0');
	const numbers = [...text.matchAll(/\d+/g)].map((match) => Number(match[0]));
	expect(numbers, text).toHaveLength(2);
	return { section: numbers[0], total: numbers[1] };
}

/** Everything the live region has said since this was called, in order. */
async function record_announcements(page: Page): Promise<void> {
	await page.evaluate(() => {
		const region = document.querySelector('.player [aria-live]')!;
		const heard: string[] = [];
		(window as unknown as { __heard: string[] }).__heard = heard;
		new MutationObserver(() => {
			const text = (region.textContent ?? '').trim();
			if (text) heard.push(text);
		}).observe(region, { childList: true, characterData: true, subtree: true });
	});
}

const announcements = (page: Page) =>
	page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);

/**
 * What the voice is given from paragraph 1 (the first section) and from the start of everything,
 * in characters: headings and paragraphs, acronyms as they are said.
 */
async function characters(page: Page, lang: Lang): Promise<{ section: number; total: number }> {
	const items = await page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'[data-summary-host] section > h2, [data-summary-host] [data-paragraph-number]'
			)
		].map((element) => {
			const copy = element.cloneNode(true) as HTMLElement;
			copy.querySelector('.pnum')?.remove();
			return {
				text: copy.textContent ?? '',
				first: element.closest('section') === document.querySelector('#p1')!.closest('section')
			};
		})
	);
	const lengths = items.map((item) => ({ ...item, length: said(item.text, lang).length }));
	return {
		section: lengths.filter((item) => item.first).reduce((sum, item) => sum + item.length, 0),
		total: lengths.reduce((sum, item) => sum + item.length, 0)
	};
}

test.describe('time left', () => {
	for (const lang of ['en', 'zh', 'ar'] as const) {
		test(`${lang}: asked, it is the text still to read at the language’s pace`, async ({
			page,
			axe
		}) => {
			await open(page, `/${lang}/`);
			await page.getByTestId('tts-play').click();
			await expect(page.getByTestId('tts-pause')).toBeVisible();
			await expect(line(page)).toHaveCount(0);
			await page.getByRole('button', { name: player_strings(lang).time_left }).click();
			await expect(line(page)).toBeVisible();
			// In minutes, as characters at the pace of the language's script (Chinese is read a
			// character, a syllable, at a time; Latin and Arabic letters go much faster).
			const expected = await characters(page, lang);
			const shown = await minutes(page, lang);
			const pace = PACE[lang] * 60;
			expect(Math.abs(shown.total - expected.total / pace)).toBeLessThanOrEqual(1);
			expect(Math.abs(shown.section - expected.section / pace)).toBeLessThanOrEqual(1);
			expect(shown.total).toBeGreaterThan(shown.section);
			await axe(`/${lang}/ the player, time left shown`);
		});
	}

	test('announced politely once when asked, never as the voice reads on; it falls as reading goes', async ({
		page,
		axe
	}) => {
		await open(page, '/en/');
		// The start of the longest section, so that reading on stays in it.
		await page.locator('#p26 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Listen from here (Paragraph 26)' }).click();
		await expect(page.locator('#p26 [data-speaking]')).toHaveCount(1);
		await record_announcements(page);
		const ask = page.getByRole('button', { name: 'Time left' });
		await ask.click();
		await expect(line(page)).toHaveText(
			/^Estimated time left: \d+ min in this section · \d+ min in all$/
		);
		const first = (await line(page).textContent())!;
		await expect(live(page)).toHaveText(first);
		await expect(live(page)).toHaveAttribute('aria-live', 'polite');
		expect(await assertive_regions(page)).not.toContain(first);
		expect(await announcements(page)).toEqual([first]);
		const before = await minutes(page, 'en');

		// The voice reads on by itself, sentence after sentence: the line follows, silently.
		await read_on(page, 25);
		expect(await page.locator('[data-speaking]').evaluate((el) => el.closest('section')!.id)).toBe(
			'ig4d'
		);
		const after = await minutes(page, 'en');
		expect(after.total).toBeLessThan(before.total);
		expect(after.section).toBeLessThan(before.section);
		expect(await announcements(page)).toEqual([first]);
		await axe('/en/ the player, time left after reading on');

		// Asked again, said again, with what is left now (the same answer twice is said twice).
		await ask.click();
		const now = (await line(page).textContent())!;
		await expect.poll(() => announcements(page)).toEqual([first, now]);
		await ask.click();
		await expect.poll(() => announcements(page)).toEqual([first, now, now]);
	});

	test('at a higher speed, less time; at a lower one, more', async ({ page }) => {
		await open(page, '/en/');
		await page.getByTestId('tts-play').click();
		await page.getByRole('button', { name: 'Time left' }).click();
		const normal = await minutes(page, 'en');
		await page.getByText('Speed · Voice').click();
		await page.getByLabel('Speed').selectOption('2');
		await expect.poll(async () => (await minutes(page, 'en')).total).toBeLessThan(normal.total);
		let fast = await minutes(page, 'en');
		expect(Math.abs(fast.total - normal.total / 2)).toBeLessThanOrEqual(1);
		await page.getByLabel('Speed').selectOption('0.75');
		await expect.poll(async () => (await minutes(page, 'en')).total).toBeGreaterThan(normal.total);
		fast = await minutes(page, 'en');
		expect(Math.abs(fast.total - normal.total / 0.75)).toBeLessThanOrEqual(1);
	});

	test('corrected from the speech heard: a fast voice leaves less time', async ({ page }) => {
		await open(page, '/en/');
		await page.getByTestId('tts-play').click();
		await page.getByRole('button', { name: 'Time left' }).click();
		const estimated = await minutes(page, 'en');
		// Each utterance takes 0.2 s to say: far faster than the default pace (twice it, at most,
		// is believed).
		await read_on(page, 6, 200);
		await page.getByText('Speed · Voice').click();
		await page.getByRole('button', { name: 'From the top' }).click();
		await expect(page.locator('#p1 [data-speaking]')).toHaveCount(1);
		const heard = await minutes(page, 'en');
		expect(heard.total).toBeLessThan(estimated.total * 0.7);
		expect(heard.total).toBeGreaterThanOrEqual(Math.floor(estimated.total / 2));
	});

	test('ar at 400 %: from the compact player, under All controls, and within its height', async ({
		page,
		axe
	}) => {
		await page.setViewportSize({ width: 320, height: 256 });
		await open(page, '/ar/');
		await page.getByTestId('tts-play').click();
		const toggle = page.locator('.player .toggle');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		// The one-row player keeps its four: the time left is with all the controls.
		await expect(page.getByRole('button', { name: 'الوقت المتبقي' })).toHaveCount(0);
		await toggle.click();
		await page.getByRole('button', { name: 'الوقت المتبقي' }).click();
		await expect(line(page)).toContainText('في المجموع');
		await line(page).scrollIntoViewIfNeeded();
		await expect(line(page)).toBeInViewport();
		await expect(live(page)).toHaveText((await line(page).textContent())!);
		expect(await covered(page), 'the player, time left shown').toBeLessThanOrEqual(0.25);
		await axe('/ar/ at 400 %, the player with the time left');
		await page.emulateMedia({ colorScheme: 'dark' });
		await axe('/ar/ at 400 %, dark, the player with the time left');
	});
});
