import type { BrowserContext, Page } from '@playwright/test';

/**
 * A fake of the Web Speech synthesis API (`speechSynthesis`, `SpeechSynthesisUtterance`, the
 * event classes and `SpeechSynthesisVoice`) that tests control and inspect.
 *
 *     await page.addInitScript(fake_speech, { profile: 'android' });
 *     // or: await install_fake_speech(page, { profile: 'android' });
 *     await page.goto('/en/');
 *     const log = await page.evaluate(() => window.__speech.log);
 *
 * It follows what Chromium does, read from its source (Blink's `speech_synthesis.cc`, the
 * browser's `tts_controller_impl.cc`, `tts_android.cc`, `TtsPlatformImpl.java`) and checked
 * against Debian's Chromium with speech-dispatcher where Linux can show it:
 *
 * - `speak()` queues; only the first utterance goes to the engine, the next one starts after its
 *   `end` or `error` handlers have run. `speaking` is true while anything is queued (also before
 *   `start` and while paused), `pending` while more than one is.
 * - `cancel()` empties the queue at once (`speaking` and `pending` are false when it returns).
 *   The utterance the engine holds then gets `error` with `'interrupted'`, asynchronously;
 *   utterances still queued get no event at all (Chromium never sent them to the engine). Only an
 *   utterance held back by a paused engine gets `'canceled'`. (The spec and MDN describe
 *   `'canceled'` for every queued utterance; WebKit does that, Chromium does not.)
 * - `paused` turns true when the `pause` event fires, not when `pause()` returns, and stays true
 *   after `cancel()` until another utterance starts. `pause()` with nothing speaking still pauses
 *   the engine: the next `speak()` is held (speaking, no `start`) until `resume()`.
 * - desktop profile: like Chrome on Windows or macOS. Voices arrive ~50 ms after the page first
 *   touches `window.speechSynthesis` (`getVoices()` is `[]` until `voiceschanged`); local
 *   Microsoft voices and remote Google ones; `boundary` events (`name: 'word'`) for every word;
 *   `pause()`/`resume()` pause and resume with `pause`/`resume` events.
 * - android profile: like Chrome on Android. Voices load only once the page calls a method
 *   (`getVoices()`, `speak()`...; merely reading `speechSynthesis` does not start it), with
 *   Android's tags (`en_US`, `es-419`, `cmn-CN`) and no Arabic voice; no `boundary` events.
 *   `pause()` stops the audio like `cancel()`, but silently: Chromium's Android engine implements
 *   pause as stop and forgets the utterance, so it gets no `pause`, `end` or `error` event,
 *   `paused` stays false, `speaking` stays true, and `resume()` does nothing. The queue is stuck
 *   until `cancel()`, which gives the stopped utterance `'interrupted'`. A reader must not rely
 *   on `pause()` there. (Debian's Chromium with speech-dispatcher behaves the same way.)
 *
 * Everything is logged in `window.__speech.log`: the page's calls (`source: 'call'`) and the
 * events fired on utterances (`source: 'event'`), each with the utterance's `id` (its rank among
 * `speak()` calls), text, lang and voice name as they were when it was spoken.
 */

export type SpeechProfile = 'desktop' | 'android';

/** A voice as `getVoices()` lists it. `voiceURI` defaults to the name, as in Chrome. */
export interface FakeVoice {
	name: string;
	lang: string;
	localService?: boolean;
	voiceURI?: string;
	default?: boolean;
}

export interface FakeSpeechOptions {
	/** Which browser to imitate; `'desktop'` by default. */
	profile?: SpeechProfile;
	/** Replaces the profile's voices (`[]`: a browser with no voice at all). */
	voices?: FakeVoice[];
	/**
	 * When true (the default) each utterance speaks for 30 ms + 1 ms per character / rate, then
	 * ends. When false it stays speaking until `finish_current()` or `fail_current()`.
	 */
	auto?: boolean;
	/** Milliseconds until the voices arrive once loading starts (50; 0: there from the start). */
	voices_delay?: number;
}

