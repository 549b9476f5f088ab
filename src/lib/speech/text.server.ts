import type { Lang } from '#lib/i18n/languages.js';
import { glossary_for } from '#lib/server/glossary.js';
import { document_for } from '#lib/server/summary.js';
import { section_strings } from '#lib/server/ui.js';
import type { PlayerText } from './text';

/**
 * The player's strings in one language, translated, with placeholders left for the player to
 * fill: `{number}`, `{total}`, `{time}`, `{section}`, `{count}` (the minutes come in every plural
 * form i18next knows, `minutes_one`…, for the player to choose with `Intl.PluralRules`).
 */
export function player_strings(lang: Lang): PlayerText {
	const pronounce = glossary_for(document_for(lang).lang).pronounce;
	return { ...section_strings(lang, 'player'), pronounce } as PlayerText;
}
