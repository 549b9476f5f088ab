// `npm run bench -- --updates`: what staying current costs an installed reader, in bytes
// counted at the server (bodies as sent, brotli where accepted; headers not counted).
// Each case builds the site twice in temporary copies of the project (never over build/):
// version A, which a reader installs in Chromium (the worker saves its offline copy), then
// version B with one change, deployed in A's place; the reader reloads, the new version
// installs and waits, the reader accepts it. BENCH_SOURCE measures another checkout the same
// way (with its own scripts/serve.js): how the "before" figures in RESULTS.md were taken.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request as http_request, createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { free_port, sleep, table, with_timeout } from './bench-util.js';
import { build_project, copy_project, remove_project, ROOT } from './project-copy.js';

const SOURCE = process.env.BENCH_SOURCE || ROOT;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

/**
 * The changes deployed, each applied to a copy of the sources.
 * @type {{ name: string, edit: (dir: string) => void }[]}
 */
export const CHANGES = [
	{ name: 'nothing (same commit, rebuilt)', edit: () => {} },
	{
		name: 'one CSS rule',
		edit: (dir) =>
			replace_once(join(dir, 'src/app.css'), /line-height: 1\.25;/, () => 'line-height: 1.3;')
	},
	{
		name: 'one word in one French paragraph',
		edit: (dir) => {
			const file = join(dir, 'locales/fr/summary.json');
			const summary = JSON.parse(readFileSync(file, 'utf8'));
			const paragraphs = summary.paragraphs ?? summary;
			paragraphs['23'] = paragraphs['23'].replace(/\bles\b/, 'des');
			writeFileSync(file, `${JSON.stringify(summary, null, '\t')}\n`);
		}
	},
	{
		name: 'one shared module',
		edit: (dir) =>
			replace_once(
				join(dir, 'src/lib/i18n/languages.ts'),
				/primary === 'yue'/,
				(found) => `${found} || primary === 'wuu'`
			)
	}
];

/**
 * @param {string} file
 * @param {RegExp} pattern
 * @param {(found: string) => string} by
 */
function replace_once(file, pattern, by) {
	const text = readFileSync(file, 'utf8');
	if (!pattern.test(text)) throw new Error(`${file}: ${pattern} not found`);
	writeFileSync(file, text.replace(pattern, by));
}

/** @typedef {{ path: string, status: number, bytes: number }} Seen */
/** @typedef {{ origin: string, stop: () => void }} Server */
/**
 * @typedef {{ origin: string, upstream: string, seen: Seen[], last: number,
 *   close: () => Promise<unknown> }} Proxy
 */

/**
 * A counting pass-through proxy: its own origin (so its own service worker), a switchable
 * upstream (the deploy), and the body bytes of every response, as sent.
 * @param {string} upstream
 * @returns {Promise<Proxy>}
 */
async function start_proxy(upstream) {
	/** @type {Proxy} */
	const proxy = {
		origin: '',
		upstream,
		seen: [],
		last: Date.now(),
		close: async () => {}
	};
	const server = createServer((req, res) => {
		const target = new URL(req.url ?? '/', proxy.upstream);
		const outgoing = http_request(
			target,
			{ method: req.method, headers: { ...req.headers, host: target.host } },
			(response) => {
				const seen = { path: target.pathname, status: response.statusCode ?? 0, bytes: 0 };
				proxy.seen.push(seen);
				proxy.last = Date.now();
				res.writeHead(response.statusCode ?? 502, response.headers);
				response.on('data', (chunk) => {
					seen.bytes += chunk.length;
					proxy.last = Date.now();
				});
				response.pipe(res);
			}
		);
		outgoing.on('error', () => {
			res.writeHead(502);
			res.end();
		});
		req.pipe(outgoing);
	});
	const port = await free_port();
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	proxy.origin = `http://127.0.0.1:${port}`;
	proxy.close = () =>
		new Promise((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve(undefined));
		});
	return proxy;
}

/**
 * Serves a build with its copy's own server (the measured checkout's); resolves once it answers.
 * @param {string} build
 * @returns {Promise<Server>}
 */
