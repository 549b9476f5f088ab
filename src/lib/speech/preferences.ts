import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';
import { is_record, local_storage, read_json, write_json } from '#lib/state/storage.js';

const KEY = 'igf-reader:speech';
const VERSION = 1;

/** The speeds the player offers; anything else read from storage is ignored. */
export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

const DEFAULT_RATE = 1;

/** What we remember for one language. */
export interface SpeechPreference {
	/** The chosen voice's `voiceURI`. */
	voice?: string;
	rate: number;
}

/** The stored JSON: `{ "version": 1, "languages": { "fr": { "voice": "…", "rate": 1.25 } } }`. */
interface Stored {
	version: typeof VERSION;
	languages: Partial<Record<Lang, SpeechPreference>>;
}

function is_rate(value: unknown): value is number {
	return (RATES as readonly unknown[]).includes(value);
}

/** Keeps what is valid in one language's entry, field by field. */
function clean(entry: unknown): SpeechPreference | undefined {
	if (!is_record(entry)) return undefined;
	const preference: SpeechPreference = { rate: is_rate(entry.rate) ? entry.rate : DEFAULT_RATE };
	if (typeof entry.voice === 'string' && entry.voice) preference.voice = entry.voice;
	return preference;
}

/** Every language's valid preferences; {} when storage is blocked, empty, corrupt or foreign. */
function read_all(storage: Storage | null): Stored['languages'] {
	const data = read_json(KEY, storage);
	if (!is_record(data) || data.version !== VERSION || !is_record(data.languages)) return {};
	const languages: Stored['languages'] = {};
	for (const lang of LANGUAGES) {
		const preference = Object.hasOwn(data.languages, lang) && clean(data.languages[lang]);
		if (preference) languages[lang] = preference;
	}
	return languages;
}

/** The remembered voice and speed for `lang`; speed 1 and no voice unless a valid one is stored. */
export function read_preference(
	lang: Lang,
	storage: Storage | null = local_storage()
): SpeechPreference {
	return read_all(storage)[lang] ?? { rate: DEFAULT_RATE };
}

/**
 * Merges `preference` into what is remembered for `lang`, keeping other languages. An invalid
 * rate or voice is ignored; `{ voice: undefined }` or `''` forgets the voice. Never throws.
 */
export function write_preference(
	lang: Lang,
	preference: Partial<SpeechPreference>,
	storage: Storage | null = local_storage()
): void {
	if (!storage) return;
	const languages = read_all(storage);
	const next: SpeechPreference = { ...(languages[lang] ?? { rate: DEFAULT_RATE }) };
	if (is_rate(preference.rate)) next.rate = preference.rate;
	if ('voice' in preference) {
		if (typeof preference.voice === 'string' && preference.voice) next.voice = preference.voice;
		else if (preference.voice === undefined || preference.voice === '') delete next.voice;
	}
	languages[lang] = next;
	const stored: Stored = { version: VERSION, languages };
	// Blocked or full: the player falls back to the defaults next time.
	write_json(KEY, stored, storage);
}
