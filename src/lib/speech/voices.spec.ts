import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';
import {
	choose_voice,
	load_voices,
	normalise_tag,
	voice_label,
	voices_for,
	watch_voices,
	type SynthLike
} from './voices';

function voice(
	name: string,
	lang: string,
	{ local = true, is_default = false, uri = name } = {}
): SpeechSynthesisVoice {
	return { name, lang, voiceURI: uri, localService: local, default: is_default };
}

const remote = { local: false };

/** Chrome on Windows: Microsoft voices (local) and Google voices (remote, none for Arabic). */
const DESKTOP = [
	voice('Microsoft David - English (United States)', 'en-US', { is_default: true }),
	voice('Microsoft Hazel - English (United Kingdom)', 'en-GB'),
	voice('Microsoft Huihui - Chinese (Simplified, PRC)', 'zh-CN'),
	voice('Microsoft Hortense - French (France)', 'fr-FR'),
	voice('Microsoft Helena - Spanish (Spain)', 'es-ES'),
	voice('Microsoft Irina - Russian (Russia)', 'ru-RU'),
	voice('Microsoft Naayf - Arabic (Saudi Arabia)', 'ar-SA'),
	voice('Google Deutsch', 'de-DE', remote),
	voice('Google US English', 'en-US', remote),
	voice('Google UK English Female', 'en-GB', remote),
	voice('Google español', 'es-ES', remote),
	voice('Google español de Estados Unidos', 'es-US', remote),
	voice('Google français', 'fr-FR', remote),
	voice('Google русский', 'ru-RU', remote),
	voice('Google 粤語（香港）', 'zh-HK', remote),
	voice('Google 國語（臺灣）', 'zh-TW', remote),
	voice('Google 普通话（中国大陆）', 'zh-CN', remote),
	voice('Google 日本語', 'ja-JP', remote)
];

/** Chrome on Android: underscores, `cmn`, `yue`, `es-419`, and no Arabic voice. */
const ANDROID = [
	voice('English United States', 'en_US', { is_default: true }),
	voice('English United Kingdom', 'en_GB'),
	voice('Chinese Hong Kong', 'yue_HK'),
	voice('Chinese China', 'cmn_CN'),
	voice('Chinese Taiwan', 'cmn-TW'),
	voice('Spanish Latin America', 'es-419'),
	voice('Spanish Spain', 'es_ES'),
	voice('French France', 'fr_FR'),
	voice('French Canada', 'fr_CA'),
	voice('Russian Russia', 'ru_RU'),
	voice('Hindi India', 'hi_IN')
];

/** Chromium on Linux with espeak-ng through speech-dispatcher: bare and three-letter tags. */
const ESPEAK = [
	voice('English (Great Britain)', 'en', { is_default: true }),
	voice('English (America)', 'en-US'),
	voice('Chinese (Cantonese)', 'yue'),
	voice('Chinese (Mandarin, latin as Pinyin)', 'cmn-latn-pinyin'),
	voice('Chinese (Mandarin, latin as English)', 'cmn'),
	voice('Hakka Chinese', 'hak'),
	voice('Arabic', 'ar'),
	voice('French (Belgium)', 'fr-BE'),
	voice('French (France)', 'fr-FR'),
	voice('Spanish (Latin America)', 'es-419'),
	voice('Spanish (Spain)', 'es'),
	voice('Russian', 'ru'),
	voice('German', 'de'),
	voice('Default', ''),
	voice('Unknown', '??')
];

function names(voices: SpeechSynthesisVoice[]): string[] {
	return voices.map((voice) => voice.name);
}

