import adapter from '@sveltejs/adapter-static';

/** Absolute origin for canonical and hreflang links (search engines ignore relative ones). */
const origin = (process.env.SITE_ORIGIN || 'http://127.0.0.1:4173').replace(/\/+$/, '');

/** @type {`/${string}`[]} The not-found pages, which no link reaches. */
const not_found_pages = [
	'/404',
	...['en', 'fr', 'es', 'ru', 'zh', 'ar'].map((lang) => /** @type {const} */ (`/${lang}/404`))
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ precompress: true, strict: true }),
		// The first screen's CSS arrives with the HTML: a render-blocking stylesheet costs a round trip.
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			origin,
			entries: ['*', ...not_found_pages],
			handleMissingId: 'fail'
		},
		// Absolute asset paths: the 404 pages are served at any depth.
		paths: { relative: false },
		alias: { $locales: 'locales' }
	}
};

export default config;
