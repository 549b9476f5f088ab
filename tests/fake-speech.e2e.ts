import type { Page } from '@playwright/test';
import { install_fake_speech, type FakeSpeechOptions, type SpeechLogEntry } from './fake-speech';
import { expect, test } from './fixtures';

// A self-test of the fake speech synthesis the listening journeys run on: it drives the fake
// directly from the page, with no help from the reader's own player.

async function open(page: Page, options: FakeSpeechOptions) {
	await install_fake_speech(page, options);
	await page.goto('/en/');
	await page.evaluate(() => window.__speech.clear_log());
}

/** What happened to our utterances, as `'id event'` or `'id error:code'`, boundaries left out. */
async function story(page: Page, ids: number[]): Promise<string[]> {
	const log: SpeechLogEntry[] = await page.evaluate(() => window.__speech.log);
	return log
		.filter((entry) => entry.source === 'event' && ids.includes(entry.id ?? -1))
		.filter((entry) => entry.event !== 'boundary')
		.map(
			(entry) => `${entry.id} ${entry.event === 'error' ? `error:${entry.error}` : entry.event}`
		);
}

/** Speaks texts in order and returns their ids. */
async function speak(page: Page, texts: string[], lang = 'en-US'): Promise<number[]> {
	return page.evaluate(
		({ texts, lang }) => {
			const first = window.__speech.log.filter((entry) => entry.event === 'speak').length;
			for (const text of texts) {
				const utterance = new SpeechSynthesisUtterance(text);
				utterance.lang = lang;
				speechSynthesis.speak(utterance);
			}
			return window.__speech.log
				.filter((entry) => entry.event === 'speak')
				.slice(first)
				.map((entry) => entry.id ?? -1);
		},
		{ texts, lang }
	);
}

/** Speaks texts and pauses as soon as the first one starts. */
async function speak_and_pause(page: Page, texts: string[]): Promise<number[]> {
	const started = page.evaluate(() =>
		window.__speech.next('start').then(() => speechSynthesis.pause())
	);
	const ids = await speak(page, texts);
	await started;
	return ids;
}