async function serve(build) {
	const port = await free_port();
	const child = spawn('node', [join(dirname(build), 'scripts/serve.js')], {
		env: { ...process.env, BUILD_DIR: build, PORT: String(port), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 200; i++) {
		const ok = await fetch(`${origin}/en/`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return { origin, stop: () => child.kill() };
		await sleep(100);
	}
	child.kill();
	throw new Error(`server for ${build} did not start`);
}

/**
 * Until no response has moved for `quiet` ms.
 * @param {Proxy} proxy
 */
async function network_quiet(proxy, quiet = 2000, limit = 90_000) {
	await sleep(300);
	const started = Date.now();
	while (Date.now() - proxy.last < quiet) {
		if (Date.now() - started > limit) {
			const last = proxy.seen.slice(-8).map((seen) => `${seen.path} ${seen.status}`);
			throw new Error(`the network never went quiet for ${quiet} ms; last: ${last.join(', ')}`);
		}
		await sleep(200);
	}
}

/**
 * Reloads, tolerating the page's own reload (it reloads itself when a new version takes over).
 * @param {import('@playwright/test').Page} page
 */
async function reload(page) {
	try {
		await page.reload();
	} catch {
		await page.waitForLoadState('load');
	}
}

/**
 * Waits until the page's caches hold each of `languages` whole: its manifest, which the worker
 * stores last (src/service-worker/languages.ts).
 * @param {import('@playwright/test').Page} page
 * @param {string[]} languages
 */
async function saved_all(page, languages) {
	await page.waitForFunction(
		async (/** @type {string[]} */ langs) =>
			(await Promise.all(langs.map((lang) => caches.match(`/${lang}/manifest.webmanifest`)))).every(
				Boolean
			),
		languages,
		{ timeout: 60_000, polling: 250 }
	);
}

/**
 * Waits until `fn`, run in the page, resolves to true.
 * @param {import('@playwright/test').Page} page
 * @param {() => Promise<boolean> | boolean} fn
 */
async function until(page, fn) {
	await page.waitForFunction(fn, undefined, { timeout: 60_000, polling: 250 });
}

/** @param {Seen[]} seen */
function sum(seen) {
	return seen.reduce((total, entry) => total + entry.bytes, 0);
}

/**
 * The bytes by path group, biggest first.
 * @param {Seen[]} seen
 */
function by_group(seen) {
	/** @type {Map<string, number>} */
	const groups = new Map();
	for (const { path, bytes } of seen) {
		const group = path.startsWith('/_app/')
			? '/_app/*'
			: /^\/(en|fr|es|ru|zh|ar)\//.test(path)
				? `/${path.split('/')[1]}/*`
				: path.startsWith('/icons/')
					? '/icons/*'
					: path;
		groups.set(group, (groups.get(group) ?? 0) + bytes);
	}
	return [...groups]
		.filter(([, bytes]) => bytes > 0)
		.sort((a, b) => b[1] - a[1])
		.map(([group, bytes]) => `${group} ${(bytes / 1024).toFixed(1)}`)
		.join(', ');
}

/**
 * A reader installs version A (`languages` kept), then B is deployed: reload, the new version
 * installs and waits, the reader accepts. Returns what the first visit and the update fetched.
 * @param {import('@playwright/test').Browser} browser
 * @param {Server} a
 * @param {Server} b
 * @param {string[]} languages
 */
async function reader(browser, a, b, languages) {
	const proxy = await start_proxy(a.origin);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${proxy.origin}/en/`);
		await saved_all(page, ['en']);
		await network_quiet(proxy);
		const first_visit = [...proxy.seen];
		if (languages.length > 1) {
			await with_timeout(
				page.evaluate(async (langs) => {
					const registration = await navigator.serviceWorker.ready;
					registration.active?.postMessage({ type: 'SAVE_LANGUAGES', languages: langs });
				}, languages),
				60_000,
				'asking the worker to keep all six languages'
			);
			await saved_all(page, languages);
			await network_quiet(proxy);
		}

		// The deploy; the reader comes back twice.
		const before = proxy.seen.length;
		proxy.upstream = b.origin;
		for (let i = 0; i < 2; i++) {
			await reload(page);
			// The update check, bounded: under load it was once seen to never settle.
			await with_timeout(
				page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.update())),
				60_000,
				'the update check'
			);
			await network_quiet(proxy);
		}
		const waiting = await with_timeout(
			page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return !!(registration?.waiting || registration?.installing);
			}),
			60_000,
			'asking whether a new version is installing'
		);
		if (waiting) {
			await until(page, async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
			// The reader accepts: the new version takes over, the page reloads from it.
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
			});
			await until(page, async () => !(await navigator.serviceWorker.getRegistration())?.waiting);
			await reload(page);
			await network_quiet(proxy);
		}
		const update = proxy.seen.slice(before);
		const saved = await page.evaluate(async (/** @type {string[]} */ langs) => {
			const found = await Promise.all(
				langs.map((lang) => caches.match(`/${lang}/manifest.webmanifest`))
			);
			return langs.filter((_, i) => found[i]);
		}, LANGUAGES);
		return { first_visit, update, updated: waiting, saved };
	} finally {
		await context.close();
		await proxy.close();
	}
}

/** @returns {Promise<string>} the markdown section */
export async function run_updates({ log = console.log } = {}) {
	/** @type {string[]} */
	const copies = [];
	/** @type {Server[]} */
	const servers = [];
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	try {
		const copy = () => {
			const dir = copy_project('igf-bench-update-', SOURCE);
			copies.push(dir);
			return dir;
		};
		log(`building version A from ${SOURCE}`);
		const a_dir = copy();
		const a = await serve(build_project(a_dir));
		servers.push(a);
		const rows = [];
		// BENCH_ONLY=css: only the changes whose name contains it (comparing variants of the build).
		const only = process.env.BENCH_ONLY;
		for (const change of CHANGES.filter((c) => !only || c.name.includes(only))) {
			log(`building version B: ${change.name}`);
			const b_dir = copy();
			change.edit(b_dir);
			const b = await serve(build_project(b_dir));
			servers.push(b);
			const kept = change.name.startsWith('one word') ? [LANGUAGES] : [['en'], LANGUAGES];
			if (change.name === 'one CSS rule' || change.name === 'one shared module')
				kept.push(LANGUAGES);
			for (const languages of [...new Set(kept.map((k) => k.join(' ')))].map((k) => k.split(' '))) {
				const result = await reader(browser, a, b, languages);
				const label = languages.length === 1 ? 'en only' : 'all six';
				log(
					`${change.name}, ${label}: ${(sum(result.update) / 1024).toFixed(1)} KB: ${by_group(result.update)}`
				);
				rows.push([
					change.name,
					label,
					(sum(result.update) / 1024).toFixed(1),
					String(result.update.length),
					result.updated ? 'yes' : 'no',
					result.saved.length === languages.length ? 'yes' : `no (${result.saved.join(' ')})`,
					by_group(result.update) || '–'
				]);
			}
			b.stop();
			servers.pop();
		}
		const first_rows = [];
		for (const lang of ['en', 'ar']) {
			const visit = await first_visit(browser, a, lang);
			first_rows.push([
				`/${lang}/`,
				(sum(visit) / 1024).toFixed(1),
				String(visit.length),
				by_group(visit)
			]);
		}
		return [
			'## Staying current (`npm run bench -- --updates`)',
			'',
			`Measured from ${SOURCE === ROOT ? 'this checkout' : `\`${SOURCE}\``}. Bytes are response bodies as sent (brotli where accepted), counted at a proxy in front of \`scripts/serve.js\`; headers not counted.`,
			'',
			'### First visit, offline copy included',
			'',
			table(['page', 'KB', 'requests', 'by path'], first_rows, ['l', 'r', 'r', 'l']),
			'',
			'### A deploy, against the reader state before it',
			'',
			'The reader installed version A (English, or all six languages kept), then B was deployed; the reader reloaded twice, the new version installed and waited, the reader accepted it and the page reloaded.',
			'',
			table(
				['change', 'reader', 'KB', 'requests', 'new version', 'languages kept', 'by path (KB)'],
				rows,
				['l', 'l', 'r', 'r', 'l', 'l', 'l']
			)
		].join('\n');
	} finally {
		servers.forEach((server) => server.stop());
		await browser.close();
		if (!process.env.BENCH_KEEP) copies.forEach((dir) => remove_project(dir));
	}
}

/**
 * A first visit to `/<lang>/` until the worker saved its offline copy and the network is quiet.
 * @param {import('@playwright/test').Browser} browser
 * @param {Server} server
 * @param {string} lang
 */
async function first_visit(browser, server, lang) {
	const proxy = await start_proxy(server.origin);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${proxy.origin}/${lang}/`);
		await saved_all(page, [lang]);
		await network_quiet(proxy);
		return [...proxy.seen];
	} finally {
		await context.close();
		await proxy.close();
	}
}
