import { defineParams } from '@sveltejs/kit/params';
// Node loads this file itself at build time (not through Vite), so the import names the file.
import { is_lang } from '#lib/i18n/languages.ts';

export const params = defineParams({
	/** One of the six UN languages: `/en/`, `/fr/`, … */
	lang: (param) => (is_lang(param) ? param : undefined)
});
