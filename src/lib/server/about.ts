import type { Lang } from '#lib/i18n/languages.js';
import { translator } from './ui';

/**
 * Where readers report an error: the build setting `ISSUES_URL`, read like `SITE_ORIGIN` when
 * the site is built. Unset (or empty), the About page says nothing about reporting: advice with
 * nowhere to send it would only frustrate. A value that is not a web address stops the build.
 */
export function issues_url(value: string | undefined = process.env.ISSUES_URL): string | undefined {
	const trimmed = value?.trim();
	if (!trimmed) return undefined;
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		throw new Error(`ISSUES_URL is not an address: ${trimmed}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`ISSUES_URL must be an http or https address: ${trimmed}`);
	}
	return url.href;
}

export interface AboutTopic {
	id: 'document' | 'source' | 'translations' | 'privacy' | 'report';
	heading: string;
	body: string;
	/** A link after the text: the issue tracker, under "Reporting an error". */
	link?: { href: string; text: string };
}

/**
 * The About page's sections, in one language. "Reporting an error" is there only when the build
 * knows where reports go (`issues`, from `ISSUES_URL`).
 */
export function about_topics(lang: Lang, issues: string | undefined): AboutTopic[] {
	const t = translator(lang);
	const ids = ['document', 'source', 'translations', 'privacy', 'report'] as const;
	return ids
		.filter((id) => id !== 'report' || issues)
		.map((id) => ({
			id,
			heading: t(`about.${id}_heading`),
			// What the reader stores is listed under "Your data", which follows.
			body: id === 'privacy' ? t('data.privacy_body') : t(`about.${id}_body`),
			link: id === 'report' && issues ? { href: issues, text: t('about.report_link') } : undefined
		}));
}
