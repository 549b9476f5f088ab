import type { UiStrings } from '#lib/i18n/translator.js';

/** The panel's strings, translated on the server (see `section_strings`). */
export type SettingsText = UiStrings['settings'];
