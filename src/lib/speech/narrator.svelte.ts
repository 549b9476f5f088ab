import { utterances_of, type SpokenItem } from './spoken-text';
import { pronounce, written_range } from './pronounce';
import type { Sample } from './time-left';

/**
 * `interrupted`: speech stopped without our asking (an engine error, a watchdog, the platform
 * cancelling a hidden page's speech); the position stays on the utterance that was cut.
 */
export type NarratorStatus = 'idle' | 'playing' | 'paused' | 'finished' | 'interrupted';

/** Where the narrator is: an item (heading or paragraph) and an utterance in it. */
export interface Position {
	item: number;
	utterance: number;
}

interface Options {
	synth: SpeechSynthesis;
	items: SpokenItem[];
	/** The language of the text: every utterance carries it. */
	lang: string;
	voice: SpeechSynthesisVoice;
	rate: number;
	/** Called when the spoken utterance changes (to highlight and follow it). */
	on_utterance?: (element: HTMLElement | undefined) => void;
	/** Called with a word's range inside the spoken element, when boundary events make sense. */
	on_word?: (element: HTMLElement, start: number, end: number) => void;
	/** How acronyms and symbols are said in this language (`"IGF"` → `"I G F"`). */
	pronounce?: Readonly<Record<string, string>>;
	/** Asked before reading on to `next` by itself; false pauses there (the sleep timer). */
	may_continue?: (next: Position) => boolean;
	/** Told how long each utterance heard in full took (to estimate the time left). */
	on_heard?: (sample: Sample) => void;
	/**
	 * What "next paragraph" moves to: the next paragraph, or, where each item is a sentence
	 * ("In short"), the next section.
	 */
	step_by?: 'paragraph' | 'section';
}

/**
 * The read-aloud state machine. Each utterance is one short piece of a sentence; the next is
 * spoken from the previous one's `end` event (timers are throttled in background tabs). Pause
 * is cancel plus a remembered position, because `pause()` cancels on Android; resume speaks
 * the same utterance again. A watchdog per utterance recovers from `end` events that never come.
 */
export class Narrator {
	status = $state<NarratorStatus>('idle');
	position = $state<Position>({ item: 0, utterance: 0 });
	rate = $state(1);
	voice = $state.raw<SpeechSynthesisVoice>() as SpeechSynthesisVoice;

	readonly items: SpokenItem[];
	#synth: SpeechSynthesis;
	#lang: string;
	#options: Options;
	/** Identifies the utterance being spoken: events of cancelled ones are ignored. */
	#token = 0;
	/** Queued utterances are kept referenced, or some browsers lose their `end` event. */
	#alive: SpeechSynthesisUtterance[] = [];
	#watchdog: ReturnType<typeof setTimeout> | undefined;

	constructor(options: Options) {
		this.#options = options;
		this.#synth = options.synth;
		this.#lang = options.lang;
		this.items = options.items;
		this.voice = options.voice;
		this.rate = options.rate;
	}

	/** The paragraph number shown as "Paragraph 12 of 71". */
	get paragraph(): number {
		return this.items[this.position.item]?.paragraph ?? 1;
	}

	get total(): number {
		return this.items.filter((item) => !item.heading).length;
	}

	play(from: Position = this.position): void {
		this.position = { ...from };
		this.status = 'playing';
		// Whatever the engine still holds (another tab's speech, a queue stuck by Android's
		// pause) goes first.
		this.#synth.cancel();
		this.#speak();
	}

	/** Goes to a position without speaking (reopening where listening was). */
	place(at: Position): void {
		if (at.item < 0 || at.item >= this.items.length) return;
		const count = this.#utterances(at.item).length;
		this.position = { item: at.item, utterance: Math.min(Math.max(at.utterance, 0), count - 1) };
	}

	/** The section of the current item. */
	get section(): string {
		return this.items[this.position.item]?.section ?? '';
	}

	/**
	 * After the page was hidden: if it claims to be playing but the engine went quiet (the
	 * platform cancelled it), say so instead of pretending.
	 */
	check(): void {
		if (this.status === 'playing' && !this.#synth.speaking && !this.#synth.pending) {
			this.#interrupt();
		}
	}

	/** Pause is a cancel that remembers where it was. */
	pause(): void {
		if (this.status !== 'playing') return;
		this.#silence();
		this.status = 'paused';
	}

	stop(): void {
		this.#silence();
		this.status = 'idle';
		this.position = { item: 0, utterance: 0 };
		this.#options.on_utterance?.(undefined);
	}

