import type { Lang } from '#lib/i18n/languages.js';
import { player_strings } from '#lib/speech/text.server.js';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The player's strings in one language, fetched when the reader first asks to listen (they are
 * not in the page).
 */
export const GET: RequestHandler = ({ params }) =>
	Response.json(player_strings(params.lang as Lang));