export type SpeechLogEvent =
	'speak' | 'start' | 'end' | 'error' | 'cancel' | 'pause' | 'resume' | 'boundary';

export interface SpeechLogEntry {
	event: SpeechLogEvent;
	/** `'call'`: the page called `speechSynthesis[event]()`; `'event'`: fired on an utterance. */
	source: 'call' | 'event';
	/** The utterance: 0 for the first `speak()` of the page, 1 for the next... */
	id?: number;
	text?: string;
	/** `utterance.lang` as the page set it. */
	lang?: string;
	/** `utterance.voice.name`, or null when the page set no voice. */
	voice?: string | null;
	voice_lang?: string | null;
	rate?: number;
	/** For `error` events: `'interrupted'`, `'canceled'`, `'synthesis-failed'`... */
	error?: string;
	/** For `boundary` events. */
	name?: string;
	char_index?: number;
	char_length?: number;
	/** `performance.now()` in the page. */
	time: number;
}

/** `window.__speech`: the fake's log and controls, for `page.evaluate`. */
export interface FakeSpeechControl {
	readonly profile: SpeechProfile;
	/** The voices `getVoices()` gives once loaded, as plain objects. */
	readonly voices: FakeVoice[];
	readonly log: SpeechLogEntry[];
	readonly speaking: boolean;
	readonly pending: boolean;
	readonly paused: boolean;
	/** Text of the utterance the engine holds (started or about to), or null. */
	readonly current: string | null;
	/** Texts queued behind the current one. */
	readonly queue: string[];
	/** Whether utterances end by themselves; can be switched at any time. */
	auto: boolean;
	/** Fires `end` on the current utterance now (its `start` first if it has not started). */
	finish_current(): boolean;
	/** Fires `error` with this code (`'synthesis-failed'`) on the current utterance now. */
	fail_current(error?: string): boolean;
	/**
	 * The utterance speaking now, or else the next one to start, never fires `end`: it stays
	 * speaking (a silent engine) until `cancel()`, to test a watchdog.
	 */
	drop_end_event_next(): void;
	/** Desktop: fires the current utterance's next word `boundary` now (for `auto: false`). */
	next_boundary(): boolean;
	/** Delivers the voices now if they have not arrived yet. */
	load_voices(): void;
	/** Replaces the voices and fires `voiceschanged` (a voice installed or removed). */
	set_voices(voices: FakeVoice[]): void;
	/** Resolves with the next log entry of this kind (any kind if omitted). */
	next(event?: SpeechLogEvent, timeout_ms?: number): Promise<SpeechLogEntry>;
	clear_log(): void;
}

declare global {
	interface Window {
		/** Only in end-to-end tests that install `fake_speech`. */
		__speech: FakeSpeechControl;
	}
}

/** Adds the fake to every page of `target` from now on. */
export async function install_fake_speech(
	target: Page | BrowserContext,
	options: FakeSpeechOptions = {}
): Promise<void> {
	await target.addInitScript(fake_speech, options);
}

/**
 * The init script. Playwright sends its source text to the page, so it must not use anything
 * from outside its own body; it also avoids class fields, which the test transpiler may turn
 * into calls to helpers that would not exist in the page.
 */
