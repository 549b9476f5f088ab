import type { Lang } from '#lib/i18n/languages.js';

// Kept apart from the schema so that every page's first load carries these two, not the schema.

/** Where the settings live; `apply-early.js` reads the same key before the first paint. */
export const SETTINGS_KEY = 'igf-reader:settings';

/** The languages the legibility font can set (its files cover Latin only). */
export const LEGIBLE_LANGS: readonly Lang[] = ['en', 'fr', 'es'];
