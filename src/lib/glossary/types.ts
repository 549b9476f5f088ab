/** One explained term: the shape of an entry of `locales/<lang>/glossary.json`. */
export interface GlossaryEntry {
	/** The headword as a reader of this language meets it in the text (fr "FGI"). */
	term: string;
	/** The full name, for acronyms and abbreviations. */
	expansion?: string;
	/** One or two plain sentences. */
	definition: string;
	/** The strings that stand for the term in this language's document, exactly as written. */
	forms: string[];
}

/** `locales/<lang>/glossary.json`: the same entry ids in every language. */
export interface Glossary {
	entries: Record<string, GlossaryEntry>;
	/** How a speech engine should say what is written: "IGF" → "I G F". */
	pronounce: Record<string, string>;
}

/** A piece of a paragraph's text, which may be the marked occurrence of a term. */
export interface TermRun {
	text: string;
	/** The entry id, on the first occurrence of a term in its section. */
	term?: string;
}