	/** Moves by `step` utterances (across items), keeping on speaking if it was. */
	step_utterance(step: 1 | -1): void {
		const { item, utterance } = this.position;
		const count = this.#utterances(item).length;
		let next: Position | undefined;
		if (step === 1) {
			if (utterance + 1 < count) next = { item, utterance: utterance + 1 };
			else if (item + 1 < this.items.length) next = { item: item + 1, utterance: 0 };
		} else if (utterance > 0) {
			next = { item, utterance: utterance - 1 };
		} else if (item > 0) {
			next = { item: item - 1, utterance: this.#utterances(item - 1).length - 1 };
		}
		if (next) this.#move(next);
	}

	/**
	 * Moves to the start of the next or previous paragraph (headings count as the paragraph they
	 * introduce), or section (see `step_by`).
	 */
	step_paragraph(step: 1 | -1): void {
		const group = (item: number) =>
			this.#options.step_by === 'section' ? this.items[item].section : this.items[item].paragraph;
		const current = group(this.position.item);
		let item = this.position.item;
		while (item >= 0 && item < this.items.length && group(item) === current) item += step;
		if (item < 0 || item >= this.items.length) return;
		// Backwards, that lands on the previous group's end: on to its start.
		const target = group(item);
		while (step === -1 && item > 0 && group(item - 1) === target) item -= 1;
		this.#move({ item, utterance: 0 });
	}

	set_rate(rate: number): void {
		this.rate = rate;
		if (this.status === 'playing') this.#speak();
	}

	set_voice(voice: SpeechSynthesisVoice): void {
		this.voice = voice;
		if (this.status === 'playing') this.#speak();
	}

	/** Stops any speech for good (the page is going away). */
	destroy(): void {
		this.#silence();
	}

	#move(to: Position): void {
		this.position = to;
		if (this.status === 'playing') this.#speak();
		else this.#options.on_utterance?.(this.#utterances(to.item)[to.utterance]);
	}

	#utterances(item: number): HTMLElement[] {
		return utterances_of(this.items[item], this.#lang);
	}

	#silence(): void {
		this.#token += 1;
		clearTimeout(this.#watchdog);
		if (this.#synth.speaking || this.#synth.pending) this.#synth.cancel();
		this.#alive = [];
	}

	#speak(): void {
		this.#silence();
		const token = this.#token;
		const { item, utterance: index } = this.position;
		const element = this.#utterances(item)[index];
		if (!element) return this.#advance(token);
		const spoken = pronounce(element.textContent ?? '', this.#options.pronounce ?? {});
		const text = spoken.text;
		const utterance = new SpeechSynthesisUtterance(text);
		// Both: Android ignores a voice whose language is not also set on the utterance.
		utterance.voice = this.voice;
		utterance.lang = this.voice.lang || this.#lang;
		utterance.rate = this.rate;
		let started: number | undefined;
		utterance.addEventListener('start', () => (started = performance.now()));
		utterance.addEventListener('end', () => {
			if (token !== this.#token) return;
			if (started !== undefined) {
				const seconds = (performance.now() - started) / 1000;
				this.#options.on_heard?.({ length: text.length, seconds, rate: utterance.rate });
			}
			this.#advance(token);
		});
		// Our own cancels (pause, stop, skip) change the token first: an error on the current
		// utterance, `interrupted` included, is the engine or the platform stopping it.
		utterance.addEventListener('error', () => {
			if (token === this.#token) this.#interrupt();
		});
		utterance.addEventListener('boundary', (event) => {
			if (token !== this.#token || event.name !== 'word') return;
			const length = event.charLength || /^\S+/.exec(text.slice(event.charIndex))?.[0].length;
			// Only offsets that fall on a word of this text are shown.
			if (!length || event.charIndex < 0 || event.charIndex + length > text.length) return;
			if (!/\S/.test(text.slice(event.charIndex, event.charIndex + length))) return;
			const written = written_range(spoken, event.charIndex, event.charIndex + length);
			this.#options.on_word?.(element, written.start, written.end);
		});
		this.#alive.push(utterance);
		this.#options.on_utterance?.(element);
		this.#synth.speak(utterance);
		this.#arm_watchdog(token, text.length);
	}

	/**
	 * No `end` in far longer than the text can take: the event was lost, the engine is stuck
	 * (Chrome cuts long remote speech off that way) or the platform silenced it. Never jump on
	 * silently: stop, and let the reader continue from this same utterance.
	 */
	#arm_watchdog(token: number, length: number): void {
		const limit = 10_000 + (length * 150) / this.rate;
		this.#watchdog = setTimeout(() => {
			if (token === this.#token) this.#interrupt();
		}, limit);
	}

	#interrupt(): void {
		this.#silence();
		this.status = 'interrupted';
	}

	#advance(token: number): void {
		if (token !== this.#token) return;
		const { item, utterance } = this.position;
		if (utterance + 1 < this.#utterances(item).length) {
			this.position = { item, utterance: utterance + 1 };
		} else if (item + 1 < this.items.length) {
			const next = { item: item + 1, utterance: 0 };
			if (this.#options.may_continue?.(next) === false) {
				this.#silence();
				this.position = next;
				this.status = 'paused';
				return;
			}
			this.position = next;
		} else {
			this.#silence();
			this.status = 'finished';
			this.position = { item: 0, utterance: 0 };
			this.#options.on_utterance?.(undefined);
			return;
		}
		this.#speak();
	}
}
