import { readFileSync } from 'node:fs';
import type { Glossary } from '../src/lib/glossary/types';
import { pronounce } from '../src/lib/speech/pronounce';

/** What the player gives the voice for `text` in `lang`: acronyms as they are said. */
export function said(text: string, lang: string): string {
	const glossary: Glossary = JSON.parse(readFileSync(`locales/${lang}/glossary.json`, 'utf8'));
	return pronounce(text, glossary.pronounce).text;
}
