import type { Lang } from '#lib/i18n/languages.js';

/** A minimal view of what we use (so tests can pass fakes). */
export interface SynthLike {
	getVoices(): SpeechSynthesisVoice[];
	addEventListener(type: 'voiceschanged', listener: () => void): void;
	removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

const POLL_MS = 250;

/**
 * Resolves with the voice list: at once if non-empty, else on `voiceschanged`, else by polling
 * every 250 ms; resolves with [] after `timeout_ms` (default 3000) if none ever come.
 */
export function load_voices(synth: SynthLike, timeout_ms = 3000): Promise<SpeechSynthesisVoice[]> {
	const voices = synth.getVoices();
	if (voices.length > 0) return Promise.resolve(voices);
	return new Promise((resolve) => {
		const finish = (voices: SpeechSynthesisVoice[]) => {
			synth.removeEventListener('voiceschanged', check);
			clearInterval(poll);
			clearTimeout(timer);
			resolve(voices);
		};
		const check = () => {
			const voices = synth.getVoices();
			if (voices.length > 0) finish(voices);
		};
		synth.addEventListener('voiceschanged', check);
		// Some browsers (older Safari) never fire voiceschanged, and Chrome may fire it before we
		// listen: polling catches the list either way.
		const poll = setInterval(check, POLL_MS);
		const timer = setTimeout(() => finish(synth.getVoices()), timeout_ms);
	});
}

/**
 * Calls `listener` with the new list whenever it changes (`voiceschanged`), not at once;
 * returns unsubscribe.
 */
export function watch_voices(
	synth: SynthLike,
	listener: (voices: SpeechSynthesisVoice[]) => void
): () => void {
	const changed = () => listener(synth.getVoices());
	synth.addEventListener('voiceschanged', changed);
	return () => synth.removeEventListener('voiceschanged', changed);
}

/** What a voice's `lang` tag says, once normalised. */
export interface VoiceTag {
	/** Our language (`cmn` and `yue` are `zh`), or undefined for any other language. */
	lang: Lang | undefined;
	/**
	 * The tag in canonical BCP 47 form: `en_US` → `en-US`, `EN-us` → `en-US`, `eng` → `en`,
	 * `cmn-Hans-CN` → `zh-Hans-CN`. Cantonese keeps its own code: `yue-HK`.
	 */
	tag: string;
	/** The script subtag, e.g. `Hans`, if any. */
	script: string | undefined;
	/** The region subtag, e.g. `US` or `419`, if any. */
	region: string | undefined;
	/**
	 * For Chinese: true for Mandarin, false for Cantonese, undefined when the tag alone does not
	 * say (`zh-HK`, `zh-MO`). Always undefined for other languages.
	 */
	mandarin: boolean | undefined;
}

/** Three-letter codes (ISO 639-2/T, 639-2/B, 639-3) of our languages. */
const LONG_CODES: Record<string, string> = {
	ara: 'ar',
	arb: 'ar',
	zho: 'zh',
	chi: 'zh',
	cmn: 'zh',
	eng: 'en',
	fra: 'fr',
	fre: 'fr',
	rus: 'ru',
	spa: 'es'
};

const OURS: Record<string, Lang> = {
	ar: 'ar',
	zh: 'zh',
	yue: 'zh',
	en: 'en',
	fr: 'fr',
	ru: 'ru',
	es: 'es'
};

/**
 * Normalises a voice's `lang` tag (see `VoiceTag`). Returns undefined for an empty or malformed
 * tag, which therefore matches no language.
 */
export function normalise_tag(tag: string): VoiceTag | undefined {
	const subtags = tag.trim().replaceAll('_', '-').toLowerCase().split('-');
	if (!subtags.every((subtag) => /^[a-z0-9]{1,8}$/.test(subtag))) return undefined;
	if (!/^[a-z]{2,3}$/.test(subtags[0])) return undefined;
	// Extended language subtags: `zh-yue` is `yue`, `zh-cmn` is `cmn`, `ar-arb` is `arb`.
	if (/^(zh|ar)$/.test(subtags[0]) && /^[a-z]{3}$/.test(subtags[1] ?? '')) subtags.shift();
	const original = subtags[0];
	const primary = LONG_CODES[original] ?? original;
	const lang = Object.hasOwn(OURS, primary) ? OURS[primary] : undefined;

	let script: string | undefined;
	let region: string | undefined;
	let extension = false;
	const rest: string[] = [];
	for (const subtag of subtags.slice(1)) {
		// After a singleton (`-u-`, `-x-`) come extensions and private use: leave them lowercase.
		extension ||= subtag.length === 1;
		if (extension) rest.push(subtag);
		else if (!script && !region && /^[a-z]{4}$/.test(subtag)) {
			script = subtag[0].toUpperCase() + subtag.slice(1);
			rest.push(script);
		} else if (!region && /^([a-z]{2}|[0-9]{3})$/.test(subtag)) {
			region = subtag.toUpperCase();
			rest.push(region);
		} else rest.push(subtag);
	}

	let mandarin: boolean | undefined;
	if (original === 'cmn') mandarin = true;
	else if (primary === 'yue') mandarin = false;
	else if (primary === 'zh') mandarin = region === 'HK' || region === 'MO' ? undefined : true;

	return { lang, tag: [primary, ...rest].join('-'), script, region, mandarin };
}

const CANTONESE = /cantonese|粤|粵|廣東|广东/i;
const MANDARIN = /mandarin|普通话|普通話|国语|國語|华语|華語/i;

/** 0 for Mandarin, 1 for unknown, 2 for Cantonese: the name wins, as `zh-HK` may be either. */
function variety_rank(voice: SpeechSynthesisVoice, tag: VoiceTag): number {
	if (tag.lang !== 'zh') return 0;
	if (CANTONESE.test(voice.name)) return 2;
	if (MANDARIN.test(voice.name)) return 0;
	return tag.mandarin === undefined ? 1 : tag.mandarin ? 0 : 2;
}

/**
 * Preferred regions, best tier first; a bare tag (`fr`, espeak-ng's usual form) is `undefined`.
 * Regions in no tier come after all tiers.
 */
const REGION_TIERS: Record<Lang, (string | undefined)[][]> = {
	ar: [],
	zh: [['CN'], [undefined], ['TW', 'SG']],
	en: [['GB', 'US'], [undefined]],
	fr: [['FR'], [undefined]],
	ru: [['RU'], [undefined]],
	es: [['ES'], [undefined], ['419', 'MX']]
};

function region_rank(lang: Lang, tag: VoiceTag): number {
	const tiers = REGION_TIERS[lang];
	// espeak-ng's `cmn-latn-pinyin` reads Latin letters (IGF, URLs) as pinyin rather than English.
	if (tag.script === 'Latn' && lang === 'zh') return tiers.length + 1;
	const tier = tiers.findIndex((regions) => regions.includes(tag.region));
	return tier === -1 ? tiers.length : tier;
}

const collator = new Intl.Collator('en');

/**
 * espeak-ng (Linux, through speech-dispatcher) lists each voice again with about a hundred
 * timbres ("English (America)+Adam espeak-ng"): a chooser of hundreds. The timbres are left out
 * when their base voice is listed.
 */
function is_variant(voice: SpeechSynthesisVoice, names: ReadonlySet<string>): boolean {
	const base = /^(.+)\+[^+ ]+( espeak-ng)$/.exec(voice.name);
	return !!base && names.has(`${base[1]}${base[2]}`);
}

/**
 * The voices that may read `lang`: only voices of that language, never another language's.
 * Best first: local before remote (they work offline), for Chinese Mandarin before Cantonese,
 * then by region (`REGION_TIERS`), then the platform's default, then by name.
 */
export function voices_for(
	lang: Lang,
	voices: readonly SpeechSynthesisVoice[]
): SpeechSynthesisVoice[] {
	const ranked = [];
	const names = new Set(voices.map((voice) => voice.name));
	for (const voice of voices) {
		const tag = normalise_tag(voice.lang ?? '');
		if (tag?.lang !== lang || is_variant(voice, names)) continue;
		ranked.push({
			voice,
			local: voice.localService ? 0 : 1,
			variety: variety_rank(voice, tag),
			region: region_rank(lang, tag),
			default: voice.default ? 0 : 1
		});
	}
	ranked.sort(
		(a, b) =>
			a.local - b.local ||
			a.variety - b.variety ||
			a.region - b.region ||
			a.default - b.default ||
			collator.compare(a.voice.name, b.voice.name) ||
			collator.compare(a.voice.voiceURI, b.voice.voiceURI)
	);
	return ranked.map(({ voice }) => voice);
}

/**
 * The voice to use: the remembered one (by `voiceURI`, then by name) if it is still among
 * `voices_for(lang)`, else the best. Undefined when the language has no voice.
 */
export function choose_voice(
	lang: Lang,
	voices: readonly SpeechSynthesisVoice[],
	remembered?: string
): SpeechSynthesisVoice | undefined {
	const candidates = voices_for(lang, voices);
	if (remembered) {
		const found =
			candidates.find((voice) => voice.voiceURI === remembered) ??
			candidates.find((voice) => voice.name === remembered);
		if (found) return found;
	}
	return candidates[0];
}

/**
 * A label for a voice chooser: the voice's name, followed for remote voices by `online_marker`
 * (e.g. a translated '(online)'), since those stop working offline.
 */
export function voice_label(voice: SpeechSynthesisVoice, online_marker: string): string {
	// Some platforms leave the name empty: the tag still tells voices apart.
	const name = voice.name.trim() || voice.lang || voice.voiceURI;
	return voice.localService || !online_marker ? name : `${name} ${online_marker}`;
}
