import type en from '#locales/en/ui.json';

/** The player's strings (`/<lang>/player.json`), translated on the server. */
export type PlayerText = Record<keyof (typeof en)['player'], string> & {
	/** How acronyms and symbols are said in the page's language (from its glossary). */
	pronounce: Record<string, string>;
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
