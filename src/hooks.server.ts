import type { Handle } from '@sveltejs/kit/hooks';
import { dir_of, lang_of_path, SOURCE_LANG } from '#lib/i18n/languages.js';
import { with_document } from '#lib/server/injected-document.js';
// The same file vite.config.ts hashes for the content-security policy.
import early_script from '#lib/settings/apply-early.js?raw';

/** The reading settings' early script, after the policy's meta tag so that it covers it. */
const EARLY_SCRIPT = /<script>\s*%early_script%\s*<\/script>/;

export const handle: Handle = async ({ event, resolve }) => {
	// The URL owns the language; pages outside a language (the chooser, the 404) are multilingual.
	const lang = lang_of_path(event.url.pathname) ?? SOURCE_LANG;

	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', lang).replace('%dir%', dir_of(lang));
			// Exactly the hashed text, whatever whitespace formatting put around the placeholder; a
			// function, so that `$` in the script is never read as a replacement pattern.
			html = html.replace(EARLY_SCRIPT, () => `<script>${early_script}</script>`);
			return with_document(html, event.route.id, lang, event.params);
		}
	});
};
