import type { ParamMatcher } from '@sveltejs/kit';
import { is_lang } from '$lib/i18n/languages';

export const match = ((param: string) => is_lang(param)) satisfies ParamMatcher;