export function fake_speech(options: FakeSpeechOptions = {}): void {
	const profile: SpeechProfile = options.profile === 'android' ? 'android' : 'desktop';
	const android = profile === 'android';
	const voices_delay = options.voices_delay ?? 50;
	let auto = options.auto ?? true;

	// Chrome on Windows: the system's voices, then Google's network voices (no Arabic among them).
	const desktop_voices: FakeVoice[] = [
		{ name: 'Microsoft David - English (United States)', lang: 'en-US', default: true },
		{ name: 'Microsoft Zira - English (United States)', lang: 'en-US' },
		{ name: 'Microsoft Hazel - English (United Kingdom)', lang: 'en-GB' },
		{ name: 'Microsoft Hortense - French (France)', lang: 'fr-FR' },
		{ name: 'Microsoft Helena - Spanish (Spain)', lang: 'es-ES' },
		{ name: 'Microsoft Irina - Russian (Russia)', lang: 'ru-RU' },
		{ name: 'Microsoft Huihui - Chinese (Simplified, PRC)', lang: 'zh-CN' },
		{ name: 'Microsoft Naayf - Arabic (Saudi Arabia)', lang: 'ar-SA' },
		{ name: 'Google Deutsch', lang: 'de-DE', localService: false },
		{ name: 'Google US English', lang: 'en-US', localService: false },
		{ name: 'Google UK English Female', lang: 'en-GB', localService: false },
		{ name: 'Google UK English Male', lang: 'en-GB', localService: false },
		{ name: 'Google español', lang: 'es-ES', localService: false },
		{ name: 'Google español de Estados Unidos', lang: 'es-US', localService: false },
		{ name: 'Google français', lang: 'fr-FR', localService: false },
		{ name: 'Google русский', lang: 'ru-RU', localService: false },
		{ name: 'Google 普通话（中国大陆）', lang: 'zh-CN', localService: false },
		{ name: 'Google 粤語（香港）', lang: 'zh-HK', localService: false },
		{ name: 'Google 國語（臺灣）', lang: 'zh-TW', localService: false }
	];
	// Chrome on Android names a voice after its locale and tags it with Java's Locale.toString().
	const android_voices: FakeVoice[] = [
		{ name: 'English United States', lang: 'en_US', default: true },
		{ name: 'English United Kingdom', lang: 'en_GB' },
		{ name: 'French France', lang: 'fr_FR' },
		{ name: 'Spanish Latin America', lang: 'es-419' },
		{ name: 'Russian Russia', lang: 'ru_RU' },
		{ name: 'Chinese China', lang: 'cmn-CN' }
	];

	const now = () => performance.now();
	const later = (run: () => void, ms = 0) => window.setTimeout(run, ms);
	const illegal = Symbol('illegal constructor guard');
	function guard(token: unknown) {
		if (token !== illegal) throw new TypeError('Illegal constructor');
	}
	function name_class(target: object, name: string) {
		Object.defineProperty(target, 'name', { value: name });
	}

	// Event handler attributes (`onend`...): a listener registered first calls the property.
	const handlers = new WeakMap<EventTarget, Record<string, unknown>>();
	function handler_attributes(target: EventTarget, types: string[]) {
		const table: Record<string, unknown> = {};
		handlers.set(target, table);
		for (const type of types) {
			table[type] = null;
			target.addEventListener(type, (event) => {
				const handler = table[type];
				if (typeof handler === 'function') handler.call(target, event);
			});
		}
	}
	function define_handler_properties(proto: object, types: string[]) {
		for (const type of types) {
			Object.defineProperty(proto, `on${type}`, {
				configurable: true,
				enumerable: true,
				get(this: EventTarget) {
					return handlers.get(this)?.[type] ?? null;
				},
				set(this: EventTarget, value: unknown) {
					const table = handlers.get(this);
					if (table) table[type] = typeof value === 'function' ? value : null;
				}
			});
		}
	}

	interface VoiceData {
		name: string;
		lang: string;
		voiceURI: string;
		localService: boolean;
		default: boolean;
	}
	const voice_data = new WeakMap<object, VoiceData>();
	class FakeVoiceClass {
		constructor(token: unknown, init: FakeVoice) {
			guard(token);
			voice_data.set(this, {
				name: String(init.name),
				lang: String(init.lang),
				voiceURI: String(init.voiceURI ?? init.name),
				localService: init.localService ?? true,
				default: init.default ?? false
			});
		}
		get name() {
			return voice_data.get(this)!.name;
		}
		get lang() {
			return voice_data.get(this)!.lang;
		}
		get voiceURI() {
			return voice_data.get(this)!.voiceURI;
		}
		get localService() {
			return voice_data.get(this)!.localService;
		}
		get default() {
			return voice_data.get(this)!.default;
		}
	}
	name_class(FakeVoiceClass, 'SpeechSynthesisVoice');

	const utterance_types = ['start', 'end', 'error', 'pause', 'resume', 'mark', 'boundary'];
	const chosen_voice = new WeakMap<object, FakeVoiceClass | null>();
	class FakeUtterance extends EventTarget {
		declare text: string;
		declare lang: string;
		declare volume: number;
		declare rate: number;
		declare pitch: number;
		constructor(text?: string) {
			super();
			this.text = text === undefined ? '' : String(text);
			this.lang = '';
			this.volume = 1;
			this.rate = 1;
			this.pitch = 1;
			chosen_voice.set(this, null);
			handler_attributes(this, utterance_types);
		}
		get voice(): FakeVoiceClass | null {
			return chosen_voice.get(this) ?? null;
		}
		set voice(value: FakeVoiceClass | null) {
			if (value !== null && !(value instanceof FakeVoiceClass)) {
				throw new TypeError(
					"Failed to set the 'voice' property on 'SpeechSynthesisUtterance': " +
						"The provided value is not of type 'SpeechSynthesisVoice'."
				);
			}
			chosen_voice.set(this, value);
		}
	}
	define_handler_properties(FakeUtterance.prototype, utterance_types);
	name_class(FakeUtterance, 'SpeechSynthesisUtterance');

	interface EventInit {
		utterance: FakeUtterance;
		charIndex?: number;
		charLength?: number;
		elapsedTime?: number;
		name?: string;
		error?: string;
	}
	const event_data = new WeakMap<object, EventInit>();
	class FakeEvent extends Event {
		constructor(type: string, init: EventInit) {
			super(type);
			if (!init || !(init.utterance instanceof FakeUtterance)) {
				throw new TypeError("Failed to construct 'SpeechSynthesisEvent': utterance required.");
			}
			event_data.set(this, init);
		}
		get utterance() {
			return event_data.get(this)!.utterance;
		}
		get charIndex() {
			return event_data.get(this)!.charIndex ?? 0;
		}
		get charLength() {
			return event_data.get(this)!.charLength ?? 0;
		}
		get elapsedTime() {
			return event_data.get(this)!.elapsedTime ?? 0;
		}
		get name() {
			return event_data.get(this)!.name ?? '';
		}
	}
	name_class(FakeEvent, 'SpeechSynthesisEvent');
	class FakeErrorEvent extends FakeEvent {
		get error() {
			return event_data.get(this)!.error ?? '';
		}
	}
	name_class(FakeErrorEvent, 'SpeechSynthesisErrorEvent');

	// --- The engine: Blink's queue in front of the platform's speech engine. ---

	interface Spoken {
		id: number;
		utterance: FakeUtterance;
		text: string;
		lang: string;
		voice: string | null;
		voice_lang: string | null;
		rate: number;
		/** queued: in Blink's queue; held: sent while the engine was paused; sent: start due;
		 * speaking: started; stalled: silenced by Android's pause; done. */
		state: 'queued' | 'held' | 'sent' | 'speaking' | 'stalled' | 'done';
		started_at: number;
		words: Array<{ index: number; length: number }>;
		next_word: number;
		/** Milliseconds of speech done before `running_since`. */
		spoken_ms: number;
		running_since: number | null;
		timer: number | null;
		drop_end: boolean;
	}

	const log: SpeechLogEntry[] = [];
	const waiters: Array<{ event?: SpeechLogEvent; resolve: (entry: SpeechLogEntry) => void }> = [];
	let queue: Spoken[] = [];
	let engine_current: Spoken | null = null;
	let engine_paused = false;
	let is_paused = false;
	let next_id = 0;
	let drop_next_end = false;
	let voices: FakeVoiceClass[] = (
		options.voices ?? (android ? android_voices : desktop_voices)
	).map((init) => new FakeVoiceClass(illegal, init));
	let voices_state: 'idle' | 'loading' | 'loaded' = voices_delay <= 0 ? 'loaded' : 'idle';

	function write(entry: Omit<SpeechLogEntry, 'time'>) {
		const full = { ...entry, time: now() };
		log.push(full);
		for (const waiter of [...waiters]) {
			if (waiter.event && waiter.event !== full.event) continue;
			waiters.splice(waiters.indexOf(waiter), 1);
			waiter.resolve(full);
		}
	}
	function describe(spoken: Spoken) {
		const { id, text, lang, voice, voice_lang, rate } = spoken;
		return { id, text, lang, voice, voice_lang, rate };
	}

	function fire(spoken: Spoken, type: string, extra: Partial<EventInit> = {}) {
		if (type === 'pause') is_paused = true;
		if (type === 'resume') is_paused = false;
		const init: EventInit = {
			utterance: spoken.utterance,
			charIndex: 0,
			charLength: 0,
			elapsedTime: now() - spoken.started_at,
			...extra
		};
		write({
			event: type as SpeechLogEvent,
			source: 'event',
			...describe(spoken),
			...(extra.error === undefined ? {} : { error: extra.error }),
			...(type === 'boundary'
				? { name: extra.name, char_index: extra.charIndex, char_length: extra.charLength }
				: {})
		});
		const event = type === 'error' ? new FakeErrorEvent(type, init) : new FakeEvent(type, init);
		spoken.utterance.dispatchEvent(event);
	}

	function load_voices() {
		if (voices_state === 'loaded') return;
		voices_state = 'loaded';
		synthesis.dispatchEvent(new Event('voiceschanged'));
	}
	/** Chromium binds to the speech service lazily; the voices come a little later. */
	function connect() {
		if (voices_state !== 'idle') return;
		voices_state = 'loading';
		later(load_voices, voices_delay);
	}

	function word_list(text: string, lang: string) {
		const words: Array<{ index: number; length: number }> = [];
		try {
			const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
			for (const part of segmenter.segment(text)) {
				if (part.isWordLike) words.push({ index: part.index, length: part.segment.length });
			}
		} catch {
			// An invalid language tag: split at spaces.
			for (const match of text.matchAll(/\S+/g)) {
				words.push({ index: match.index ?? 0, length: match[0].length });
			}
		}
		return words;
	}

	/** Blink's StartSpeakingImmediately: the front of the queue goes to the engine. */
	function start_front() {
		const spoken = queue[0];
		if (!spoken) return;
		spoken.started_at = now();
		is_paused = false;
		if (engine_paused) {
			spoken.state = 'held';
			return;
		}
		send(spoken);
	}
	function send(spoken: Spoken) {
		spoken.state = 'sent';
		engine_current = spoken;
		if (drop_next_end) {
			drop_next_end = false;
			spoken.drop_end = true;
		}
		later(() => {
			if (spoken.state !== 'sent') return;
			begin(spoken);
		});
	}
	function begin(spoken: Spoken) {
		spoken.state = 'speaking';
		spoken.words = android ? [] : word_list(spoken.text, spoken.lang);
		fire(spoken, 'start');
		if (auto && !engine_paused) run(spoken);
	}

	// Speech time: a word is reached after 10 ms + 1 ms per character before it, the end after
	// 30 ms + 1 ms per character (divided by the rate).
	function progress(spoken: Spoken) {
		return spoken.spoken_ms + (spoken.running_since === null ? 0 : now() - spoken.running_since);
	}
	function run(spoken: Spoken) {
		if (spoken.timer !== null || spoken.state !== 'speaking') return;
		spoken.running_since = now();
		const rate = Math.min(Math.max(Number(spoken.rate) || 1, 0.1), 10);
		const word = spoken.words[spoken.next_word];
		const target = word ? 10 + word.index / rate : 30 + spoken.text.length / rate;
		spoken.timer = later(
			() => {
				spoken.timer = null;
				spoken.spoken_ms = target;
				spoken.running_since = null;
				if (word) {
					boundary(spoken);
					run(spoken);
				} else if (!spoken.drop_end) {
					complete(spoken, null);
				}
			},
			Math.max(0, target - progress(spoken))
		);
	}
	function halt(spoken: Spoken) {
		if (spoken.timer !== null) window.clearTimeout(spoken.timer);
		spoken.timer = null;
		spoken.spoken_ms = progress(spoken);
		spoken.running_since = null;
	}
	function boundary(spoken: Spoken) {
		const word = spoken.words[spoken.next_word];
		if (!word) return false;
		spoken.next_word += 1;
		fire(spoken, 'boundary', { name: 'word', charIndex: word.index, charLength: word.length });
		return true;
	}

	/** Blink's HandleSpeakingCompleted: the event, then the next utterance. */
	function complete(spoken: Spoken, error: string | null) {
		halt(spoken);
		spoken.state = 'done';
		if (engine_current === spoken) engine_current = null;
		let start_next = false;
		if (queue[0] === spoken) {
			queue.shift();
			start_next = queue.length > 0;
		}
		if (error === null) fire(spoken, 'end');
		else fire(spoken, 'error', { error });
		if (start_next && queue.length > 0) start_front();
	}

	const synthesis_types = ['voiceschanged'];
	class FakeSynthesis extends EventTarget {
		constructor(token: unknown) {
			guard(token);
			super();
			handler_attributes(this, synthesis_types);
		}
		get speaking() {
			return queue.length > 0;
		}
		get pending() {
			return queue.length > 1;
		}
		get paused() {
			return is_paused;
		}
		getVoices() {
			connect();
			return voices_state === 'loaded' ? voices.slice() : [];
		}
		speak(utterance: FakeUtterance) {
			if (!(utterance instanceof FakeUtterance)) {
				throw new TypeError(
					"Failed to execute 'speak' on 'SpeechSynthesis': " +
						"parameter 1 is not of type 'SpeechSynthesisUtterance'."
				);
			}
			connect();
			const voice = utterance.voice;
			const spoken: Spoken = {
				id: next_id++,
				utterance,
				text: utterance.text,
				lang: utterance.lang,
				voice: voice ? voice.name : null,
				voice_lang: voice ? voice.lang : null,
				rate: utterance.rate,
				state: 'queued',
				started_at: now(),
				words: [],
				next_word: 0,
				spoken_ms: 0,
				running_since: null,
				timer: null,
				drop_end: false
			};
			write({ event: 'speak', source: 'call', ...describe(spoken) });
			queue.push(spoken);
			if (queue.length === 1) start_front();
		}
		cancel() {
			connect();
			write({ event: 'cancel', source: 'call' });
			const front = queue[0];
			queue = [];
			engine_paused = false;
			const stopped = engine_current;
			if (stopped) {
				halt(stopped);
				stopped.state = 'done';
				engine_current = null;
				later(() => fire(stopped, 'error', { error: 'interrupted' }));
			} else if (front && front.state === 'held') {
				front.state = 'done';
				later(() => fire(front, 'error', { error: 'canceled' }));
			}
		}
		pause() {
			connect();
			write({ event: 'pause', source: 'call' });
			if (is_paused || engine_paused) return;
			engine_paused = true;
			const spoken = engine_current;
			if (!spoken) return;
			if (android) {
				// Android's engine stops and forgets the utterance: no event will ever come.
				halt(spoken);
				spoken.state = 'stalled';
				return;
			}
			halt(spoken);
			later(() => {
				if (engine_current === spoken && engine_paused) fire(spoken, 'pause');
			});
		}
		resume() {
			connect();
			write({ event: 'resume', source: 'call' });
			if (queue.length === 0 || !engine_paused) return;
			engine_paused = false;
			const spoken = engine_current;
			if (!spoken) {
				const front = queue[0];
				if (front && front.state === 'held') send(front);
				return;
			}
			if (android) return;
			later(() => {
				if (engine_current !== spoken || engine_paused) return;
				if (is_paused) fire(spoken, 'resume');
				if (auto && spoken.state === 'speaking') run(spoken);
			});
		}
	}
	define_handler_properties(FakeSynthesis.prototype, synthesis_types);
	name_class(FakeSynthesis, 'SpeechSynthesis');
	const synthesis = new FakeSynthesis(illegal);

	const control: FakeSpeechControl = {
		profile,
		get voices() {
			return voices.map((voice) => ({
				name: voice.name,
				lang: voice.lang,
				voiceURI: voice.voiceURI,
				localService: voice.localService,
				default: voice.default
			}));
		},
		log,
		get speaking() {
			return synthesis.speaking;
		},
		get pending() {
			return synthesis.pending;
		},
		get paused() {
			return synthesis.paused;
		},
		get current() {
			return engine_current ? engine_current.text : null;
		},
		get queue() {
			return queue.filter((spoken) => spoken !== engine_current).map((spoken) => spoken.text);
		},
		get auto() {
			return auto;
		},
		set auto(value: boolean) {
			auto = value;
			if (auto && engine_current && !engine_paused) run(engine_current);
		},
		finish_current() {
			const spoken = engine_current;
			if (!spoken) return false;
			if (spoken.state === 'sent') begin(spoken);
			complete(spoken, null);
			return true;
		},
		fail_current(error = 'synthesis-failed') {
			const spoken = engine_current;
			if (!spoken) return false;
			complete(spoken, error);
			return true;
		},
		drop_end_event_next() {
			if (engine_current) engine_current.drop_end = true;
			else drop_next_end = true;
		},
		next_boundary() {
			const spoken = engine_current;
			if (!spoken || spoken.state !== 'speaking') return false;
			return boundary(spoken);
		},
		load_voices,
		set_voices(list: FakeVoice[]) {
			voices = list.map((init) => new FakeVoiceClass(illegal, init));
			voices_state = 'loaded';
			later(() => synthesis.dispatchEvent(new Event('voiceschanged')));
		},
		next(event?: SpeechLogEvent, timeout_ms = 5000) {
			return new Promise<SpeechLogEntry>((resolve, reject) => {
				const waiter = { event, resolve };
				waiters.push(waiter);
				later(() => {
					const index = waiters.indexOf(waiter);
					if (index === -1) return;
					waiters.splice(index, 1);
					reject(new Error(`no '${event ?? 'any'}' speech event within ${timeout_ms} ms`));
				}, timeout_ms);
			});
		},
		clear_log() {
			log.length = 0;
		}
	};

	Object.defineProperty(window, 'speechSynthesis', {
		configurable: true,
		enumerable: true,
		get() {
			// Chrome on the desktop connects as soon as the page touches speechSynthesis.
			if (!android) connect();
			return synthesis;
		}
	});
	const constructors: Record<string, unknown> = {
		SpeechSynthesis: FakeSynthesis,
		SpeechSynthesisUtterance: FakeUtterance,
		SpeechSynthesisEvent: FakeEvent,
		SpeechSynthesisErrorEvent: FakeErrorEvent,
		SpeechSynthesisVoice: FakeVoiceClass
	};
	for (const [name, value] of Object.entries(constructors)) {
		Object.defineProperty(window, name, { configurable: true, writable: true, value });
	}
	Object.defineProperty(window, '__speech', { configurable: true, value: control });
}
