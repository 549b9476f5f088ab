import type { Page } from '@playwright/test';
import { install_fake_speech } from './fake-speech';
import { covered, expect, LANGS, paragraph_at_top, test } from './fixtures';

/** The three screens of the audit: 400 % zoom, 200 % zoom, a phone. */
const SCREENS = [
	{ width: 320, height: 256 },
	{ width: 640, height: 400 },
	{ width: 360, height: 740 }
] as const;

const READING = 'igf-reader:position';
const LISTENING = 'igf-reader:listening';

/** What the page's live regions say now (the route announcer's too), the empty ones left out. */
function announced(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('[role="status"], [aria-live]')]
			.map((region) => (region.textContent ?? '').replace(/\s+/g, ' ').trim())
			.filter((text) => text !== '')
	);
}

/** Scrolls paragraph `n` to the top, as reading does, and waits until it is saved. */
async function read_to(page: Page, n: number): Promise<void> {
	await page.locator(`#p${n}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await expect.poll(() => paragraph_at_top(page)).toBe(n);
	await expect
		.poll(() => page.evaluate((key) => localStorage.getItem(key), READING))
		.toContain(`"paragraph":${n}`);
}

/** Lets the page finish what it does once it has painted (two frames, then a task). */
const settle = (page: Page) =>
	page.evaluate(
		() =>
			new Promise((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))
			)
	);

const toggle = (page: Page) => page.locator('.player .toggle');

test.describe('the player and the offers leave the text three quarters of the screen', () => {
	for (const screen of SCREENS) {
		test(`${screen.width}×${screen.height}: listening, its settings, and a return`, async ({
			page,
			axe
		}) => {
			await page.setViewportSize(screen);
			await install_fake_speech(page, { auto: false });
			await page.goto('/en/');
			await expect(page.getByTestId('tts-play')).toBeEnabled();
			await read_to(page, 20);
			// Listening from the paragraph at the top of the screen (the Listen button is above).
			await page.keyboard.press('Alt+Shift+KeyP');
			await expect(page.locator('.player .where')).toContainText('Paragraph 20 of 71');
			expect(await covered(page), 'the player, reading').toBeLessThanOrEqual(0.25);

			// Every control can be reached, whatever the screen: compact, it opens fully.
			if ((await toggle(page).getAttribute('aria-expanded')) === 'false') {
				await toggle(page).click();
				await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
			}
			expect(await covered(page), 'the player, all controls').toBeLessThanOrEqual(0.25);
			await page.locator('.player .more > summary').click();
			const speed = page.locator('.player').getByRole('combobox', { name: 'Speed' });
			await speed.focus();
			await expect(speed).toBeInViewport();
			expect(await covered(page), 'the player, speed and voice').toBeLessThanOrEqual(0.25);
			await axe(`/en/ ${screen.width}×${screen.height}, the player with all its controls`);

			await page.getByTestId('tts-pause').click();
			await page.locator('.player .more > summary').click();
			await read_to(page, 40);

			// Back later, at the top: one offer (the player's, where listening was), said once.
			await page.goto('/en/');
			const where = page.locator('.player .where');
			await expect(where).toHaveText('Continue listening from paragraph 20');
			await settle(page);
			await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
			await expect(page.locator('.resume-offer')).toHaveCount(0);
			expect(await announced(page)).toEqual(['Continue listening from paragraph 20']);
			expect(await covered(page), 'the player, reopened').toBeLessThanOrEqual(0.25);
			await axe(`/en/ ${screen.width}×${screen.height}, the player reopened`);
		});
	}

	for (const lang of LANGS) {
		test(`${lang} at 400 %: the offer to continue, or the player in its place`, async ({
			page
		}) => {
			await page.setViewportSize(SCREENS[0]);
			await page.addInitScript(
				([key, lang]) =>
					localStorage.setItem(key, JSON.stringify({ version: 1, lang, paragraph: 40 })),
				[READING, lang] as const
			);
			await page.goto(`/${lang}/`);
			const offer = page.locator('.resume-offer');
			await expect(offer).toBeVisible();
			expect(await covered(page), 'the offer to continue reading').toBeLessThanOrEqual(0.25);

			await install_fake_speech(page, { auto: false });
			await page.addInitScript(
				([key, lang]) =>
					localStorage.setItem(
						key,
						JSON.stringify({ version: 1, lang, paragraph: 23, heading: false, utterance: 0 })
					),
				[LISTENING, lang] as const
			);
			await page.goto(`/${lang}/`);
			await expect(page.locator('.player .where')).toContainText('23');
			await settle(page);
			await expect(offer).toHaveCount(0);
			expect(await covered(page), 'the player, reopened').toBeLessThanOrEqual(0.25);
		});
	}

	test('at 400 %, Settings opened with the player docked is whole, control by control', async ({
		page,
		axe
	}) => {
		await page.setViewportSize(SCREENS[0]);
		await install_fake_speech(page, { auto: false });
		await page.addInitScript(
			(key) =>
				localStorage.setItem(
					key,
					JSON.stringify({ version: 1, lang: 'ar', paragraph: 30, heading: false, utterance: 0 })
				),
			LISTENING
		);
		await page.goto('/ar/');
		await expect(page.locator('.player .where')).toContainText('30');
		const settings = page.getByRole('button', { name: 'الإعدادات' });
		await settings.click();
		const panel = page.locator('#reading-settings');
		await expect(panel).toBeVisible();
		expect(await covered(page), 'the player, Settings open').toBeLessThanOrEqual(0.25);
		let reached = 0;
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const place = await page.evaluate(() => {
				const focused = document.activeElement!;
				if (!focused.closest('#reading-settings')) return undefined;
				const box = focused.getBoundingClientRect();
				// The top of what is docked at the bottom: the player, or an offer above it.
				const dock = Math.min(
					...[...document.querySelectorAll('.player, .docked-notice > *')].map(
						(element) => element.getBoundingClientRect().top
					)
				);
				return { top: box.top, bottom: box.bottom, dock };
			});
			if (!place) break;
			reached += 1;
			expect(
				place.top,
				`Tab ${i + 1}: the focused control is above the screen`
			).toBeGreaterThanOrEqual(0);
			expect(
				place.bottom,
				`Tab ${i + 1}: the focused control is under the player`
			).toBeLessThanOrEqual(place.dock);
		}
		expect(reached, 'the panel has controls to reach').toBeGreaterThan(5);
		await axe('/ar/ at 400 % with the player docked and Settings open');
	});

	test('no offer for where the reader already is', async ({ page }) => {
		await page.goto('/fr/');
		await read_to(page, 30);
		// The browser brings the reader back to paragraph 30 itself.
		await page.reload();
		await expect.poll(() => paragraph_at_top(page)).toBe(30);
		await settle(page);
		await expect(page.locator('.resume-offer')).toHaveCount(0);
		// Elsewhere, it is offered: the offer works, it only kept quiet.
		await page.evaluate(() => scrollTo(0, 0));
		await page.goto('/fr/');
		await expect(page.locator('.resume-offer')).toBeVisible();
	});
});
