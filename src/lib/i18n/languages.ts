/** The six UN languages, in the order the United Nations lists them in English. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

export type Lang = (typeof LANGUAGES)[number];

export interface LanguageInfo {
	code: Lang;
	/** The language's name in itself. */
	endonym: string;
	dir: 'ltr' | 'rtl';
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
	ar: { code: 'ar', endonym: 'العربية', dir: 'rtl' },
	zh: { code: 'zh', endonym: '中文', dir: 'ltr' },
	en: { code: 'en', endonym: 'English', dir: 'ltr' },
	fr: { code: 'fr', endonym: 'Français', dir: 'ltr' },
	ru: { code: 'ru', endonym: 'Русский', dir: 'ltr' },
	es: { code: 'es', endonym: 'Español', dir: 'ltr' }
};

/** The language of the original text; every translation links back to it. */
export const SOURCE_LANG: Lang = 'en';

export function is_lang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function dir_of(lang: Lang): 'ltr' | 'rtl' {
	return LANGUAGE_INFO[lang].dir;
}

/**
 * The first of the user's preferred languages (BCP 47 tags, best first) that we serve,
 * matched on the primary subtag: `fr-CA` → `fr`, `zh-Hant-TW` → `zh`, `cmn` → `zh`.
 */
export function best_match(preferred: readonly string[]): Lang | undefined {
	for (const tag of preferred) {
		const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
		const code = primary === 'cmn' || primary === 'yue' ? 'zh' : primary;
		if (is_lang(code)) return code;
	}
	return undefined;
}

/** The language a path starts with (`/fr/about/` → `fr`), if it is one of ours. */
export function lang_of_path(pathname: string): Lang | undefined {
	const first = pathname.split('/')[1];
	return is_lang(first) ? first : undefined;
}
