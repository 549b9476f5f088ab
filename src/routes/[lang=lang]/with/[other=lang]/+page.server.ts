import { error } from '@sveltejs/kit';
import { LANGUAGES, type Lang } from '#lib/i18n/languages.js';
import { section_strings, translator } from '#lib/server/ui.js';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every ordered pair of two different languages: 30 pages. */
export const entries: EntryGenerator = () =>
	LANGUAGES.flatMap((lang) =>
		LANGUAGES.filter((other) => other !== lang).map((other) => ({ lang, other }))
	);

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const other = params.other as Lang;
	if (lang === other) error(404);
	const t = translator(lang);
	// The two languages named in the page's language: "anglais et français".
	const names = new Intl.DisplayNames(lang, { type: 'language' });
	const pair = { first: names.of(lang), second: names.of(other) };
	const text = section_strings(lang, 'side');
	const heading = t('side.heading', pair);
	return {
		other,
		heading,
		title: `${heading} – ${t('site.name')}`,
		description: text.description,
		intro: text.intro,
		swap: text.swap,
		choose: text.other,
		back: t('nav.summary')
	};
};
