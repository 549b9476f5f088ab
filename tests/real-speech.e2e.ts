import { expect, test, type Browser, type Page } from '@playwright/test';
import { LANGS } from './fixtures';
import { launch_with_voices, record_speech_events, type RealSpeechEntry } from './real-speech';

// Listening with real voices: Chromium with speech-dispatcher and espeak-ng (see real-speech.ts).
// This journey runs in a browser of its own, so it does without the project's fixture.

let browser: Browser | undefined;
let skip_reason = '';

test.beforeAll(async () => {
	test.setTimeout(60_000);
	const launched = await launch_with_voices();
	if ('skip' in launched) {
		skip_reason = `no real voices: ${launched.skip}`;
		console.log(`real-speech.e2e.ts skipped, ${skip_reason}`);
	} else {
		browser = launched.browser;
	}
});

test.afterAll(async () => {
	await browser?.close();
});

/** Whether a language tag (`zh-CN`, `cmn`, `es_419`...) is one for the page's language. */
function is_for(lang: string, tag: string | null | undefined): boolean {
	if (!tag) return false;
	const primary = tag.toLowerCase().replace(/_/g, '-').split('-')[0];
	return lang === 'zh' ? ['zh', 'cmn', 'yue'].includes(primary) : primary === lang;
}

async function speech_log(page: Page): Promise<RealSpeechEntry[]> {
	return page.evaluate(() => window.__real_speech_log);
}

/** The first two utterances' events, as 'first start', 'first end', 'second start'... */
function first_two(log: RealSpeechEntry[]): string[] {
	const ids = log.filter((entry) => entry.event === 'speak').map((entry) => entry.id);
	return log
		.filter((entry) => entry.event !== 'speak' && entry.event !== 'cancel')
		.filter((entry) => entry.id === ids[0] || entry.id === ids[1])
		.map(
			(entry) =>
				`${entry.id === ids[0] ? 'first' : 'second'} ${entry.event}${entry.error ? ` ${entry.error}` : ''}`
		)
		.slice(0, 3);
}

test('listening with real voices: every language is read aloud in a voice of its own', async ({
	baseURL
}) => {
	test.skip(!browser, skip_reason);
	test.setTimeout(180_000);
	const context = await browser!.newContext({
		baseURL: baseURL ?? `http://127.0.0.1:${process.env.PORT || 4173}`
	});
	await context.addInitScript(record_speech_events);
	const errors: string[] = [];

	for (const lang of LANGS) {
		await test.step(`/${lang}/`, async () => {
			const page = await context.newPage();
			page.on('pageerror', (error) => errors.push(`/${lang}/: ${error.message}`));
			await page.goto(`/${lang}/`);
			const play = page.locator('[data-testid="tts-play"]');
			await expect(play).toBeEnabled();
			await expect(page.locator('[data-testid="tts-no-voice"]')).toBeHidden();

			await play.click();
			await expect(page.locator('[data-speaking]').first()).toBeVisible();
			await expect
				.poll(async () => first_two(await speech_log(page)), {
					message: 'the first utterance starts and ends, then the second starts',
					timeout: 30_000
				})
				.toEqual(['first start', 'first end', 'second start']);

			const spoken = (await speech_log(page)).filter((entry) => entry.event === 'speak');
			for (const entry of spoken) {
				const what = `utterance ${entry.id} on /${lang}/: lang '${entry.lang}', voice '${entry.voice}' (${entry.voice_lang})`;
				expect(entry.text?.trim(), what).toBeTruthy();
				// The language comes from the utterance, or else from the voice chosen for it.
				expect(is_for(lang, entry.lang || entry.voice_lang), what).toBe(true);
				// A voice, if chosen, speaks the page's language: never English on /fr/.
				if (entry.voice) expect(is_for(lang, entry.voice_lang), what).toBe(true);
			}

			await page.locator('[data-testid="tts-stop"]').click();
			await expect(page.locator('[data-speaking]')).toHaveCount(0);
			await page.close();
		});
	}
	expect(errors, 'errors thrown by the pages').toEqual([]);
	await context.close();
});
