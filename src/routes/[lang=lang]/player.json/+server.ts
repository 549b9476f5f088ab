import type { Lang } from '#lib/i18n/languages.js';
import type { PlayerText } from '#lib/speech/text.js';
import { glossary_for } from '#lib/server/glossary.js';
import { document_for } from '#lib/server/summary.js';
import { translator, ui_strings } from '#lib/server/ui.js';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The player's strings in one language, fetched when the reader first asks to listen (they are
 * not in the page). Placeholders stay for the player to fill: `{number}`, `{total}`, `{time}`.
 */
export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	const keys = Object.keys(ui_strings('en').player);
	const strings = Object.fromEntries(
		keys.map((key) => [
			key,
			t(`player.${key}`, { number: '{number}', total: '{total}', time: '{time}' })
		])
	);
	const pronounce = glossary_for(document_for(lang).lang).pronounce;
	return Response.json({ ...strings, pronounce } as PlayerText);
};
