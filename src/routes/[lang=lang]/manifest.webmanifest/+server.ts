import { dir_of, type Lang } from '#lib/i18n/languages.js';
import { translator } from '#lib/server/ui.js';
import type { RequestHandler } from './$types';

export const prerender = true;

/** One web app manifest per language; one `id`, so it is one app whichever language installed it. */
export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang as Lang;
	const t = translator(lang);
	const manifest = {
		id: '/',
		name: t('install.name'),
		short_name: t('install.short_name'),
		description: t('meta.reader_description'),
		lang,
		dir: dir_of(lang),
		start_url: `/${lang}/`,
		scope: '/',
		display: 'standalone',
		theme_color: '#0b4f8a',
		background_color: '#fdfdfc',
		icons: [
			{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		],
		screenshots: [
			{
				src: '/screenshots/narrow.png',
				sizes: '412x915',
				type: 'image/png',
				form_factor: 'narrow'
			},
			{ src: '/screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide' }
		]
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'Content-Type': 'application/manifest+json' }
	});
};
