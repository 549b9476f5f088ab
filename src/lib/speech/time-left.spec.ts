import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';
import { player_strings } from './text.server';
import {
	characters_left,
	corrected_pace,
	default_pace,
	duration_text,
	seconds_for,
	time_left_text
} from './time-left';

const minutes = (lang: Lang, seconds: number) =>
	duration_text(seconds, player_strings(lang), new Intl.PluralRules(lang));

describe('the pace of reading aloud', () => {
	it('starts from each script’s own pace, whatever the tag', () => {
		expect(default_pace('en')).toBe(15);
		expect(default_pace('fr-FR')).toBe(default_pace('en'));
		expect(default_pace('ru_RU')).toBeLessThan(default_pace('en'));
		// A Chinese character is a syllable: far fewer of them a second.
		expect(default_pace('zh')).toBeLessThan(6);
		expect(default_pace('cmn-CN')).toBe(default_pace('zh'));
		expect(default_pace('ar')).toBeGreaterThan(default_pace('zh'));
		expect(default_pace('ar')).toBeLessThan(default_pace('en'));
		for (const lang of LANGUAGES) expect(default_pace(lang)).toBeGreaterThan(0);
		// A language we do not serve gets a pace all the same.
		expect(default_pace('de')).toBe(15);
	});

	it('moves towards what is heard, smoothly, at the speed it was heard', () => {
		// 200 characters in 10 s at 1×: 20 a second; one utterance moves a quarter of the way.
		expect(corrected_pace(15, 15, { length: 200, seconds: 10, rate: 1 })).toBeCloseTo(16.25);
		// The same voice at 2× took half the time: the pace at 1× is the same.
		expect(corrected_pace(15, 15, { length: 200, seconds: 5, rate: 2 })).toBeCloseTo(16.25);
		let pace = 15;
		for (let i = 0; i < 20; i++)
			pace = corrected_pace(pace, 15, { length: 120, seconds: 10, rate: 1 });
		expect(pace).toBeCloseTo(12, 1);
	});

	it('is not thrown off by what cannot be a measurement', () => {
		// An `end` at once, a word too short to tell, nonsense.
		expect(corrected_pace(15, 15, { length: 150, seconds: 0.01, rate: 1 })).toBe(15);
		expect(corrected_pace(15, 15, { length: 4, seconds: 1, rate: 1 })).toBe(15);
		expect(corrected_pace(15, 15, { length: 150, seconds: Number.NaN, rate: 1 })).toBe(15);
		// Far out (a fake engine, a lost pause): at most twice as fast or as slow as the default.
		let pace = 15;
		for (let i = 0; i < 50; i++)
			pace = corrected_pace(pace, 15, { length: 200, seconds: 0.2, rate: 1 });
		expect(pace).toBeCloseTo(30, 1);
		for (let i = 0; i < 50; i++)
			pace = corrected_pace(pace, 15, { length: 20, seconds: 60, rate: 1 });
		expect(pace).toBeCloseTo(7.5, 1);
	});
});

describe('the text still to be read', () => {
	const items = [
		{ section: 'opening', length: 100 },
		{ section: 'opening', length: 300 },
		{ section: 'access', length: 50 },
		{ section: 'access', length: 600 },
		{ section: 'closing', length: 200 }
	];

	it('counts from the utterance being read to the end of its section and of everything', () => {
		expect(characters_left(items, 0, 0)).toEqual({ section: 400, total: 1250 });
		expect(characters_left(items, 1, 120)).toEqual({ section: 180, total: 1030 });
		expect(characters_left(items, 2, 0)).toEqual({ section: 650, total: 850 });
		expect(characters_left(items, 4, 150)).toEqual({ section: 50, total: 50 });
	});

	it('takes as long as its length at the pace, and less at a higher speed', () => {
		expect(seconds_for(900, 15, 1)).toBe(60);
		expect(seconds_for(900, 15, 2)).toBe(30);
		expect(seconds_for(900, 15, 0.75)).toBe(80);
	});
});

describe('the time left, in words', () => {
	it('is whole minutes, rounded, and under one minute in words', () => {
		expect(minutes('en', 0)).toBe('under 1 min');
		expect(minutes('en', 59)).toBe('under 1 min');
		expect(minutes('en', 60)).toBe('1 min');
		expect(minutes('en', 89)).toBe('1 min');
		expect(minutes('en', 90)).toBe('2 min');
		expect(minutes('en', 41 * 60 + 20)).toBe('41 min');
		expect(minutes('fr', 30)).toBe('moins d’une minute');
	});

	it('takes the plural form each language needs', () => {
		expect(minutes('fr', 60)).toBe('1 minute');
		expect(minutes('fr', 120)).toBe('2 minutes');
		expect(minutes('ru', 60)).toBe('1 минута');
		expect(minutes('ru', 3 * 60)).toBe('3 минуты');
		expect(minutes('ru', 5 * 60)).toBe('5 минут');
		expect(minutes('ru', 21 * 60)).toBe('21 минута');
		expect(minutes('ar', 60)).toBe('دقيقة واحدة');
		expect(minutes('ar', 120)).toBe('دقيقتان');
		expect(minutes('ar', 3 * 60)).toBe('3 دقائق');
		expect(minutes('ar', 11 * 60)).toBe('11 دقيقة');
		expect(minutes('zh', 6 * 60)).toBe('6分钟');
	});

	it('has every form each language uses, and leaves nothing unfilled', () => {
		for (const lang of LANGUAGES) {
			const text = player_strings(lang);
			const rules = new Intl.PluralRules(lang);
			// Zero minutes is never counted: under one, it is said in words.
			for (const form of rules.resolvedOptions().pluralCategories.filter((f) => f !== 'zero')) {
				expect(text, `${lang} ${form}`).toHaveProperty(`minutes_${form}`);
			}
			for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 101, 1_000_000]) {
				const said = time_left_text({ section: count * 60, total: count * 120 }, text, rules);
				expect(said, `${lang} ${count}`).not.toMatch(/[{}]/);
			}
		}
		expect(
			time_left_text(
				{ section: 6 * 60, total: 41 * 60 },
				player_strings('en'),
				new Intl.PluralRules('en')
			)
		).toBe('Estimated time left: 6 min in this section · 41 min in all');
	});
});
