import type { PlayerText } from './text';

/**
 * How fast a voice reads at 1×, in characters a second of the text it is given, before it has
 * been heard: about 160 words a minute in the Latin and Cyrillic scripts (Russian words are
 * longer), about 270 characters a minute in Chinese (one character is a syllable), and Arabic
 * between the two (its script writes few vowels, so a word takes fewer letters).
 */
const CHARACTERS_PER_SECOND: Record<string, number> = {
	en: 15,
	fr: 15,
	es: 15,
	ru: 13,
	zh: 4.5,
	ar: 12
};

/** The pace of a language before any speech is measured (its primary subtag decides). */
export function default_pace(lang: string): number {
	const primary = lang.toLowerCase().split(/[-_]/)[0];
	return CHARACTERS_PER_SECOND[primary === 'cmn' ? 'zh' : primary] ?? CHARACTERS_PER_SECOND.en;
}

/** One utterance as it was heard: its length, the seconds from `start` to `end`, its speed. */
export interface Sample {
	length: number;
	seconds: number;
	rate: number;
}

/** How much each new measurement moves the pace: a few utterances settle it, one cannot. */
const SMOOTHING = 0.25;

/**
 * The pace corrected by one utterance heard in full (characters a second at 1×). Too short to
 * tell (a word, an `end` that came at once) changes nothing; a voice is taken to be at most
 * twice as fast or as slow as the default, so one odd engine event cannot make it absurd.
 */
export function corrected_pace(pace: number, base: number, sample: Sample): number {
	const { length, seconds, rate } = sample;
	if (!(length >= 10 && seconds > 0.1 && rate > 0)) return pace;
	const heard = Math.min(Math.max(length / seconds / rate, base / 2), base * 2);
	return pace + SMOOTHING * (heard - pace);
}

/** An item of what is read, by its section and length (characters, as the voice gets them). */
export interface Measured {
	section: string;
	length: number;
}

/**
 * Characters still to be read from a point in item `at` (`done` characters of it already read)
 * to the end of its section, and to the end of everything.
 */
export function characters_left(
	items: readonly Measured[],
	at: number,
	done: number
): { section: number; total: number } {
	let section = -done;
	let total = -done;
	for (let i = at; i < items.length; i++) {
		total += items[i].length;
		if (items[i].section === items[at].section) section += items[i].length;
	}
	return { section: Math.max(section, 0), total: Math.max(total, 0) };
}

/** Seconds to read `characters` at a pace (at 1×) and a speed. */
export function seconds_for(characters: number, pace: number, rate: number): number {
	return characters / (pace * rate);
}

type DurationText = Pick<
	PlayerText,
	| 'under_a_minute'
	| 'minutes_one'
	| 'minutes_two'
	| 'minutes_few'
	| 'minutes_many'
	| 'minutes_other'
>;

/** "6 min", "1 minute", "3 минуты": whole minutes, rounded; under one, said in words. */
export function duration_text(
	seconds: number,
	text: DurationText,
	rules: Intl.PluralRules
): string {
	if (seconds < 60) return text.under_a_minute;
	const minutes = Math.round(seconds / 60);
	const form = `minutes_${rules.select(minutes)}`;
	const template = form in text ? text[form as keyof DurationText] : text.minutes_other;
	return template.replace('{count}', String(minutes));
}

/** "Estimated time left: 6 min in this section · 41 min in all". */
export function time_left_text(
	seconds: { section: number; total: number },
	text: DurationText & Pick<PlayerText, 'time_left_value'>,
	rules: Intl.PluralRules
): string {
	return text.time_left_value
		.replace('{section}', duration_text(seconds.section, text, rules))
		.replace('{total}', duration_text(seconds.total, text, rules));
}
