import type { Page } from '@playwright/test';
import { install_fake_speech, type FakeSpeechOptions, type SpeechLogEntry } from './fake-speech';
import { expect, test } from './fixtures';
import { said } from './spoken';

async function spoken(page: Page): Promise<SpeechLogEntry[]> {
	return page.evaluate(() =>
		window.__speech.log.filter((entry) => entry.source === 'call' && entry.event === 'speak')
	);
}

const where = (page: Page) => page.locator('.player .where');
const live = (page: Page) => page.locator('.player [aria-live="polite"]');

/** Records the Media Session's action handlers, so a test can press the lock screen's buttons. */
function record_media_handlers() {
	const handlers: Record<string, (() => void) | null> = {};
	(window as unknown as { __media: typeof handlers }).__media = handlers;
	const session = navigator.mediaSession;
	const original = session.setActionHandler.bind(session);
	session.setActionHandler = (action, handler) => {
		handlers[action] = handler as (() => void) | null;
		original(action, handler);
	};
}

const press = (page: Page, action: string) =>
	page.evaluate((name) => {
		const handlers = (window as unknown as { __media: Record<string, () => void> }).__media;
		handlers[name]();
	}, action);

async function open(page: Page, path: string, options: FakeSpeechOptions = {}): Promise<void> {
	await install_fake_speech(page, { auto: false, ...options });
	await page.goto(path);
	await expect(page.getByTestId('tts-play')).toBeEnabled();
}

