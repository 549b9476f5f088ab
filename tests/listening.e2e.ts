import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { install_fake_speech, type FakeSpeechOptions, type SpeechLogEntry } from './fake-speech';
import { covered, expect, LANGS, paragraph_at_top, test } from './fixtures';
import { said } from './spoken';

/** What the page asked the engine to say, in order. */
async function spoken(page: Page): Promise<SpeechLogEntry[]> {
	return page.evaluate(() =>
		window.__speech.log.filter((entry) => entry.source === 'call' && entry.event === 'speak')
	);
}

/** The player's "Paragraph 12 of 71" line (or its error). */
const where = (page: Page) => page.locator('.player .where');

async function open(page: Page, path: string, options: FakeSpeechOptions = {}): Promise<void> {
	await install_fake_speech(page, options);
	await page.goto(path);
	await expect(page.getByTestId('tts-play')).toBeEnabled();
}

/** The text of an element without its paragraph number, spaces collapsed. */
const text_of = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const copy = element.cloneNode(true) as HTMLElement;
		copy.querySelector('.pnum')?.remove();
		return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
	});

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

test.describe('listening', () => {
	test('with the player docked, what the keyboard focuses is never under it', async ({
		page,
		axe
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await open(page, '/fr/');
		await page.getByTestId('tts-play').click();
		await page.getByTestId('tts-pause').click();
		const dock = page.locator('.player');
		await expect(dock).toBeVisible();
		// Tab from the top through the text: each focused control stays above the docked player.
		await page.locator('#p2 + .para-actions summary').focus();
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const overlap = await page.evaluate(() => {
				const focused = document.activeElement!;
				if (focused.closest('.player')) return 0;
				const dock_top = document.querySelector('.player')!.getBoundingClientRect().top;
				return Math.max(0, focused.getBoundingClientRect().bottom - dock_top);
			});
			expect(overlap, `Tab ${i + 1}: the focused control is covered by the player`).toBe(0);
		}
		await axe('/fr/ with the player docked, keyboard in the text');
	});

	test('nothing plays by itself; Listen reads paragraph 1 in short English utterances, highlighted', async ({
		page,
		axe
	}) => {
		await open(page, '/en/');
		const before = await text_of(page, '#p1');
		await page.waitForTimeout(300);
		expect(await spoken(page), 'no speech before the reader asks').toEqual([]);

		await page.evaluate(() => (window.__speech.auto = false));
		await page.getByTestId('tts-play').click();
		const pause = page.getByTestId('tts-pause');
		await expect(pause).toBeVisible();
		await expect(pause).toBeFocused();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		const [first] = await spoken(page);
		// The voice gets acronyms as they are said ("I G F"); the page keeps them as written.
		expect(squash(said(before, 'en')).startsWith(squash(first.text!))).toBe(true);
		expect(first.lang).toMatch(/^en(-|_|$)/);
		expect(first.voice_lang).toMatch(/^en/);
		// Local voices first: they keep working offline.
		const voice = await page.evaluate(
			(name) => window.__speech.voices.find((candidate) => candidate.name === name),
			first.voice
		);
		expect(voice?.localService).toBe(true);

		const speaking = page.locator('[data-speaking]');
		await expect(speaking).toHaveCount(1);
		expect(said((await page.locator('#p1 [data-speaking]').textContent())!, 'en')).toBe(first.text);
		expect(await text_of(page, '#p1'), 'the paragraph’s text is unchanged').toBe(before);
		await expect(where(page)).toHaveText(/^Paragraph 1 of 71 · /);

		// Words are highlighted when the voice reports them.
		await page.evaluate(() => window.__speech.next_boundary());
		await expect.poll(() => page.evaluate(() => CSS.highlights.has('speaking-word'))).toBe(true);
		// …and the highlight has a style (added by script, not in the page's CSS).
		const styled = await page.evaluate(() =>
			document.adoptedStyleSheets.some((sheet) =>
				[...sheet.cssRules].some((rule) =>
					(rule as CSSStyleRule).selectorText?.includes('::highlight(speaking-word)')
				)
			)
		);
		expect(styled).toBe(true);
		await axe('/en/ reading aloud');

		// Chained from `end`: finishing one utterance starts the next.
		await page.evaluate(() => window.__speech.finish_current());
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		const texts = (await spoken(page)).map((entry) => squash(entry.text!));
		expect(before.startsWith(texts.join(' ')), texts.join(' | ')).toBe(true);
		await expect(page.locator('#p1 [data-speaking]')).toHaveText(texts[1]);
	});

	test('utterances stay short, carry the language and voice, and go on across a section', async ({
		page
	}) => {
		await open(page, '/en/');
		// As the voice gets them: acronyms as they are said.
		const p8 = squash(said(await text_of(page, '#p8'), 'en'));
		const heading = squash(said(await page.locator('#opening-ceremony-heading').innerText(), 'en'));
		const p9 = squash(said(await text_of(page, '#p9'), 'en'));
		// Inside the paragraph's disclosure: opened first.
		await page.locator('#p8 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Listen from here (Paragraph 8)' }).click();
		await expect(page.getByTestId('tts-pause')).toBeVisible();
		// Reads on by itself, from each `end`, until well into paragraph 9.
		await expect
			.poll(async () => (await spoken(page)).map((entry) => squash(entry.text!)).join(' '), {
				timeout: 20_000
			})
			.toContain(p9.slice(0, 60));
		await page.getByTestId('tts-stop').click();
		const log = await spoken(page);
		for (const entry of log) {
			expect(entry.text!.length, entry.text).toBeLessThanOrEqual(200);
			expect(entry.lang).toMatch(/^en/);
			expect(entry.voice).toBeTruthy();
		}
		const texts = log.map((entry) => squash(entry.text!));
		const heading_at = texts.indexOf(heading);
		expect(heading_at).toBeGreaterThan(0);
		expect(texts.slice(0, heading_at).join(' ')).toBe(p8);
		expect(p9.startsWith(texts[heading_at + 1])).toBe(true);
		// The longest English sentences are cut: no utterance of paragraph 8 is a whole paragraph.
		expect(heading_at).toBeGreaterThan(1);
		await expect(page.locator('[data-speaking]')).toHaveCount(0);
	});

	test('pause on Android cancels and remembers; resume says the same utterance again', async ({
		page
	}) => {
		await open(page, '/fr/', { profile: 'android', auto: false });
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await page.evaluate(() => window.__speech.finish_current());
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		const [, second] = await spoken(page);
		// Android's odd tags: fr_FR is French, and both the voice and the language are set.
		expect(second.voice_lang).toBe('fr_FR');
		expect(second.lang).toMatch(/^fr/);

		await page.getByTestId('tts-pause').click();
		const resume = page.getByTestId('tts-play');
		await expect(resume).toHaveAccessibleName('Reprendre');
		const calls = await page.evaluate(() =>
			window.__speech.log.filter((entry) => entry.source === 'call').map((entry) => entry.event)
		);
		expect(calls).not.toContain('pause');
		expect(calls.at(-1)).toBe('cancel');
		expect(await page.evaluate(() => window.__speech.speaking)).toBe(false);

		await resume.click();
		await expect.poll(async () => (await spoken(page)).length).toBe(3);
		expect((await spoken(page))[2].text).toBe(second.text);
		expect(said((await page.locator('[data-speaking]').textContent())!, 'fr')).toBe(second.text);
	});

	test('next and previous sentence and paragraph, and stop', async ({ page }) => {
		await open(page, '/es/', { auto: false });
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		const last = async () => (await spoken(page)).at(-1)!.text!;
		const first = await last();

		await page.getByTestId('tts-next').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		const second = await last();
		expect(second).not.toBe(first);
		await page.getByTestId('tts-prev').click();
		await expect.poll(last).toBe(first);

		await page.getByRole('button', { name: 'Párrafo siguiente' }).click();
		await expect(where(page)).toHaveText(/^Párrafo 2 de 71 · /);
		const p2 = squash(said(await text_of(page, '#p2'), 'es'));
		await expect.poll(async () => p2.startsWith(squash(await last()))).toBe(true);
		await expect(page.locator('#p2 [data-speaking]')).toHaveCount(1);
		await page.getByRole('button', { name: 'Párrafo anterior' }).click();
		await expect(where(page)).toHaveText(/^Párrafo 1 de 71 · /);

		await page.getByTestId('tts-stop').click();
		await expect(page.locator('[data-speaking]')).toHaveCount(0);
		await expect.poll(() => page.evaluate(() => window.__speech.speaking)).toBe(false);
		await expect(page.getByTestId('tts-play')).toBeVisible();
	});

	test('the spoken sentence is followed; scrolled away on purpose, the reader is offered the way back', async ({
		page,
		axe
	}) => {
		await open(page, '/en/', { auto: false });
		// Inside the paragraph's disclosure: opened first (paragraph 39's holds no terms, so the
		// next paragraph is still in view and the voice needs no scroll to follow it).
		await page.locator('#p39 + .para-actions summary').click();
		await page.getByRole('button', { name: 'Listen from here (Paragraph 39)' }).click();
		await expect(page.locator('#p39 [data-speaking]')).toBeInViewport();
		await page.getByRole('button', { name: 'Next paragraph' }).click();
		await expect(page.locator('#p40 [data-speaking]')).toBeInViewport();

		await page.mouse.wheel(0, -4000);
		await expect(page.locator('[data-speaking]')).not.toBeInViewport();
		const back = page.getByRole('button', { name: 'Back to the voice' });
		await expect(back).toBeVisible();
		// The voice reads on, but the page stays where the reader put it.
		await page.evaluate(() => window.__speech.finish_current());
		await expect(page.locator('[data-speaking]')).not.toBeInViewport();
		await axe('/en/ reading aloud, scrolled away');
		await back.click();
		await expect(page.locator('[data-speaking]')).toBeInViewport();
		await expect(back).toHaveCount(0);
	});

	test('speed and voice are chosen per language and remembered', async ({ page }) => {
		await open(page, '/en/', { auto: false });
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await page.getByText('Speed · Voice').click();
		await page.getByLabel('Speed').selectOption('1.5');
		await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);
		const voices = page.getByLabel('Voice');
		const options = await voices.locator('option').allTextContents();
		expect(options.length).toBeGreaterThan(1);
		// Only English voices are offered; online ones are labelled.
		const english = await page.evaluate(() =>
			window.__speech.voices.filter((voice) => /^en/i.test(voice.lang)).map((voice) => voice.name)
		);
		for (const option of options) {
			expect(
				english.some((name) => option.startsWith(name)),
				option
			).toBe(true);
		}
		expect(options.some((option) => option.endsWith('(online)'))).toBe(true);
		await voices.selectOption({ index: 1 });
		const chosen = (await voices.locator('option').nth(1).textContent())!.replace(' (online)', '');
		await expect.poll(async () => (await spoken(page)).at(-1)?.voice).toBe(chosen);

		await page.reload();
		// The player reopens by itself, silent, where listening was. Wait for it: a tap while
		// the Listen button gives way to it can fall between the two (press on one, release on
		// the other), which is no click at all.
		await expect(where(page)).toHaveText('Continue listening from paragraph 1');
		await expect(page.getByTestId('tts-play')).toHaveAccessibleName('Resume');
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		const [again] = await spoken(page);
		expect(again.rate).toBe(1.5);
		expect(again.voice).toBe(chosen);
	});

	test('keyboard shortcuts play, pause and move, but never while typing in a field', async ({
		page
	}) => {
		await open(page, '/en/', { auto: false });
		await page.keyboard.press('Alt+Shift+KeyP');
		await expect(page.getByTestId('tts-pause')).toBeVisible();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		await page.keyboard.press('Alt+Shift+ArrowRight');
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		await page.keyboard.press('Alt+Shift+ArrowDown');
		await expect(where(page)).toHaveText(/^Paragraph 2 of 71 · /);
		// In the speed list, the keys belong to the list.
		await page.getByText('Speed · Voice').click();
		await page.getByLabel('Speed').focus();
		await page.keyboard.press('Alt+Shift+KeyP');
		await expect(page.getByTestId('tts-pause')).toBeVisible();
		await page.locator('#p3 + .para-actions summary').focus();
		await page.keyboard.press('Alt+Shift+KeyP');
		await expect(page.getByTestId('tts-play')).toBeVisible();
		await page.keyboard.press('Alt+Shift+KeyS');
		await expect(page.locator('[data-speaking]')).toHaveCount(0);
	});

	test('a stuck engine stops the player, which continues from the same utterance', async ({
		page
	}) => {
		await page.clock.install();
		await open(page, '/en/', { auto: false });
		await page.evaluate(() => window.__speech.drop_end_event_next());
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
		const [stuck] = await spoken(page);
		await page.clock.fastForward(120_000);
		await expect(where(page)).toHaveText(
			'Reading aloud stopped unexpectedly at paragraph 1. Press Resume to continue from the same sentence.'
		);
		await expect(page.getByTestId('tts-play')).toHaveAccessibleName('Resume');
		await page.getByTestId('tts-play').click();
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		expect((await spoken(page))[1].text).toBe(stuck.text);
	});

	test('the player’s buttons say what they do, in words wherever they fit', async ({
		page,
		axe
	}) => {
		await open(page, '/fr/');
		await page.getByTestId('tts-play').click();
		const controls = page.locator('.player .controls button');
		await expect(controls).toHaveCount(6);
		for (const control of await controls.all()) {
			const label = control.locator('.label');
			await expect(label).toBeVisible();
			// The visible word is the name a voice-control user says (WCAG 2.5.3).
			await expect(control).toHaveAccessibleName((await label.textContent())!);
		}
		await expect(controls.nth(3)).toHaveAccessibleName('Phrase suivante');
		await axe('/fr/ the player with words on its buttons');
		// Too narrow for six words in a row: the icons stay, and so do the names.
		await page.setViewportSize({ width: 360, height: 740 });
		await expect(controls.nth(3).locator('.label')).toBeHidden();
		await expect(controls.nth(3)).toHaveAccessibleName('Phrase suivante');
		await expect(page.getByTestId('tts-pause')).toHaveAccessibleName('Mettre en pause');
	});

	for (const lang of ['zh', 'ar'] as const) {
		test(`${lang} is read with a ${lang} voice, in its own sentences`, async ({ page, axe }) => {
			await open(page, `/${lang}/`, { auto: false });
			await page.getByTestId('tts-play').click();
			await expect.poll(async () => (await spoken(page)).length).toBe(1);
			const [first] = await spoken(page);
			expect(first.lang?.toLowerCase()).toMatch(lang === 'zh' ? /^(zh|cmn)/ : /^ar/);
			expect(first.voice_lang?.toLowerCase()).toMatch(lang === 'zh' ? /^(zh|cmn)/ : /^ar/);
			const p1 = await text_of(page, '#p1');
			expect(squash(said(p1, lang)).startsWith(squash(first.text!))).toBe(true);
			expect(first.text!.length).toBeLessThan(said(p1, lang).length);
			const speaking = await page.locator('#p1 [data-speaking]').textContent();
			expect(said(speaking!, lang)).toBe(first.text);
			await axe(`/${lang}/ reading aloud`);
		});
	}
});

