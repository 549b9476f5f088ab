import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { app_version } from './scripts/app-version.js';

/** Absolute origin for canonical and hreflang links (search engines ignore relative ones). */
const origin = (process.env.SITE_ORIGIN || 'http://127.0.0.1:4173').replace(/\/+$/, '');

const build_dir = process.env.BUILD_DIR || 'build';

const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
/** @type {`/${string}`[]} Pages no link reaches: the service worker serves them. */
const offline_pages = languages.map((lang) => /** @type {const} */ (`/${lang}/offline/`));
/** @type {`/${string}`[]} */
const manifests = languages.map((lang) => /** @type {const} */ (`/${lang}/manifest.webmanifest`));
/** @type {`/${string}`[]} The read-aloud player's strings, fetched when it first opens. */
const player_strings = languages.map((lang) => /** @type {const} */ (`/${lang}/player.json`));
/** @type {`/${string}`[]} The settings' and search panels' strings, fetched when one opens. */
const panel_strings = languages.map((lang) => /** @type {const} */ (`/${lang}/panels.json`));
/** @type {`/${string}`[]} The not-found pages, which no link reaches. */
const not_found_pages = ['/404', ...languages.map((lang) => /** @type {const} */ (`/${lang}/404`))];

/** @type {import('@sveltejs/kit').Config} */
/**
 * SvelteKit's route announcer is mounted with this inline `style` attribute. CSP can allow that
 * one attribute by its hash ('unsafe-hashes'), which is far narrower than 'unsafe-inline'.
 * If Kit changes the string, the browser reports the violation and the end-to-end tests fail.
 */
const announcer_style =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcer_hash = `sha256-${createHash('sha256').update(announcer_style).digest('base64')}`;

/**
 * The reading settings are applied before the first paint by an inline script in the head (see
 * hooks.server.ts). Kit hashes only the scripts it writes itself, so this one is hashed here, from
 * the same file the hook injects: edit the file and the hash follows.
 */
const early_script = readFileSync(new URL('./src/lib/settings/apply-early.js', import.meta.url));
const early_script_hash = `sha256-${createHash('sha256').update(early_script).digest('base64')}`;

const config = {
	kit: {
		// BUILD_DIR: another folder (the tests build a second version to update to), and
		// KIT_OUT_DIR its own working folder, so that it leaves the first build's files alone.
		adapter: adapter({ pages: build_dir, assets: build_dir, precompress: true, strict: true }),
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		// The first screen's CSS arrives with the HTML: a render-blocking stylesheet costs a round trip.
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			origin,
			entries: [
				'*',
				'/offline/',
				...not_found_pages,
				...offline_pages,
				...manifests,
				...player_strings,
				...panel_strings
			],
			handleMissingId: 'fail'
		},
		// Everything comes from our origin; inline scripts and styles only by their hashes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self', early_script_hash],
				'style-src': ['self', 'unsafe-hashes', announcer_hash],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self'],
				'worker-src': ['self'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'object-src': ['none']
			}
		},
		// Absolute asset paths: the 404 pages are served at any depth.
		paths: { relative: false },
		alias: { $locales: 'locales' },
		// From the content, not the clock (Kit's default): see scripts/app-version.js.
		version: { name: app_version(fileURLToPath(new URL('.', import.meta.url))) },
		// Registered from the page with workbox-window, after the first paint.
		serviceWorker: { register: false }
	}
};

export default config;
