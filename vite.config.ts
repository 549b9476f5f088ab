// The project's configuration, SvelteKit's included: since Kit 3 its options (what
// svelte.config.js held under `kit`) are passed to the `sveltekit()` plugin.
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { app_version } from './scripts/app-version.js';

/** Absolute origin for canonical and hreflang links (search engines ignore relative ones). */
const origin = (process.env.SITE_ORIGIN || 'http://127.0.0.1:4173').replace(/\/+$/, '');

const build_dir = process.env.BUILD_DIR || 'build';

/** Debian's Chromium: Playwright cannot download its own browsers here (as in playwright.config.ts). */
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
/** Pages no link reaches: the service worker serves them. */
const offline_pages = languages.map((lang) => `/${lang}/offline/` as const);
const manifests = languages.map((lang) => `/${lang}/manifest.webmanifest` as const);
/** The read-aloud player's strings, fetched when it first opens. */
const player_strings = languages.map((lang) => `/${lang}/player.json` as const);
/** The settings' and search panels' strings, fetched when one opens. */
const panel_strings = languages.map((lang) => `/${lang}/panels.json` as const);
/** The not-found pages, which no link reaches. */
const not_found_pages = ['/404', ...languages.map((lang) => `/${lang}/404` as const)] as const;

/**
 * SvelteKit's route announcer is mounted with this inline `style` attribute. CSP can allow that
 * one attribute by its hash ('unsafe-hashes'), which is far narrower than 'unsafe-inline'.
 * If Kit changes the string, the browser reports the violation and the end-to-end tests fail.
 */
const announcer_style =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcer_hash =
	`sha256-${createHash('sha256').update(announcer_style).digest('base64')}` as const;

/**
 * The reading settings are applied before the first paint by an inline script in the head (see
 * hooks.server.ts). Kit hashes only the scripts it writes itself, so this one is hashed here, from
 * the same file the hook injects: edit the file and the hash follows.
 */
const early_script = readFileSync(new URL('./src/lib/settings/apply-early.js', import.meta.url));
const early_script_hash =
	`sha256-${createHash('sha256').update(early_script).digest('base64')}` as const;

/**
 * Svelte's and Kit's runtime, in a chunk of its own: our code changes, it does not, so a deploy
 * does not send it again (chunk names are hashes of their bytes, imports included, so a chunk that
 * shared it with our code was renamed by every change). Kit's two entry modules stay out: Kit
 * loads its runtime through them, with a dynamic import it looks for at build time.
 */
const framework = (id: string) =>
	/[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/.test(id) &&
	!/[\\/]runtime[\\/]client[\\/](client-)?entry\.js$/.test(id);

export default defineConfig({
	plugins: [
		sveltekit({
			// BUILD_DIR: another folder (the tests build a second version to update to), and
			// KIT_OUT_DIR its own working folder, so that it leaves the first build's files alone.
			adapter: adapter({ pages: build_dir, assets: build_dir, precompress: true, strict: true }),
			outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
			// The first screen's CSS arrives with the HTML: a render-blocking stylesheet costs a round trip.
			inlineStyleThreshold: 32 * 1024,
			prerender: {
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
			// Absolute asset paths: the 404 pages are served at any depth. The origin makes the
			// canonical and hreflang links absolute (Kit 2's `prerender.origin`).
			paths: { relative: false, origin },
			// From the content, not the clock (Kit's default): see scripts/app-version.js.
			version: { name: app_version(fileURLToPath(new URL('.', import.meta.url))) },
			// Registered from the page with workbox-window, after the first paint.
			serviceWorker: { register: false },
			// No `window.__svelte` version stamp in every page's code.
			compilerOptions: { discloseVersion: false }
		})
	],
	server: { fs: { allow: ['locales'] } },
	environments: {
		client: {
			build: {
				// The framework in one chunk, and the code that several pages share in another,
				// instead of a dozen files of a few hundred bytes: on a slow link each file costs its
				// headers and a request. (Kit 3 sets the client's code splitting per environment; Vite
				// merges these groups with Kit's own.)
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [
								{ name: 'framework', test: framework, priority: 2 },
								{ name: 'initial', tags: ['$initial'], minShareCount: 2, priority: 1 }
							]
						}
					}
				}
			}
		}
	},
	// Tests in layers, like the `sv` template: `server` (modules, in Node), `client` (components,
	// in Chromium through vitest's browser mode), `build` (the built site: it builds if there is
	// none). `npm run test:unit` runs the first two, which need no build; the end-to-end tests are
	// Playwright's (tests/*.e2e.ts).
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'server',
					include: ['src/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'client',
					include: ['src/**/*.svelte.spec.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: { executablePath: chromium } }),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.spec.ts'],
					environment: 'node',
					globalSetup: ['tests/build/setup.ts']
				}
			}
		]
	}
});