test.describe('without a voice for the language', () => {
	test('Arabic on Android: Listen is disabled, says why and how to add a voice, never speaks', async ({
		page,
		axe
	}) => {
		await install_fake_speech(page, { profile: 'android' });
		await page.goto('/ar/');
		const play = page.getByTestId('tts-play');
		await expect(play).toBeDisabled();
		const message = page.getByTestId('tts-no-voice');
		await expect(message).toContainText('لا يوجد صوت عربي على هذا الجهاز');
		await message.locator('summary').click();
		await expect(message).toContainText('Android');
		await axe('/ar/ without an Arabic voice');
		// Neither a shortcut nor "Listen from here" falls back to another language's voice.
		await page.keyboard.press('Alt+Shift+KeyP');
		await page.locator('#p3 + .para-actions summary').click();
		await page.getByRole('button', { name: 'الاستماع من هنا (الفقرة 3)' }).click();
		await page.waitForTimeout(300);
		expect(await spoken(page)).toEqual([]);
	});

	for (const lang of LANGS) {
		test(`${lang}: every way to start listening says why not, and how to add a voice`, async ({
			page,
			axe
		}) => {
			const ui = JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
			const fill = (template: string, number: number) =>
				template.replace('{{number}}', String(number));
			// At 400 % zoom, where a message has the least room.
			await page.setViewportSize({ width: 320, height: 256 });
			await install_fake_speech(page, { voices: [] });
			await page.goto(`/${lang}/`);
			const listen = page.getByTestId('tts-play');
			const notice = page.locator('.no-voice-notice');
			await expect(listen).toHaveAttribute('aria-disabled', 'true');

			// Still in the Tab order, and pressed, it answers.
			await page.locator('.site-name a').focus();
			for (let i = 0; i < 30 && !(await listen.evaluate((b) => b === document.activeElement)); i++)
				await page.keyboard.press('Tab');
			await expect(listen).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(notice).toContainText(ui.player.no_voice_short);
			await expect(page.locator('.docked-notice').filter({ has: notice })).toHaveAttribute(
				'role',
				'status'
			);
			await axe(`/${lang}/ saying there is no voice`);
			await notice.getByRole('button', { name: ui.player.dismiss }).click();
			await expect(notice).toHaveCount(0);

			// The shortcut, deep in the text.
			await page.locator('#p30').scrollIntoViewIfNeeded();
			await page.keyboard.press('Alt+Shift+KeyP');
			await expect(notice).toContainText(ui.player.no_voice_short);
			await notice.getByRole('button', { name: ui.player.dismiss }).click();

			// "Listen from here", and from the message to the instructions.
			const name = `${ui.player.listen_from_here} (${fill(ui.reader.paragraph, 12)})`;
			await page.locator('#p12 + .para-actions summary').click();
			await page.getByRole('button', { name, exact: true }).click();
			await expect(notice).toContainText(ui.player.no_voice_short);
			expect(await covered(page), 'the message').toBeLessThanOrEqual(0.25);
			await notice
				.getByRole('link', { name: `${ui.player.no_voice_short} ${ui.player.how_to_add}` })
				.click();
			const help = page.getByTestId('tts-no-voice');
			await expect(help).toHaveAttribute('open', '');
			await expect(help.locator('summary')).toBeFocused();
			await expect(help).toContainText(ui.player.add_voice_heading);
			await expect(help).toBeInViewport();
			expect(await spoken(page)).toEqual([]);
		});
	}

	test('a browser that cannot speak at all says so when asked to', async ({ page, axe }) => {
		await page.addInitScript(() => {
			delete (window as { speechSynthesis?: unknown }).speechSynthesis;
		});
		await page.goto('/en/');
		await expect(page.getByTestId('tts-no-voice')).toHaveText(
			'This browser cannot read text aloud.'
		);
		// Playwright does not click what says it is disabled; a reader's press does reach it.
		await page.getByTestId('tts-play').focus();
		await page.keyboard.press('Space');
		await expect(page.locator('.no-voice-notice')).toContainText(
			'This browser cannot read text aloud.'
		);
		await axe('/en/ in a browser that cannot speak, asked to');
	});

	test('a voice installed later enables Listen', async ({ page, axe }) => {
		await install_fake_speech(page, { voices: [] });
		await page.goto('/en/');
		await expect(page.getByTestId('tts-play')).toBeDisabled();
		await expect(page.getByTestId('tts-no-voice').locator('summary')).toHaveText(
			'No English voice on this device.'
		);
		await axe('/en/ without any voice');
		await page.evaluate(() =>
			window.__speech.set_voices([{ name: 'Daniel', lang: 'en-GB', localService: true }])
		);
		await expect(page.getByTestId('tts-play')).toBeEnabled();
		await expect(page.getByTestId('tts-no-voice')).toHaveCount(0);
	});
});