test.describe('fake speech synthesis', () => {
	test('desktop: voices arrive late, for all six languages', async ({ page, axe }) => {
		await install_fake_speech(page, { profile: 'desktop' });
		// Runs before the page's own scripts, right after the fake.
		await page.addInitScript(() => {
			const seen = { at_start: speechSynthesis.getVoices().length, changed: -1 };
			speechSynthesis.addEventListener('voiceschanged', () => {
				seen.changed = speechSynthesis.getVoices().length;
			});
			Object.assign(window, { __seen: seen });
		});
		await page.goto('/en/');
		await axe('/en/ with the fake speech synthesis');
		const seen = await page.evaluate(
			() => (window as unknown as { __seen: { at_start: number; changed: number } }).__seen
		);
		expect(seen.at_start).toBe(0);
		await expect
			.poll(() => page.evaluate(() => speechSynthesis.getVoices().length))
			.toBeGreaterThan(0);
		const voices = await page.evaluate(() =>
			speechSynthesis.getVoices().map((voice) => ({
				name: voice.name,
				lang: voice.lang,
				uri: voice.voiceURI,
				local: voice.localService,
				is_voice: voice instanceof SpeechSynthesisVoice
			}))
		);
		expect(seen.changed).toBe(voices.length);
		for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
			expect(voices.some((voice) => voice.lang.startsWith(`${lang}-`))).toBe(true);
		}
		expect(voices.some((voice) => !voice.local && voice.name.startsWith('Google'))).toBe(true);
		expect(voices.every((voice) => voice.is_voice && voice.uri === voice.name)).toBe(true);
		// The page cannot make voices of its own.
		const error = await page.evaluate(() => {
			try {
				new SpeechSynthesisUtterance('x').voice = {
					name: 'x',
					lang: 'en'
				} as SpeechSynthesisVoice;
				return '';
			} catch (error) {
				return String(error);
			}
		});
		expect(error).toContain('TypeError');
	});

	test('desktop: a queue spoken in order, with events and word boundaries', async ({
		page,
		axe
	}) => {
		await open(page, { profile: 'desktop' });
		await axe('/en/ with the fake speech synthesis');
		await expect
			.poll(() => page.evaluate(() => speechSynthesis.getVoices().length))
			.toBeGreaterThan(0);
		const seen = await page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const seen: string[] = [];
					const first = new SpeechSynthesisUtterance('One two three.');
					const second = new SpeechSynthesisUtterance('Four five.');
					first.lang = second.lang = 'en-GB';
					first.voice = speechSynthesis.getVoices().find((voice) => voice.lang === 'en-GB') ?? null;
					first.onstart = (event) => {
						seen.push(`property start ${event instanceof SpeechSynthesisEvent}`);
						seen.push(`speaking ${speechSynthesis.speaking} pending ${speechSynthesis.pending}`);
					};
					first.addEventListener('start', () => seen.push('listener start'));
					first.onboundary = (event) =>
						seen.push(`boundary ${event.name} ${event.charIndex} ${event.charLength}`);
					first.onend = (event) =>
						seen.push(`end ${event.utterance === first} ${event.elapsedTime > 0}`);
					second.onstart = () => seen.push('second start');
					second.onend = () => {
						seen.push(`second end, speaking ${speechSynthesis.speaking}`);
						resolve(seen);
					};
					speechSynthesis.speak(first);
					speechSynthesis.speak(second);
					seen.push(`after speak: speaking ${speechSynthesis.speaking}`);
				})
		);
		expect(seen).toEqual([
			'after speak: speaking true',
			'property start true',
			'speaking true pending true',
			'listener start',
			'boundary word 0 3',
			'boundary word 4 3',
			'boundary word 8 5',
			'end true true',
			'second start',
			'second end, speaking false'
		]);
		const log = await page.evaluate(() => window.__speech.log);
		expect(log.filter((entry) => entry.event === 'speak')).toMatchObject([
			{ id: 0, text: 'One two three.', lang: 'en-GB', voice: expect.stringContaining('Hazel') },
			{ id: 1, text: 'Four five.', voice: null }
		]);
	});

	test('desktop: cancel interrupts the current utterance and drops the queue', async ({
		page,
		axe
	}) => {
		await open(page, { profile: 'desktop', auto: false });
		await axe('/en/ with the fake speech synthesis');
		const ids = await speak(page, ['First.', 'Second.', 'Third.']);
		await expect.poll(() => story(page, ids)).toEqual([`${ids[0]} start`]);
		const state = await page.evaluate(() => {
			const before = [speechSynthesis.speaking, speechSynthesis.pending, window.__speech.queue];
			speechSynthesis.cancel();
			return { before, after: [speechSynthesis.speaking, speechSynthesis.pending] };
		});
		expect(state).toEqual({ before: [true, true, ['Second.', 'Third.']], after: [false, false] });
		// Chromium: 'interrupted' for the one speaking, nothing at all for the queued ones.
		await expect
			.poll(() => story(page, ids))
			.toEqual([`${ids[0]} start`, `${ids[0]} error:interrupted`]);
		await page.waitForTimeout(100);
		expect(await story(page, ids)).toHaveLength(2);
	});

	test('desktop: pause and resume really pause', async ({ page, axe }) => {
		await open(page, { profile: 'desktop' });
		await axe('/en/ with the fake speech synthesis');
		const long = 'A sentence long enough to be paused while it is being spoken. '.repeat(4);
		const [id] = await speak_and_pause(page, [long]);
		await expect.poll(() => page.evaluate(() => speechSynthesis.paused)).toBe(true);
		const words = await page.evaluate(
			() => window.__speech.log.filter((entry) => entry.event === 'boundary').length
		);
		await page.waitForTimeout(400);
		expect(await story(page, [id])).toEqual([`${id} start`, `${id} pause`]);
		expect(
			await page.evaluate(
				() => window.__speech.log.filter((entry) => entry.event === 'boundary').length
			)
		).toBe(words);
		await page.evaluate(() => speechSynthesis.resume());
		await expect
			.poll(() => story(page, [id]))
			.toEqual([`${id} start`, `${id} pause`, `${id} resume`, `${id} end`]);
		expect(await page.evaluate(() => speechSynthesis.paused)).toBe(false);
	});

	test('desktop: a paused engine holds the next utterance; cancel gives it "canceled"', async ({
		page,
		axe
	}) => {
		await open(page, { profile: 'desktop' });
		await axe('/en/ with the fake speech synthesis');
		await page.evaluate(() => speechSynthesis.pause());
		const [id] = await speak(page, ['Held back.']);
		await page.waitForTimeout(150);
		expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(true);
		expect(await story(page, [id])).toEqual([]);
		await page.evaluate(() => speechSynthesis.cancel());
		await expect.poll(() => story(page, [id])).toEqual([`${id} error:canceled`]);
	});

	test('android: odd voice tags, no Arabic, no boundaries', async ({ page, axe }) => {
		await open(page, { profile: 'android' });
		await axe('/en/ with the fake speech synthesis');
		await page.evaluate(() => speechSynthesis.getVoices());
		await expect
			.poll(() => page.evaluate(() => speechSynthesis.getVoices().map((voice) => voice.lang)))
			.toEqual(['en_US', 'en_GB', 'fr_FR', 'es-419', 'ru_RU', 'cmn-CN']);
		const ids = await speak(page, ['Un deux trois.', 'Quatre.'], 'fr-FR');
		await expect
			.poll(() => story(page, ids))
			.toEqual([`${ids[0]} start`, `${ids[0]} end`, `${ids[1]} start`, `${ids[1]} end`]);
		const boundaries = await page.evaluate(
			() => window.__speech.log.filter((entry) => entry.event === 'boundary').length
		);
		expect(boundaries).toBe(0);
	});

	test('android: pause stops the speech silently and only cancel recovers', async ({
		page,
		axe
	}) => {
		await open(page, { profile: 'android' });
		await axe('/en/ with the fake speech synthesis');
		const long = 'A sentence that Android will stop when the reader pauses it. '.repeat(4);
		const ids = await speak_and_pause(page, [long, 'Next.']);
		await page.waitForTimeout(500);
		await page.evaluate(() => speechSynthesis.resume());
		await page.waitForTimeout(100);
		expect(await story(page, ids)).toEqual([`${ids[0]} start`]);
		expect(
			await page.evaluate(() => [
				speechSynthesis.speaking,
				speechSynthesis.pending,
				speechSynthesis.paused
			])
		).toEqual([true, true, false]);
		await page.evaluate(() => speechSynthesis.cancel());
		await expect
			.poll(() => story(page, ids))
			.toEqual([`${ids[0]} start`, `${ids[0]} error:interrupted`]);
	});

	test('controls: manual finishing, failures, a lost end event', async ({ page, axe }) => {
		await open(page, { profile: 'desktop', auto: false });
		await axe('/en/ with the fake speech synthesis');
		const ids = await speak(page, ['One.', 'Two.', 'Three.', 'Four.']);
		await page.waitForTimeout(100);
		expect(await story(page, ids)).toEqual([`${ids[0]} start`]);
		expect(await page.evaluate(() => window.__speech.current)).toBe('One.');
		expect(await page.evaluate(() => window.__speech.finish_current())).toBe(true);
		expect(await page.evaluate(() => window.__speech.fail_current('network'))).toBe(true);
		await page.evaluate(() => {
			window.__speech.drop_end_event_next();
			window.__speech.auto = true;
		});
		await page.waitForTimeout(200);
		expect(await story(page, ids)).toEqual([
			`${ids[0]} start`,
			`${ids[0]} end`,
			`${ids[1]} start`,
			`${ids[1]} error:network`,
			`${ids[2]} start`
		]);
		expect(await page.evaluate(() => [speechSynthesis.speaking, window.__speech.queue])).toEqual([
			true,
			['Four.']
		]);
		await page.evaluate(() => speechSynthesis.cancel());
		await expect.poll(() => story(page, ids)).toContain(`${ids[2]} error:interrupted`);
	});

	test('no voice at all', async ({ page, axe }) => {
		await open(page, { profile: 'desktop', voices: [] });
		await axe('/en/ with no speech voice');
		await page.evaluate(() => window.__speech.load_voices());
		expect(await page.evaluate(() => speechSynthesis.getVoices())).toEqual([]);
		await page.evaluate(() => window.__speech.set_voices([{ name: 'Late voice', lang: 'en-US' }]));
		expect(await page.evaluate(() => speechSynthesis.getVoices().map((v) => v.name))).toEqual([
			'Late voice'
		]);
	});
});
