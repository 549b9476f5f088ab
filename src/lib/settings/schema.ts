import type { Lang } from '#lib/i18n/languages.js';
import { LEGIBLE_LANGS } from './constants';

export { LEGIBLE_LANGS, SETTINGS_KEY } from './constants';

/**
 * The version of the stored shape. Changing the shape means: bump it, add a step to
 * `MIGRATIONS` from the previous version, and teach `apply-early.js` the new version. A new
 * field with a default is not a new shape: older data reads with the default, and older code
 * (a rollback) drops the field and keeps the rest, where a new version would lose everything.
 */
export const SETTINGS_VERSION = 1;

export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;
/**
 * `system` is each script's usual face: sans-serif for Latin, Cyrillic and Chinese, Naskh for
 * Arabic. `legible` (Atkinson Hyperlegible) covers Latin only: English, French and Spanish.
 */
export const FONTS = ['system', 'sans', 'serif', 'legible'] as const;
/** Text size, in percent of the browser's own size. */
export const SIZES = [100, 115, 130, 150, 175, 200] as const;
/** Line height, in percent of each script's own leading. */
export const LEADINGS = [100, 115, 130, 150] as const;
/** Extra letter and word spacing, in steps (0.04 em a step for letters, 0.08 em for words). */
export const SPACINGS = [0, 1, 2, 3] as const;
/** Space after each paragraph, in percent of the usual (1 em). */
export const PARAGRAPH_SPACINGS = [100, 150, 200, 250] as const;
export const MEASURES = ['narrow', 'standard', 'wide'] as const;
/** Line focus: off, or the number of lines in the band that stays clear (see `line-focus.ts`). */
export const LINE_FOCUS = [0, 1, 3, 5] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];

/**
 * The reading settings. Each key becomes a `data-*` attribute on `<html>` (`data-size="150"`),
 * and `app.css` maps the values it knows to custom properties: a value it does not know changes
 * nothing, so the early script can copy what it reads without validating it.
 */
export interface Settings {
	theme: Theme;
	font: Font;
	size: (typeof SIZES)[number];
	leading: (typeof LEADINGS)[number];
	letters: (typeof SPACINGS)[number];
	words: (typeof SPACINGS)[number];
	paragraphs: (typeof PARAGRAPH_SPACINGS)[number];
	measure: (typeof MEASURES)[number];
	focus: (typeof LINE_FOCUS)[number];
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
	theme: 'system',
	font: 'system',
	size: 100,
	leading: 100,
	letters: 0,
	words: 0,
	paragraphs: 100,
	measure: 'standard',
	focus: 0
});

export const SETTING_NAMES = Object.keys(DEFAULTS) as (keyof Settings)[];

const ALLOWED: { [K in keyof Settings]: readonly Settings[K][] } = {
	theme: THEMES,
	font: FONTS,
	size: SIZES,
	leading: LEADINGS,
	letters: SPACINGS,
	words: SPACINGS,
	paragraphs: PARAGRAPH_SPACINGS,
	measure: MEASURES,
	focus: LINE_FOCUS
};

/** The fonts offered on a page in `lang`, the script's usual one first. */
export function fonts_for(lang: Lang): Exclude<Font, 'system'>[] {
	if (lang === 'ar') return ['serif', 'sans'];
	return LEGIBLE_LANGS.includes(lang) ? ['sans', 'serif', 'legible'] : ['sans', 'serif'];
}

/** The font a page in `lang` shows for a setting (`system` is the script's usual face). */
export function font_shown(font: Font, lang: Lang): Exclude<Font, 'system'> {
	const offered = fonts_for(lang);
	return font !== 'system' && offered.includes(font) ? font : offered[0];
}

/**
 * The setting a choice on a page in `lang` stores: choosing the script's usual face stores
 * `system`, so that Arabic keeps its Naskh when a reader of English picks sans-serif, and Latin
 * keeps its sans-serif when a reader of Arabic picks Naskh.
 */
export function font_chosen(choice: Exclude<Font, 'system'>, lang: Lang): Font {
	return choice === fonts_for(lang)[0] ? 'system' : choice;
}

type Stored = Record<string, unknown>;

/**
 * Steps from each older version to the next. Version 1 is the first: an object without a
 * version (written by hand, say) is read as version 1's fields.
 */
const MIGRATIONS: Record<number, (data: Stored) => Stored> = {
	0: (data) => data
};

/** Each known field if its value is allowed, else its default; unknown fields are dropped. */
function validate(data: Stored): Settings {
	const settings = { ...DEFAULTS } as Record<keyof Settings, unknown>;
	for (const name of SETTING_NAMES) {
		if ((ALLOWED[name] as readonly unknown[]).includes(data[name])) settings[name] = data[name];
	}
	return settings as Settings;
}

/**
 * Settings from whatever storage held: migrated from an older version, validated field by
 * field. Anything unreadable (not JSON, not an object, from a newer version this code does not
 * know) gives the defaults; it never throws.
 */
export function migrate(data: unknown): Settings {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ...DEFAULTS };
	let stored = data as Stored;
	let version = stored.version === undefined ? 0 : stored.version;
	if (!Number.isInteger(version) || (version as number) < 0) return { ...DEFAULTS };
	// A newer version (this code rolled back): the early script ignores it too, so the page
	// shows the defaults consistently, and the data stays until the reader changes something.
	if ((version as number) > SETTINGS_VERSION) return { ...DEFAULTS };
	while ((version as number) < SETTINGS_VERSION) {
		stored = MIGRATIONS[version as number](stored);
		version = (version as number) + 1;
	}
	return validate(stored);
}

/** Parses the stored text (or its absence) into settings; never throws. */
export function parse_settings(text: string | null | undefined): Settings {
	if (!text) return { ...DEFAULTS };
	try {
		return migrate(JSON.parse(text));
	} catch {
		return { ...DEFAULTS };
	}
}

export function serialize_settings(settings: Settings): string {
	return JSON.stringify({ version: SETTINGS_VERSION, ...validate({ ...settings }) });
}

export function is_default(settings: Settings): boolean {
	return SETTING_NAMES.every((name) => settings[name] === DEFAULTS[name]);
}