describe('normalise_tag', () => {
	it('canonicalises separators and case', () => {
		expect(normalise_tag('en_US')).toMatchObject({ lang: 'en', tag: 'en-US', region: 'US' });
		expect(normalise_tag('EN-us')).toMatchObject({ lang: 'en', tag: 'en-US' });
		expect(normalise_tag(' en ')).toMatchObject({ lang: 'en', tag: 'en', region: undefined });
		expect(normalise_tag('zh-hans-cn')).toMatchObject({ tag: 'zh-Hans-CN', script: 'Hans' });
		expect(normalise_tag('es-419')).toMatchObject({ lang: 'es', tag: 'es-419', region: '419' });
		expect(normalise_tag('ar-001')).toMatchObject({ lang: 'ar', tag: 'ar-001' });
		expect(normalise_tag('en-gb-x-gbb-network')?.tag).toBe('en-GB-x-gbb-network');
	});

	it('maps three-letter codes to ours', () => {
		const cases = { eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', rus: 'ru', ara: 'ar' };
		for (const [code, lang] of Object.entries(cases)) {
			expect(normalise_tag(code)).toMatchObject({ lang, tag: lang, mandarin: undefined });
		}
		expect(normalise_tag('zho')).toMatchObject({ lang: 'zh', tag: 'zh', mandarin: true });
		expect(normalise_tag('chi')).toMatchObject({ lang: 'zh', tag: 'zh', mandarin: true });
	});

	it('tells Mandarin from Cantonese', () => {
		expect(normalise_tag('cmn')).toMatchObject({ lang: 'zh', tag: 'zh', mandarin: true });
		expect(normalise_tag('cmn-CN')).toMatchObject({ tag: 'zh-CN', mandarin: true });
		expect(normalise_tag('cmn-Hans-CN')).toMatchObject({ tag: 'zh-Hans-CN', mandarin: true });
		expect(normalise_tag('zh-cmn-Hant-TW')).toMatchObject({ tag: 'zh-Hant-TW', mandarin: true });
		expect(normalise_tag('zh-TW')).toMatchObject({ mandarin: true });
		expect(normalise_tag('zh-Hans')).toMatchObject({ mandarin: true });
		expect(normalise_tag('yue')).toMatchObject({ lang: 'zh', tag: 'yue', mandarin: false });
		expect(normalise_tag('yue-HK')).toMatchObject({ lang: 'zh', tag: 'yue-HK', mandarin: false });
		expect(normalise_tag('zh-yue')).toMatchObject({ lang: 'zh', tag: 'yue', mandarin: false });
		// Hong Kong and Macau voices may speak either: only the voice's name can tell.
		expect(normalise_tag('zh-HK')).toMatchObject({ lang: 'zh', mandarin: undefined });
	});

	it('keeps other languages apart and rejects garbage', () => {
		expect(normalise_tag('de-DE')).toMatchObject({ lang: undefined, tag: 'de-DE' });
		expect(normalise_tag('hak')).toMatchObject({ lang: undefined, tag: 'hak' });
		expect(normalise_tag('constructor')).toBeUndefined();
		for (const garbage of ['', ' ', '??', 'e', '12', 'en--US', 'en US', 'x-klingon']) {
			expect(normalise_tag(garbage)).toBeUndefined();
		}
	});
});

describe('voices_for', () => {
	it('ranks desktop Chrome voices: local first, Mandarin before Cantonese', () => {
		const expected: Record<Lang, string[]> = {
			ar: ['Microsoft Naayf - Arabic (Saudi Arabia)'],
			zh: [
				'Microsoft Huihui - Chinese (Simplified, PRC)',
				'Google 普通话（中国大陆）',
				'Google 國語（臺灣）',
				'Google 粤語（香港）'
			],
			en: [
				'Microsoft David - English (United States)',
				'Microsoft Hazel - English (United Kingdom)',
				'Google UK English Female',
				'Google US English'
			],
			fr: ['Microsoft Hortense - French (France)', 'Google français'],
			ru: ['Microsoft Irina - Russian (Russia)', 'Google русский'],
			es: [
				'Microsoft Helena - Spanish (Spain)',
				'Google español',
				'Google español de Estados Unidos'
			]
		};
		for (const lang of LANGUAGES) expect(names(voices_for(lang, DESKTOP))).toEqual(expected[lang]);
	});

	it('ranks Android voices with odd tags, and finds no Arabic voice', () => {
		const expected: Record<Lang, string[]> = {
			ar: [],
			zh: ['Chinese China', 'Chinese Taiwan', 'Chinese Hong Kong'],
			en: ['English United States', 'English United Kingdom'],
			fr: ['French France', 'French Canada'],
			ru: ['Russian Russia'],
			es: ['Spanish Spain', 'Spanish Latin America']
		};
		for (const lang of LANGUAGES) expect(names(voices_for(lang, ANDROID))).toEqual(expected[lang]);
	});

	it('ranks espeak-ng voices, bare tags included', () => {
		const expected: Record<Lang, string[]> = {
			ar: ['Arabic'],
			zh: [
				'Chinese (Mandarin, latin as English)',
				'Chinese (Mandarin, latin as Pinyin)',
				'Chinese (Cantonese)'
			],
			en: ['English (America)', 'English (Great Britain)'],
			fr: ['French (France)', 'French (Belgium)'],
			ru: ['Russian'],
			es: ['Spanish (Spain)', 'Spanish (Latin America)']
		};
		for (const lang of LANGUAGES) expect(names(voices_for(lang, ESPEAK))).toEqual(expected[lang]);
	});

	it('leaves out the timbres espeak-ng lists for each voice, when the voice itself is listed', () => {
		const list = [
			voice('English (America) espeak-ng', 'en-US'),
			voice('English (America)+Adam espeak-ng', 'en-US'),
			voice('English (America)+Alex espeak-ng', 'en-US'),
			// A timbre whose base voice is missing stays: it is the only way to read the language.
			voice('Arabic+Adam espeak-ng', 'ar'),
			voice('C++ Voice', 'en-GB')
		];
		expect(names(voices_for('en', list))).toEqual(['C++ Voice', 'English (America) espeak-ng']);
		expect(names(voices_for('ar', list))).toEqual(['Arabic+Adam espeak-ng']);
	});

	it('never lends one language another language’s voice', () => {
		for (const list of [DESKTOP, ANDROID, ESPEAK]) {
			for (const lang of LANGUAGES) {
				for (const found of voices_for(lang, list)) {
					expect(normalise_tag(found.lang)?.lang).toBe(lang);
				}
			}
		}
		expect(voices_for('ar', [voice('English', 'en'), voice('Default', '')])).toEqual([]);
	});

	it('reads the variety of a Hong Kong voice from its name', () => {
		const voices = [
			voice('Sin-ji', 'zh-HK'),
			voice('Cantonese (Hong Kong)', 'zh-HK'),
			voice('Mandarin (Hong Kong)', 'zh-HK'),
			voice('廣東話', 'zh-HK')
		];
		expect(names(voices_for('zh', voices))).toEqual([
			'Mandarin (Hong Kong)',
			'Sin-ji',
			'Cantonese (Hong Kong)',
			'廣東話'
		]);
	});

	it('prefers the platform default among equals, then sorts by name', () => {
		const voices = [
			voice('B', 'fr-FR'),
			voice('C', 'fr-FR', { is_default: true }),
			voice('A', 'fr')
		];
		expect(names(voices_for('fr', voices))).toEqual(['C', 'B', 'A']);
	});
});

describe('choose_voice', () => {
	it('honours the remembered voice, by voiceURI or by name', () => {
		const voices = [
			voice('Thomas', 'fr-FR', { uri: 'com.apple.voice.compact.fr-FR.Thomas' }),
			voice('Amélie', 'fr-CA', { uri: 'com.apple.voice.compact.fr-CA.Amelie' })
		];
		expect(choose_voice('fr', voices)?.name).toBe('Thomas');
		expect(choose_voice('fr', voices, 'com.apple.voice.compact.fr-CA.Amelie')?.name).toBe('Amélie');
		expect(choose_voice('fr', voices, 'Amélie')?.name).toBe('Amélie');
		expect(choose_voice('es', ANDROID, 'Spanish Latin America')?.name).toBe(
			'Spanish Latin America'
		);
	});

	it('falls back to the best when the remembered voice is gone or of another language', () => {
		expect(choose_voice('fr', DESKTOP, 'Microsoft Julie - French (France)')?.name).toBe(
			'Microsoft Hortense - French (France)'
		);
		expect(choose_voice('fr', DESKTOP, 'Google US English')?.name).toBe(
			'Microsoft Hortense - French (France)'
		);
		expect(choose_voice('zh', ESPEAK, '')?.name).toBe('Chinese (Mandarin, latin as English)');
	});

	it('is undefined when the language has no voice', () => {
		expect(choose_voice('ar', ANDROID)).toBeUndefined();
		expect(choose_voice('ar', ANDROID, 'English United States')).toBeUndefined();
		expect(choose_voice('en', [])).toBeUndefined();
	});
});

describe('voice_label', () => {
	it('marks remote voices only', () => {
		expect(voice_label(voice('Google français', 'fr-FR', remote), '(en ligne)')).toBe(
			'Google français (en ligne)'
		);
		expect(voice_label(voice('Thomas', 'fr-FR'), '(en ligne)')).toBe('Thomas');
		expect(voice_label(voice('', 'fr-FR'), '(online)')).toBe('fr-FR');
	});
});

/** A speechSynthesis stand-in whose voices arrive when the test says so. */
class FakeSynth implements SynthLike {
	voices: SpeechSynthesisVoice[] = [];
	listeners = new Set<() => void>();

	getVoices(): SpeechSynthesisVoice[] {
		return this.voices;
	}
	addEventListener(_type: 'voiceschanged', listener: () => void): void {
		this.listeners.add(listener);
	}
	removeEventListener(_type: 'voiceschanged', listener: () => void): void {
		this.listeners.delete(listener);
	}
	/** New voices, announced with `voiceschanged` unless `silently`. */
	arrive(voices: SpeechSynthesisVoice[], silently = false): void {
		this.voices = voices;
		if (!silently) for (const listener of this.listeners) listener();
	}
}

// The browser's own speechSynthesis is a SynthLike: checked by the type checker (`npm run
// check`), not at run time.
expectTypeOf<SpeechSynthesis>().toExtend<SynthLike>();

describe('load_voices', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('resolves at once when voices are there', async () => {
		const synth = new FakeSynth();
		synth.arrive(DESKTOP);
		await expect(load_voices(synth)).resolves.toBe(DESKTOP);
		expect(synth.listeners.size).toBe(0);
	});

	it('resolves on a late voiceschanged, ignoring an empty one', async () => {
		vi.useFakeTimers();
		const synth = new FakeSynth();
		const loading = load_voices(synth);
		synth.arrive([]);
		await vi.advanceTimersByTimeAsync(100);
		synth.arrive(ESPEAK);
		await expect(loading).resolves.toBe(ESPEAK);
		expect(synth.listeners.size).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('polls when voiceschanged never fires', async () => {
		vi.useFakeTimers();
		const synth = new FakeSynth();
		const done = vi.fn();
		void load_voices(synth).then(done);
		synth.arrive(ANDROID, true);
		await vi.advanceTimersByTimeAsync(249);
		expect(done).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(done).toHaveBeenCalledWith(ANDROID);
		expect(synth.listeners.size).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('resolves with [] on timeout', async () => {
		vi.useFakeTimers();
		const synth = new FakeSynth();
		const done = vi.fn();
		void load_voices(synth, 1000).then(done);
		await vi.advanceTimersByTimeAsync(999);
		expect(done).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(done).toHaveBeenCalledWith([]);
		expect(synth.listeners.size).toBe(0);
		expect(vi.getTimerCount()).toBe(0);

		const by_default = load_voices(synth);
		await vi.advanceTimersByTimeAsync(3000);
		await expect(by_default).resolves.toEqual([]);
	});
});

describe('watch_voices', () => {
	it('reports each change until unsubscribed', () => {
		const synth = new FakeSynth();
		const listener = vi.fn();
		const unsubscribe = watch_voices(synth, listener);
		expect(listener).not.toHaveBeenCalled();
		synth.arrive(DESKTOP);
		synth.arrive(ANDROID);
		expect(listener.mock.calls).toEqual([[DESKTOP], [ANDROID]]);
		unsubscribe();
		synth.arrive(ESPEAK);
		expect(listener).toHaveBeenCalledTimes(2);
		expect(synth.listeners.size).toBe(0);
	});
});
