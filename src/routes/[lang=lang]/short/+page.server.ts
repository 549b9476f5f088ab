import type { Lang } from '#lib/i18n/languages.js';
import type { PlayerText } from '#lib/speech/text.js';
import { section_strings, translator } from '#lib/server/ui.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	// The parts themselves are static HTML, written into the page by hooks.server.ts.
	return {
		title: t('short.title'),
		description: t('short.description'),
		label: t('short.label'),
		listen: t('short.listen'),
		// What the player says differently here: it reads sentences, and moves by section.
		player: section_strings(lang, 'short_player') as Partial<PlayerText>
	};
};
