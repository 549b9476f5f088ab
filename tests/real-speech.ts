import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import config from '../playwright.config';

/**
 * Real voices for end-to-end tests: Debian's Chromium speaking through speech-dispatcher and
 * espeak-ng (`apt-get install speech-dispatcher espeak-ng speech-dispatcher-espeak-ng`, which
 * `.ci/run` does). Chromium then lists espeak-ng's voices for all six languages, Chinese tagged
 * `cmn` and `yue` (never `zh`), and fires `start` and `end` (never `boundary`) about 50 ms apart
 * per utterance, since the audio goes to libao's null driver. `pause()` there stops the speech
 * for good: no `pause` event, and `resume()` does nothing until `cancel()`.
 */

export const INSTALL_HINT =
	'apt-get install speech-dispatcher espeak-ng speech-dispatcher-espeak-ng';

/** A voice as Chromium lists it. */
export interface RealVoice {
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

export interface RealSpeechEntry {
	event: 'speak' | 'start' | 'end' | 'error' | 'cancel';
	/** The utterance: 0 for the first `speak()` of the page, 1 for the next... */
	id?: number;
	text?: string;
	/** `utterance.lang` as the page set it. */
	lang?: string;
	/** `utterance.voice.name`, or null when the page set no voice. */
	voice?: string | null;
	voice_lang?: string | null;
	/** For `error`: `'interrupted'`, `'canceled'`... */
	error?: string;
	/** `performance.now()` in the page. */
	time: number;
}

declare global {
	interface Window {
		/** Only in end-to-end tests that add `record_speech_events`. */
		__real_speech_log: RealSpeechEntry[];
	}
}

const MODULE_DIRS = [
	'/usr/lib/speech-dispatcher-modules',
	'/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules',
	'/usr/lib/aarch64-linux-gnu/speech-dispatcher-modules',
	'/usr/lib64/speech-dispatcher-modules',
	'/usr/libexec/speech-dispatcher-modules'
];

function on_path(command: string): boolean {
	const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
	return [...dirs, '/usr/bin', '/usr/sbin'].some((dir) => existsSync(join(dir, command)));
}

/**
 * Launches Chromium with speech-dispatcher, in a private HOME whose speech-dispatcher sends its
 * audio to libao's null driver (without an audio device, `end` would never fire). Returns the
 * browser and the voices it lists, or, when speech-dispatcher or its espeak-ng module is not
 * installed, why the real-voice tests have to be skipped (anything else fails them). The caller
 * closes the browser; the private HOME goes with it.
 */
export async function launch_with_voices(): Promise<
	{ browser: Browser; voices: RealVoice[] } | { skip: string }
> {
	const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(executable)) return { skip: `no Chromium at ${executable}` };
	if (!on_path('speech-dispatcher')) {
		return { skip: `speech-dispatcher is not installed (${INSTALL_HINT})` };
	}
	if (!MODULE_DIRS.some((dir) => existsSync(join(dir, 'sd_espeak-ng')))) {
		return { skip: `speech-dispatcher's espeak-ng module is not installed (${INSTALL_HINT})` };
	}

	const home = mkdtempSync(join(tmpdir(), 'real-speech-'));
	const config_home = join(home, '.config');
	mkdirSync(join(config_home, 'speech-dispatcher'), { recursive: true });
	writeFileSync(
		join(config_home, 'speech-dispatcher', 'speechd.conf'),
		'# Written by tests/real-speech.ts: speech goes nowhere, but at once.\n' +
			'AudioOutputMethod "libao"\n'
	);
	writeFileSync(join(home, '.libao'), 'default_driver=null\n');
	// A runtime folder of our own, so that Chromium starts its own speech-dispatcher with this
	// configuration instead of joining one already running for the user.
	const runtime = join(home, 'run');
	mkdirSync(runtime, { mode: 0o700 });
	const remove_home = () => rmSync(home, { recursive: true, force: true });

	const args = config.use?.launchOptions?.args ?? [];
	let browser: Browser;
	try {
		browser = await chromium.launch({
			executablePath: executable,
			args: [...args, '--enable-speech-dispatcher'],
			env: {
				...process.env,
				HOME: home,
				XDG_CONFIG_HOME: config_home,
				XDG_CACHE_HOME: join(home, '.cache'),
				XDG_RUNTIME_DIR: runtime
			}
		});
	} catch (error) {
		// Everything it needs is installed: a browser that will not start is a failure, not a skip.
		remove_home();
		throw error;
	}
	browser.on('disconnected', remove_home);

	// speech-dispatcher starts with the first page that asks for voices (about 2 s).
	const page = await browser.newPage();
	const voices = await page.evaluate(
		() =>
			new Promise<RealVoice[]>((resolve) => {
				const list = () =>
					speechSynthesis.getVoices().map((voice) => ({
						name: voice.name,
						lang: voice.lang,
						localService: voice.localService,
						default: voice.default
					}));
				if (list().length > 0) return resolve(list());
				speechSynthesis.addEventListener('voiceschanged', () => {
					if (list().length > 0) resolve(list());
				});
				setTimeout(() => resolve(list()), 20_000);
			})
	);
	await page.close();
	if (voices.length === 0) {
		// speech-dispatcher and espeak-ng are installed, so no voice is a real failure.
		await browser.close();
		throw new Error('Chromium listed no voices: speech-dispatcher did not answer within 20 s');
	}
	return { browser, voices };
}

/**
 * An init script (`context.addInitScript(record_speech_events)`) that logs, in
 * `window.__real_speech_log`, each `speak()` and `cancel()` call and the `start`, `end` and
 * `error` events of every utterance spoken, with its text, lang and voice. It only listens:
 * the page's utterances and calls go through unchanged.
 */
export function record_speech_events(): void {
	const log: RealSpeechEntry[] = [];
	Object.defineProperty(window, '__real_speech_log', { configurable: true, value: log });
	if (typeof SpeechSynthesis === 'undefined') return;
	const proto = SpeechSynthesis.prototype;
	const speak = proto.speak;
	const cancel = proto.cancel;
	const spoken = new WeakMap<SpeechSynthesisUtterance, Omit<RealSpeechEntry, 'event' | 'time'>>();
	let next_id = 0;

	function listen(utterance: SpeechSynthesisUtterance) {
		for (const type of ['start', 'end', 'error'] as const) {
			utterance.addEventListener(type, (event) => {
				const error = type === 'error' ? (event as SpeechSynthesisErrorEvent).error : undefined;
				log.push({
					event: type,
					...spoken.get(utterance),
					...(error === undefined ? {} : { error }),
					time: performance.now()
				});
			});
		}
	}

	proto.speak = function (this: SpeechSynthesis, utterance: SpeechSynthesisUtterance) {
		if (utterance instanceof SpeechSynthesisUtterance) {
			const voice = utterance.voice;
			if (!spoken.has(utterance)) listen(utterance);
			const entry = {
				id: next_id++,
				text: utterance.text,
				lang: utterance.lang,
				voice: voice ? voice.name : null,
				voice_lang: voice ? voice.lang : null
			};
			spoken.set(utterance, entry);
			log.push({ event: 'speak', ...entry, time: performance.now() });
		}
		return speak.call(this, utterance);
	};
	proto.cancel = function (this: SpeechSynthesis) {
		log.push({ event: 'cancel', time: performance.now() });
		return cancel.call(this);
	};
}