test('the paragraph at the top of the screen is where Listen starts', async ({ page, axe }) => {
	await open(page, '/en/', { auto: false });
	await page.locator('#p30').evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await expect.poll(() => paragraph_at_top(page)).toBe(30);
	await page.keyboard.press('Alt+Shift+KeyP');
	await expect(where(page)).toHaveText(/^Paragraph 30 of 71 · /);
	await expect(page.locator('#p30 [data-speaking]')).toHaveCount(1);
	await axe('/en/ player started mid-page');
});

test('big controls, “From the top”, and announcements only when the reader acts', async ({
	page
}) => {
	await open(page, '/en/');
	await page.evaluate(() => (window.__speech.auto = false));
	// Inside the paragraph's disclosure: opened first.
	await page.locator('#p20 + .para-actions summary').click();
	await page.getByRole('button', { name: 'Listen from here (Paragraph 20)' }).click();
	await expect(where(page)).toHaveText(/^Paragraph 20 of 71 · /);
	for (const control of await page.locator('.player .control').all()) {
		const box = (await control.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
	}
	await page.getByText('Speed · Voice').click();
	await page.getByRole('button', { name: 'From the top' }).click();
	await expect(where(page)).toHaveText(/^Paragraph 1 of 71 · /);
	const live = page.locator('.player [aria-live="polite"]');
	await expect(live).toHaveText('Reading aloud from paragraph 1.');
	// Reading on by itself announces nothing: the voice itself is what is heard.
	await page.evaluate(() => window.__speech.finish_current());
	await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(2);
	await expect(live).toHaveText('Reading aloud from paragraph 1.');
});
