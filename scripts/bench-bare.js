// The benchmark's baseline: the same document text as the app's page, as bare HTML (no CSS, no
// JavaScript), precompressed like the build so `scripts/serve.js` serves it the same way.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { write_precompressed } from './precompress.js';

/**
 * The text blocks of the app page's `<article class="summary">`, in order, as HTML text
 * (entities kept as they are, tags removed): the title, section headings, numbered paragraphs
 * and the note. The table of contents and the "English original" links are left out.
 * @param {string} html a built page, `build/<lang>/index.html`
 * @returns {{ lang: string, dir: string, title: string, numbered: number, blocks: { tag: 'h1' | 'h2' | 'p', text: string }[] }}
 */
export function extract_summary(html) {
	const open = html.match(/<article\b[^>]*\bclass="summary"[^>]*>/);
	if (!open || open.index === undefined) throw new Error('No <article class="summary"> in page');
	const end = html.indexOf('</article>', open.index);
	if (end < 0) throw new Error('Unclosed <article class="summary">');
	const article = html
		.slice(open.index, end)
		.replace(/<nav class="toc"[\s\S]*?<\/nav>/, '')
		.replace(/<sup class="note-mark">[\s\S]*?<\/sup>/g, '')
		.replace(/<a [^>]*class="backlink"[\s\S]*?<\/a>/g, '');

	/** @param {string} fragment */
	const text = (fragment) =>
		fragment
			.replace(/<[^>]*>/g, '')
			.replace(/\s+/g, ' ')
			.trim();

	/** @type {{ tag: 'h1' | 'h2' | 'p', text: string }[]} */
	const blocks = [];
	const pattern =
		/<(h1|h2)\b[^>]*>([\s\S]*?)<\/\1>|<p id="p\d+"[^>]*>([\s\S]*?)<\/p>|<li id="note"[^>]*>([\s\S]*?)<\/li>/g;
	for (const m of article.matchAll(pattern)) {
		if (m[1]) blocks.push({ tag: /** @type {'h1' | 'h2'} */ (m[1]), text: text(m[2]) });
		else blocks.push({ tag: 'p', text: text(m[3] ?? m[4]) });
	}
	const numbered = article.match(/<p id="p\d+"/g)?.length ?? 0;
	if (!blocks.some((b) => b.tag === 'h1') || numbered === 0) {
		throw new Error('Could not find the title and numbered paragraphs in the summary');
	}

	const html_tag = html.match(/<html\b[^>]*>/)?.[0] ?? '';
	return {
		lang: html_tag.match(/\blang="([^"]+)"/)?.[1] ?? 'en',
		dir: html_tag.match(/\bdir="([^"]+)"/)?.[1] ?? 'ltr',
		title: text(html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? ''),
		numbered,
		blocks
	};
}

/**
 * Writes the bare page for each language into `dir/<lang>/index.html` (with `.br` and `.gz`),
 * plus a small `dir/index.html` linking to them (`serve.js` wants one at the root).
 * @param {string} build the app's build folder
 * @param {string} dir where to write the baseline
 * @param {string[]} languages
 * @returns {{ lang: string, bytes: number, brotli: number, paragraphs: number }[]}
 */
export function write_bare_site(build, dir, languages) {
	const written = [];
	const pages = [['', index_page(languages)]];
	for (const lang of languages) {
		const summary = extract_summary(readFileSync(join(build, lang, 'index.html'), 'utf8'));
		const body = summary.blocks.map((b) => `<${b.tag}>${b.text}</${b.tag}>`).join('\n');
		const page = `<!doctype html>
<html lang="${summary.lang}" dir="${summary.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${summary.title}</title>
</head>
<body>
${body}
</body>
</html>
`;
		pages.push([lang, page]);
		written.push({ lang, bytes: Buffer.byteLength(page), brotli: 0, paragraphs: summary.numbered });
	}
	for (const [sub, page] of pages) {
		const folder = join(dir, sub);
		mkdirSync(folder, { recursive: true });
		const file = join(folder, 'index.html');
		const data = Buffer.from(page);
		writeFileSync(file, data);
		const brotli = write_precompressed(file, data);
		const entry = written.find((w) => w.lang === sub);
		if (entry) entry.brotli = brotli;
	}
	return written;
}

/** @param {string[]} languages */
function index_page(languages) {
	const links = languages.map((l) => `<li><a href="/${l}/" hreflang="${l}">${l}</a></li>`);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bare baseline</title>
</head>
<body>
<ul>
${links.join('\n')}
</ul>
</body>
</html>
`;
}