test.describe('listening on the go', () => {
	test('the lock screen shows the title, section and icon, and its buttons drive the player', async ({
		page
	}) => {
		await page.addInitScript(record_media_handlers);
		const audio: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/audio/')) audio.push(request.url());
		});
		await open(page, '/en/');
		expect(audio, 'the silent loop is fetched only when listening starts').toEqual([]);

		// Inside the paragraph's disclosure: opened first.
		await page.locator('#p9 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Listen from here (Paragraph 9)' }).click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await expect.poll(() => audio.length).toBeGreaterThan(0);
		const metadata = await page.evaluate(() => {
			const data = navigator.mediaSession.metadata!;
			return {
				title: data.title,
				artist: data.artist,
				album: data.album,
				artwork: data.artwork.map((image) => image.src)
			};
		});
		expect(metadata.title).toBe("Chair's Summary");
		expect(metadata.artist).toBe('Opening Ceremony');
		expect(metadata.album).toBe("IGF 2011 Chair's Summary");
		expect(metadata.artwork.some((src) => src.endsWith('/icons/icon-512.png'))).toBe(true);
		expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing');

		await press(page, 'pause');
		await expect(page.getByTestId('tts-play')).toHaveAccessibleName('Resume');
		expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused');
		await press(page, 'play');
		await expect(page.getByTestId('tts-pause')).toBeVisible();
		const count = (await spoken(page)).length;
		await press(page, 'nexttrack');
		await expect.poll(async () => (await spoken(page)).length).toBe(count + 1);
		await press(page, 'previoustrack');
		await expect.poll(async () => (await spoken(page)).length).toBe(count + 2);
		await press(page, 'seekforward');
		await expect(where(page)).toContainText('Paragraph 10 of 71');
		await press(page, 'seekbackward');
		await expect(where(page)).toContainText('Paragraph 9 of 71');
		await press(page, 'stop');
		await expect(page.locator('[data-speaking]')).toHaveCount(0);
		expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('none');
	});

	test('progress through the summary and the section, as text', async ({ page }) => {
		await open(page, '/en/');
		// Inside the paragraph's disclosure: opened first.
		await page.locator('#p12 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Listen from here (Paragraph 12)' }).click();
		// Opening Ceremony is paragraphs 9 to 16: the fourth of eight.
		await expect(where(page)).toHaveText('Paragraph 12 of 71 · this section: 4 of 8');
		const bars = await page
			.locator('.player progress')
			.evaluateAll((list) =>
				list.map(
					(bar) => `${(bar as HTMLProgressElement).value}/${(bar as HTMLProgressElement).max}`
				)
			);
		expect(bars).toEqual(['12/71', '4/8']);
	});

	for (const minutes of [5, 15, 30]) {
		test(`the ${minutes}-minute sleep timer shows the time left, then pauses and says so once`, async ({
			page
		}) => {
			await page.clock.install();
			await open(page, '/en/');
			await page.getByTestId('tts-play').click();
			await expect(page.getByTestId('tts-pause')).toBeVisible();
			await page.getByText('Speed · Voice').click();
			await page.getByLabel('Sleep timer').selectOption(String(minutes));
			const timer = page.locator('.player .timer');
			await expect(timer).toHaveText(`Sleep timer: ${minutes}:00 left`);
			// Minutes of listening: the voice reads on, one utterance every 8 seconds.
			const listen = async (ms: number) => {
				for (let t = 0; t < ms; t += 8_000) {
					await page.clock.fastForward(Math.min(8_000, ms - t));
					await page.evaluate(() => window.__speech.finish_current());
				}
			};
			await listen((minutes - 1) * 60_000);
			// The page's clock also runs on by itself meanwhile: a few seconds at most.
			await expect(timer).toHaveText(/^Sleep timer: (1:00|0:[4-5]\d) left$/);
			await expect(page.getByTestId('tts-pause')).toBeVisible();
			await listen(61_000);
			await expect(page.getByTestId('tts-play')).toHaveAccessibleName('Resume');
			const at = (await where(page).textContent())!.match(/^Paragraph (\d+) of 71/)![1];
			await expect(live(page)).toHaveText(`Sleep timer: reading paused at paragraph ${at}.`);
			await expect(timer).toHaveCount(0);
			expect(await page.evaluate(() => window.__speech.speaking)).toBe(false);
		});
	}

	test('the “end of this section” timer pauses before the next section begins', async ({
		page,
		axe
	}) => {
		await open(page, '/ar/');
		await page.locator('#p8 + .para-actions summary').click();
		await page.getByRole('button', { name: 'الاستماع من هنا (الفقرة 8)' }).click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await page.getByText('السرعة · الصوت').click();
		await page.getByLabel('مؤقّت النوم').selectOption('section');
		await expect(page.locator('.player .timer')).toBeVisible();
		await axe('/ar/ player with a sleep timer');
		const heading = (await page.locator('#opening-ceremony-heading').innerText()).trim();
		// Paragraph 8 read to its end, utterance by utterance.
		for (let i = 0; i < 10 && (await page.getByTestId('tts-pause').count()) > 0; i++) {
			await page.evaluate(() => window.__speech.finish_current());
			await page.waitForTimeout(50);
		}
		await expect(page.getByTestId('tts-play')).toBeVisible();
		const texts = (await spoken(page)).map((entry) => entry.text!.trim());
		expect(texts).not.toContain(heading);
		expect(texts.every((text) => !text.includes(heading))).toBe(true);
		await expect(page.locator('.player .timer')).toHaveCount(0);
	});

	test('after a reload the player is where listening was, silent, and continues from there', async ({
		page,
		axe
	}) => {
		await open(page, '/en/');
		// Inside the paragraph's disclosure: opened first.
		await page.locator('#p37 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Listen from here (Paragraph 37)' }).click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await page.evaluate(() => window.__speech.finish_current());
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		const second = (await spoken(page))[1].text;

		await page.reload();
		await expect(where(page)).toHaveText('Continue listening from paragraph 37');
		await expect(page.getByTestId('tts-play')).toHaveAccessibleName('Resume');
		await page.waitForTimeout(300);
		expect(await spoken(page), 'nothing plays by itself after a reload').toEqual([]);
		await axe('/en/ player reopened where listening was');
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		expect((await spoken(page))[0].text).toBe(second);

		// Stopping on purpose forgets the place (the reopened player is one row: all controls first).
		await page.getByRole('button', { name: 'All controls' }).click();
		await page.getByTestId('tts-stop').click();
		await page.reload();
		await expect(page.getByTestId('tts-play')).toHaveText(/Listen/);
		await expect(page.locator('.player')).toHaveCount(0);
	});

	test('switching language opens the player at the same paragraph, in the new language', async ({
		page
	}) => {
		await open(page, '/en/');
		// Inside the paragraph's disclosure: opened first.
		await page.locator('#p37 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Listen from here (Paragraph 37)' }).click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: 'Français' })
			.click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(where(page)).toHaveText('Continuer l’écoute à partir du paragraphe 37');
		expect(await spoken(page)).toEqual([]);
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		const [first] = await spoken(page);
		expect(first.lang).toMatch(/^fr/);
		const speaking = await page.locator('#p37 [data-speaking]').textContent();
		expect(said(speaking!, 'fr')).toBe(first.text);
	});

	test('an engine error or speech cut off while the page was hidden: stopped, continue from the same utterance', async ({
		page,
		axe
	}) => {
		await open(page, '/ar/');
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		const [first] = await spoken(page);
		await page.evaluate(() => window.__speech.fail_current('synthesis-failed'));
		await expect(where(page)).toContainText('الفقرة 1');
		await expect(page.getByTestId('tts-play')).toBeVisible();
		await axe('/ar/ player interrupted');
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		expect((await spoken(page))[1].text).toBe(first.text);

		// The platform cancels speech while the screen is off; back on the page, the player says so.
		await page.evaluate(() => speechSynthesis.cancel());
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(page.getByTestId('tts-play')).toBeVisible();
		await expect(where(page)).not.toHaveText(/^الفقرة 1 من 71/);
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(3);
		expect((await spoken(page))[2].text).toBe(first.text);
	});

	test('in English, the interrupted player and the timer pass axe', async ({ page, axe }) => {
		await open(page, '/en/');
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await page.getByText('Speed · Voice').click();
		await page.getByLabel('Sleep timer').selectOption('15');
		await axe('/en/ player with a sleep timer');
		await page.evaluate(() => window.__speech.fail_current('synthesis-failed'));
		await expect(where(page)).toContainText('Reading aloud stopped unexpectedly at paragraph 1.');
		await axe('/en/ player interrupted');
	});
});
