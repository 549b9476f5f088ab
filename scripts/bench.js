// `npm run bench`: how fast the reader is on a slow phone, against the same text as bare HTML.
// A benchmark, not a test: it reports numbers and never fails on them (it exits non-zero only
// when something could not be measured). Writes bench/RESULTS.md and prints the same tables.
//
//  1. snapshots build/ (building first if there is none) and writes a bare-HTML baseline;
//  2. serves both with scripts/serve.js, each on its own free port in 4300–4399;
//  3. throttled page loads in Chromium (Playwright + CDP, "Regular 3G"-like, 4× CPU);
//  4. Lighthouse 13 (mobile, simulated throttling) on /en/ and /ar/;
//  5. a load test of serve.js with autocannon;
//  6. what updates cost an installed reader (scripts/bench-updates.js); `npm run bench --
//     --updates` runs only this and replaces its section of bench/RESULTS.md.
//
// Environment: BENCH_RUNS (throttled runs per page, default 9: single loads vary by ±100 ms here),
// LIGHTHOUSE_RUNS (Lighthouse runs per page, default 5: its blocking time varies by ±40 ms here),
// CHROMIUM_PATH (default /usr/bin/chromium), BENCH_KEEP=1 keeps the temporary folder.
import { chromium } from '@playwright/test';
import * as chrome_launcher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { write_bare_site } from './bench-bare.js';
import { run_updates } from './bench-updates.js';
import { median, sleep, start_server, table, with_timeout } from './bench-util.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_BUILD: another build to measure (a variant of the configuration, say).
const BUILD = process.env.BENCH_BUILD || join(ROOT, 'build');
const RESULTS = join(ROOT, 'bench', 'RESULTS.md');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS || '9', 10) || 9);
const LIGHTHOUSE_RUNS = Math.max(1, Number.parseInt(process.env.LIGHTHOUSE_RUNS || '5', 10) || 5);
const LANGUAGES = ['en', 'ar'];
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Lighthouse's "Regular 3G"-like profile, applied for real (not simulated) through CDP. */
const THROTTLING = {
	latency: 300,
	downloadThroughput: (700 * 1024) / 8,
	uploadThroughput: (700 * 1024) / 8,
	cpuSlowdown: 4
};
const VIEWPORT = { width: 412, height: 823 };
const DEVICE_SCALE_FACTOR = 1.75; // Lighthouse's mobile (Moto G Power) screen
const LOAD = { connections: 200, duration: 10, path: '/en/' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Everything still to close or kill if the run is interrupted or fails. */
const cleanups = new Set(/** @type {(() => Promise<unknown>)[]} */ ([]));

/**
 * Runs `fn`, with `cleanup` registered until it has run (also on Ctrl-C or a fatal error).
 * @template T
 * @param {() => Promise<unknown>} cleanup
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function using(cleanup, fn) {
	cleanups.add(cleanup);
	try {
		return await fn();
	} finally {
		cleanups.delete(cleanup);
		await cleanup().catch((e) => console.error(`cleanup failed: ${message(e)}`));
	}
}

async function clean_up_all() {
	const pending = [...cleanups];
	cleanups.clear();
	await Promise.allSettled(pending.map((c) => with_timeout(c(), 5000, 'cleanup')));
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => {
		console.error(`\n${signal}: stopping servers and browsers…`);
		clean_up_all().finally(() => process.exit(130));
	});
}

/** @param {unknown} e */
function message(e) {
	return e instanceof Error ? e.message : String(e);
}

/** @param {string} text */
function log(text) {
	console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);
}

// ---------------------------------------------------------------------------------------------
// 1. The build and the baseline

/** Builds only if there is no build yet (the other build steps are not the benchmark's). */
function ensure_build() {
	if (existsSync(join(BUILD, 'en', 'index.html'))) return;
	log('no build/en/index.html: running `npm run build`');
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		stdio: 'inherit',
		timeout: 5 * 60_000
	});
	if (result.status !== 0 || !existsSync(join(BUILD, 'en', 'index.html'))) {
		throw new Error(`npm run build failed (${result.error?.message ?? `status ${result.status}`})`);
	}
}

/**
 * Copies build/ so that a rebuild during the benchmark (the tests rebuild) cannot change what is
 * measured halfway, and checks that the pages' own assets are all there.
 * @param {string} to
 */
function snapshot_build(to) {
	cpSync(BUILD, to, { recursive: true });
	for (const lang of LANGUAGES) {
		const page = join(to, lang, 'index.html');
		if (!existsSync(page)) throw new Error(`build/${lang}/index.html is missing`);
		for (const [, path] of readFileSync(page, 'utf8').matchAll(/"(\/_app\/[^"?#]+)"/g)) {
			if (!existsSync(join(to, path))) {
				throw new Error(`build/${lang}/index.html refers to ${path}, which is not in build/`);
			}
		}
	}
}

// ---------------------------------------------------------------------------------------------
// 2. Throttled page loads

/**
 * @typedef {object} Run
 * @property {number} fcp ms
 * @property {number} lcp ms
 * @property {number} bytes transferred (encoded, with headers) until network idle
 * @property {number} js_bytes of which scripts
 * @property {number} requests
 * @property {number} sw_bytes fetched by the service worker (its precache), until it is quiet
 * @property {number} sw_requests
 * @property {'none' | 'active' | 'not active'} sw_state whether a service worker was registered,
 *   and whether it was active (installed) once it had been quiet
 * @property {string[]} other_origin URLs of requests to any other origin
 * @property {string[]} failed URLs that failed or answered ≥ 400
 */

/**
 * One cold load of `url` in a fresh context, throttled.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<Run>}
 */
async function throttled_run(browser, url) {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		deviceScaleFactor: DEVICE_SCALE_FACTOR,
		isMobile: true,
		hasTouch: true
	});
	return using(
		() => context.close(),
		async () => {
			// What a service worker fetches is not the page's (nor throttled with it): Playwright
			// reports it on the context. Its own script is the page's request, counted below.
			const sw = {
				bytes: 0,
				requests: 0,
				pending: new Set(/** @type {import('@playwright/test').Request[]} */ ([])),
				last: Date.now(),
				urls: /** @type {string[]} */ ([])
			};
			let sw_seen = false;
			context.on('serviceworker', () => (sw_seen = true));
			context.on('request', (r) => {
				if (!r.serviceWorker()) return;
				sw.pending.add(r);
				sw.last = Date.now();
			});
			/**
			 * @param {import('@playwright/test').Request} r
			 * @param {boolean} finished
			 */
			const settle = async (r, finished) => {
				if (!sw.pending.has(r)) return;
				const scripts = new Set(context.serviceWorkers().map((w) => w.url()));
				if (!scripts.has(r.url())) {
					sw.requests++;
					sw.urls.push(r.url());
					const sizes = finished ? await r.sizes().catch(() => null) : null;
					if (sizes) sw.bytes += sizes.responseHeadersSize + sizes.responseBodySize;
				}
				sw.pending.delete(r);
				sw.last = Date.now();
			};
			context.on('requestfinished', (r) => void settle(r, true));
			context.on('requestfailed', (r) => void settle(r, false));

			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			const origin = new URL(url).origin;
			/** @type {Map<string, { url: string, type: string, bytes: number, status: number, done: boolean, failed: boolean }>} */
			const requests = new Map();
			cdp.on('Network.requestWillBeSent', (e) => {
				if (!/^(https?|wss?):/.test(e.request.url)) return; // data:, blob:
				const known = requests.get(e.requestId); // a redirect reuses the id
				if (known) known.bytes += e.redirectResponse?.encodedDataLength ?? 0;
				requests.set(e.requestId, {
					url: e.request.url,
					type: e.type ?? 'Other',
					bytes: known?.bytes ?? 0,
					status: 0,
					done: false,
					failed: false
				});
			});
			cdp.on('Network.responseReceived', (e) => {
				const r = requests.get(e.requestId);
				if (!r) return;
				r.type = e.type;
				r.status = e.response.status;
			});
			cdp.on('Network.loadingFinished', (e) => {
				const r = requests.get(e.requestId);
				if (!r) return;
				r.bytes += e.encodedDataLength;
				r.done = true;
			});
			cdp.on('Network.loadingFailed', (e) => {
				const r = requests.get(e.requestId);
				if (r) r.failed = true;
			});
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: THROTTLING.latency,
				downloadThroughput: THROTTLING.downloadThroughput,
				uploadThroughput: THROTTLING.uploadThroughput
			});
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });

			const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 90_000 });
			if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);

			const paint = await page.evaluate(
				() =>
					new Promise((resolve) => {
						/** @type {{ fcp: number | null, lcp: number | null }} */
						const out = { fcp: null, lcp: null };
						new PerformanceObserver((list) => {
							for (const e of list.getEntries()) {
								if (e.name === 'first-contentful-paint') out.fcp = e.startTime;
							}
						}).observe({ type: 'paint', buffered: true });
						new PerformanceObserver((list) => {
							const entries = list.getEntries();
							if (entries.length) out.lcp = entries[entries.length - 1].startTime;
						}).observe({ type: 'largest-contentful-paint', buffered: true });
						// buffered entries are delivered in a task; give it a frame and a moment
						requestAnimationFrame(() => setTimeout(() => resolve(out), 100));
					})
			);
			// A service worker installs after the page is idle: wait until it has been quiet for 2 s.
			sw_seen ||= context.serviceWorkers().length > 0 || sw.pending.size > 0;
			if (sw_seen) {
				const idle = Date.now();
				const deadline = idle + 30_000;
				const busy = () => sw.pending.size > 0 || Date.now() - Math.max(sw.last, idle) < 2000;
				while (Date.now() < deadline && busy()) {
					await sleep(100);
				}
			}
			const active = await page.evaluate(async () =>
				Boolean((await navigator.serviceWorker?.getRegistration())?.active)
			);
			const all = [...requests.values()];
			const others = [...all.map((r) => r.url), ...sw.urls].filter(
				(u) => new URL(u).origin !== origin
			);
			return {
				fcp: paint.fcp ?? NaN,
				lcp: paint.lcp ?? NaN,
				bytes: all.reduce((sum, r) => sum + r.bytes, 0),
				js_bytes: all.filter((r) => r.type === 'Script').reduce((sum, r) => sum + r.bytes, 0),
				requests: all.length,
				sw_bytes: sw.bytes,
				sw_requests: sw.requests,
				sw_state: active ? 'active' : sw_seen ? 'not active' : 'none',
				other_origin: others,
				failed: all.filter((r) => r.failed || r.status >= 400).map((r) => `${r.status} ${r.url}`)
			};
		}
	);
}

/**
 * @typedef {object} PageSummary
 * @property {string} name
 * @property {string} lang
 * @property {'app' | 'bare'} kind
 * @property {Run[]} runs
 */

/**
 * Alternates app and bare loads (app en, bare en, app ar, bare ar, …), one discarded warm-up
 * round first, then RUNS recorded rounds.
 * @param {string} app_origin
 * @param {string} bare_origin
 * @returns {Promise<{ pages: PageSummary[], version: string }>}
 */
async function throttled_runs(app_origin, bare_origin) {
	const browser = await with_timeout(
		chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true }),
		30_000,
		`launching Chromium (${CHROMIUM})`
	);
	return using(
		() => browser.close(),
		async () => {
			/** @type {PageSummary[]} */
			const pages = [];
			for (const lang of LANGUAGES) {
				pages.push({ name: `app /${lang}/`, lang, kind: 'app', runs: [] });
				pages.push({ name: `bare /${lang}/`, lang, kind: 'bare', runs: [] });
			}
			for (let round = 0; round <= RUNS; round++) {
				for (const page of pages) {
					const origin = page.kind === 'app' ? app_origin : bare_origin;
					const url = `${origin}/${page.lang}/`;
					const run = await with_timeout(throttled_run(browser, url), 120_000, `loading ${url}`);
					if (round > 0) page.runs.push(run);
					log(
						`${round === 0 ? 'warm-up' : `run ${round}/${RUNS}`} ${page.name.padEnd(9)} ` +
							`FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, ` +
							`${(run.bytes / 1024).toFixed(1)} KB, ${run.requests} requests` +
							(run.sw_state === 'none'
								? ''
								: `, service worker ${run.sw_state}, ${(run.sw_bytes / 1024).toFixed(1)} KB`)
					);
				}
			}
			return { pages, version: browser.version() };
		}
	);
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

/** @typedef {import('lighthouse').Result} LighthouseResult */

/**
 * The rows of an audit's table or list details, if it has any.
 * @param {LighthouseResult['audits'][string] | undefined} audit
 * @returns {{ url?: unknown, node?: { snippet?: unknown } }[]}
 */
function items_of(audit) {
	const details = /** @type {{ items?: unknown }} */ (audit?.details ?? {});
	return Array.isArray(details.items) ? details.items : [];
}

/**
 * @typedef {object} LighthouseSummary
 * @property {string} name
 * @property {Record<string, number | null>} scores 0–100
 * @property {{ fcp: number, lcp: number, tbt: number, cls: number, bytes: number }} metrics
 * @property {{ category: string, id: string, title: string, score: number | null, weight: number, display: string, nodes: string[] }[]} failing
 * @property {number} other_origin requests to another origin in Lighthouse's own load
 * @property {string[]} warnings
 * @property {LighthouseResult} lhr
 * @property {{ performance: number | null, tbt: number }[]} [runs] every run of the page, in order
 */

/**
 * @param {string} app_origin
 * @param {string} dir where to write each full Lighthouse report (`lighthouse-<lang>.json`)
 * @returns {Promise<LighthouseSummary[]>}
 */
async function lighthouse_runs(app_origin, dir) {
	const chrome = await with_timeout(
		chrome_launcher.launch({
			chromePath: CHROMIUM,
			chromeFlags: CHROMIUM_FLAGS,
			logLevel: 'silent'
		}),
		30_000,
		'launching Chromium for Lighthouse'
	);
	return using(
		async () => chrome.kill(),
		async () => {
			/** @type {LighthouseSummary[]} */
			const out = [];
			for (const lang of LANGUAGES) {
				const url = `${app_origin}/${lang}/`;
				/** @type {LighthouseSummary[]} */
				const runs = [];
				for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
					log(`Lighthouse ${url} (${run} of ${LIGHTHOUSE_RUNS})`);
					const result = await with_timeout(
						lighthouse(url, {
							port: chrome.port,
							output: 'json',
							logLevel: 'error',
							onlyCategories: CATEGORIES
						}),
						180_000,
						`Lighthouse on ${url}`
					);
					/** @type {LighthouseResult | undefined} */
					const lhr = result?.lhr;
					if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
					if (lhr.runtimeError?.message) {
						throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
					}
					runs.push(summarize_lighthouse(`app /${lang}/`, lhr, new URL(url).origin));
				}
				// The median run by performance score (then blocking time) stands for the page.
				const ranked = [...runs].sort(
					(a, b) =>
						(a.scores.performance ?? 0) - (b.scores.performance ?? 0) ||
						b.metrics.tbt - a.metrics.tbt
				);
				const chosen = ranked[Math.floor((ranked.length - 1) / 2)];
				chosen.runs = runs.map((r) => ({
					performance: r.scores.performance,
					tbt: r.metrics.tbt
				}));
				writeFileSync(join(dir, `lighthouse-${lang}.json`), JSON.stringify(chosen.lhr));
				out.push(chosen);
			}
			return out;
		}
	);
}

/**
 * @param {string} name
 * @param {LighthouseResult} lhr
 * @param {string} origin
 * @returns {LighthouseSummary}
 */
function summarize_lighthouse(name, lhr, origin) {
	/** @type {Record<string, number | null>} */
	const scores = {};
	/** @type {LighthouseSummary['failing']} */
	const failing = [];
	const seen = new Set();
	for (const category of CATEGORIES) {
		const c = lhr.categories[category];
		scores[category] = c?.score == null ? null : Math.round(c.score * 100);
		for (const ref of c?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || seen.has(audit.id)) continue;
			if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
			if (audit.score === null || audit.score >= 1) continue;
			seen.add(audit.id);
			failing.push({
				category,
				id: audit.id,
				title: audit.title,
				score: audit.score,
				weight: ref.weight,
				display: audit.displayValue ?? '',
				nodes: items_of(audit)
					.map((item) => item.node?.snippet)
					.filter((snippet) => typeof snippet === 'string')
			});
		}
	}
	const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
	const urls = items_of(lhr.audits['network-requests']).map((item) => String(item.url ?? ''));
	return {
		name,
		scores,
		metrics: {
			fcp: metric('first-contentful-paint'),
			lcp: metric('largest-contentful-paint'),
			tbt: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift'),
			bytes: metric('total-byte-weight')
		},
		failing,
		other_origin: urls.filter((u) => /^(https?|wss?):/.test(u) && new URL(u).origin !== origin)
			.length,
		warnings: lhr.runWarnings ?? [],
		lhr
	};
}

// ---------------------------------------------------------------------------------------------
// 4. Load test

/**
 * The parts of autocannon's result used here (autocannon ships no types).
 * @typedef {object} AutocannonResult
 * @property {{ average: number, total: number }} requests
 * @property {{ p50: number, p99: number }} latency
 * @property {{ average: number }} throughput bytes/s
 * @property {number} errors
 * @property {number} timeouts
 * @property {number} non2xx
 */
/** @type {(options: object) => PromiseLike<AutocannonResult> & { stop(): void }} */
const autocannon = createRequire(import.meta.url)('autocannon');

/**
 * @typedef {object} LoadSummary
 * @property {string} url
 * @property {number} rps_average
 * @property {number} latency_p50
 * @property {number} latency_p99
 * @property {number} total
 * @property {number} errors
 * @property {number} timeouts
 * @property {number} non2xx
 * @property {number} throughput_average bytes/s
 */

/**
 * 200 connections for 10 s against a fresh serve.js, asking for brotli.
 * @param {string} root the build to serve
 * @returns {Promise<LoadSummary>}
 */
async function load_test(root) {
	const server = await start_server(root, 'load-test');
	return using(server.stop, async () => {
		const url = `${server.origin}${LOAD.path}`;
		log(`autocannon ${url}: ${LOAD.connections} connections, ${LOAD.duration} s`);
		const instance = autocannon({
			url,
			connections: LOAD.connections,
			duration: LOAD.duration,
			headers: { 'accept-encoding': 'br' },
			timeout: 10
		});
		const result = await with_timeout(
			Promise.resolve(instance),
			(LOAD.duration + 30) * 1000,
			'autocannon'
		).catch((e) => {
			instance.stop();
			throw e;
		});
		return {
			url,
			rps_average: result.requests.average,
			latency_p50: result.latency.p50,
			latency_p99: result.latency.p99,
			total: result.requests.total,
			errors: result.errors,
			timeouts: result.timeouts,
			non2xx: result.non2xx,
			throughput_average: result.throughput.average
		};
	});
}

// ---------------------------------------------------------------------------------------------
// 5. The report

/** @param {number} bytes */
const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : 'n/a');
/** @param {number} ms */
const ms = (ms) => (Number.isFinite(ms) ? String(Math.round(ms)) : 'n/a');

/**
 * @param {object} data
 * @param {string} data.date
 * @param {string} data.chromium
 * @param {{ lang: string, bytes: number, brotli: number, paragraphs: number }[]} data.bare
 * @param {PageSummary[] | Error} data.throttled
 * @param {LighthouseSummary[] | Error} data.lighthouse
 * @param {LoadSummary | Error} data.load
 * @returns {string}
 */
function report({ date, chromium: chromium_version, bare, throttled, lighthouse: lh, load }) {
	const cpus = os.cpus();
	const first_lh = Array.isArray(lh) ? lh[0]?.lhr : undefined;
	const lines = [
		'# Benchmark results',
		'',
		`Date: ${date}. Produced by \`npm run bench\` (\`scripts/bench.js\`); numbers from one run on the machine below, so compare runs on the same machine only.`,
		'',
		'## Machine',
		'',
		`- CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores`,
		`- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		`- OS: ${os.type()} ${os.release()} (${os.arch()})`,
		`- Node ${process.version}`,
		`- Chromium ${chromium_version} (\`${CHROMIUM}\`)`,
		'',
		'## Settings',
		'',
		'- Both sites are served by `scripts/serve.js` (precompressed brotli when accepted), each on its own loopback port; the app from a copy of `build/` taken at the start.',
		`- Baseline: the same document text as the app page (title, section headings, the ${bare[0]?.paragraphs ?? 71} numbered paragraphs and the note, from \`<article class="summary">\`) as bare HTML with \`<html lang dir>\`, \`<title>\` and a viewport meta; no CSS, no JavaScript. Sizes: ${bare.map((b) => `${b.lang} ${kb(b.bytes)} KB (${kb(b.brotli)} KB brotli)`).join(', ')}.`,
		`- Throttled runs: Chromium via Playwright; network throttled through CDP (\`Network.emulateNetworkConditions\`) to ${THROTTLING.latency} ms latency and ${(THROTTLING.downloadThroughput * 8) / 1024} kbit/s down and up, CPU slowed ${THROTTLING.cpuSlowdown}× (\`Emulation.setCPUThrottlingRate\`); viewport ${VIEWPORT.width}×${VIEWPORT.height} at ${DEVICE_SCALE_FACTOR}×, mobile, touch; a fresh context (empty cache) for every load.`,
		`- App and bare loads alternate (app en, bare en, app ar, bare ar); one warm-up round discarded, then ${RUNS} runs per page; medians. FCP and LCP from \`PerformanceObserver\` (buffered). Bytes are as transferred (compressed, with headers: \`encodedDataLength\`) until network idle.`,
		`- Lighthouse ${first_lh?.lighthouseVersion ?? '12'} (Node API, Chromium launched by chrome-launcher): ${first_lh?.configSettings.formFactor ?? 'mobile'} form factor, ${first_lh?.configSettings.throttlingMethod ?? 'simulate'} throttling` +
			(first_lh
				? ` (${first_lh.configSettings.throttling.rttMs} ms RTT, ${Math.round(first_lh.configSettings.throttling.throughputKbps)} kbit/s, ${first_lh.configSettings.throttling.cpuSlowdownMultiplier}× CPU; benchmark index ${Math.round(first_lh.environment.benchmarkIndex)})`
				: '') +
			'.',
		`- Load test: autocannon, ${LOAD.connections} connections for ${LOAD.duration} s on loopback against \`${LOAD.path}\` with \`Accept-Encoding: br\`, served by its own \`scripts/serve.js\`.`,
		''
	];

	lines.push('## Throttled page loads', '');
	if (throttled instanceof Error) {
		lines.push(`Not measured: ${throttled.message}`, '');
	} else {
		const med = (/** @type {PageSummary} */ p, /** @type {(r: Run) => number} */ f) =>
			median(p.runs.map(f));
		lines.push(
			table(
				[
					'page',
					'median FCP ms',
					'median LCP ms',
					'bytes KB',
					'JS KB',
					'requests',
					'service worker KB (requests)',
					'other-origin requests'
				],
				throttled.map((p) => [
					p.name,
					ms(med(p, (r) => r.fcp)),
					ms(med(p, (r) => r.lcp)),
					kb(med(p, (r) => r.bytes)),
					kb(med(p, (r) => r.js_bytes)),
					String(med(p, (r) => r.requests)),
					`${kb(med(p, (r) => r.sw_bytes))} (${med(p, (r) => r.sw_requests)})`,
					String(Math.max(...p.runs.map((r) => r.other_origin.length)))
				]),
				['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
			),
			'',
			"Bytes, JS and requests are the page's own load until network idle. The service worker",
			"column is what the page's service worker fetched after that (its precache), until it had",
			'been quiet for 2 s; it is not throttled (DevTools throttles the page, not the worker), and',
			"the worker's own script is counted with the page. Other-origin requests: the most in any",
			'run, page and service worker together.',
			''
		);
		for (const p of throttled) {
			const states = p.runs.map((r) => r.sw_state);
			if (states.every((state) => state === 'none')) continue;
			const active = states.filter((state) => state === 'active').length;
			lines.push(
				`Service worker on ${p.name}: registered in ${states.filter((state) => state !== 'none').length} of ${states.length} runs, active (installed) in ${active}.` +
					(active < states.length
						? ' A worker that registers but never becomes active failed to install (its precache failed), so nothing is kept for offline reading.'
						: ''),
				''
			);
		}
		const failed = [...new Set(throttled.flatMap((p) => p.runs.flatMap((r) => r.failed)))];
		const other = [...new Set(throttled.flatMap((p) => p.runs.flatMap((r) => r.other_origin)))];
		if (failed.length)
			lines.push(`Failed requests: ${failed.map((f) => `\`${f}\``).join(', ')}.`, '');
		if (other.length)
			lines.push(`Other-origin requests: ${other.map((u) => `\`${u}\``).join(', ')}.`, '');

		lines.push('### App vs bare HTML (first contentful paint)', '');
		lines.push(
			table(
				['language', 'app FCP ms', 'bare FCP ms', 'app/bare', 'target', 'verdict'],
				LANGUAGES.map((lang) => {
					const app = throttled.find((p) => p.lang === lang && p.kind === 'app');
					const bare_page = throttled.find((p) => p.lang === lang && p.kind === 'bare');
					const a = app ? med(app, (r) => r.fcp) : NaN;
					const b = bare_page ? med(bare_page, (r) => r.fcp) : NaN;
					const ratio = a / b;
					return [
						lang,
						ms(a),
						ms(b),
						Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a',
						'≤ 1.30',
						Number.isFinite(ratio) ? (ratio <= 1.3 ? 'meets' : 'misses') : 'n/a'
					];
				}),
				['l', 'r', 'r', 'r', 'r', 'l']
			),
			''
		);
		lines.push('<details><summary>Every run (FCP / LCP ms, KB)</summary>', '');
		lines.push(
			table(
				['page', ...Array.from({ length: RUNS }, (_, i) => `run ${i + 1}`)],
				throttled.map((p) => [
					p.name,
					...p.runs.map((r) => `${ms(r.fcp)} / ${ms(r.lcp)}, ${kb(r.bytes)}`)
				]),
				['l', ...Array.from({ length: RUNS }, () => /** @type {const} */ ('r'))]
			),
			'',
			'</details>',
			''
		);
	}

	lines.push('## Lighthouse', '');
	if (lh instanceof Error) {
		lines.push(`Not measured: ${lh.message}`, '');
	} else {
		lines.push(
			table(
				[
					'page',
					'performance',
					'accessibility',
					'best practices',
					'SEO',
					'FCP ms',
					'LCP ms',
					'TBT ms',
					'CLS',
					'total KB',
					'other-origin requests'
				],
				lh.map((l) => [
					l.name,
					...CATEGORIES.map((c) => String(l.scores[c] ?? 'n/a')),
					ms(l.metrics.fcp),
					ms(l.metrics.lcp),
					ms(l.metrics.tbt),
					Number.isFinite(l.metrics.cls) ? l.metrics.cls.toFixed(3) : 'n/a',
					kb(l.metrics.bytes),
					String(l.other_origin)
				]),
				['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
			),
			''
		);
		lines.push(
			`Each page was measured ${LIGHTHOUSE_RUNS} times; the table shows the median run by`,
			'performance score (then blocking time). Every run, performance / TBT ms:',
			'',
			...lh.map(
				(l) =>
					`- ${l.name}: ${(l.runs ?? []).map((r) => `${r.performance ?? 'n/a'} / ${ms(r.tbt)}`).join(', ')}`
			),
			''
		);
		lines.push(
			'### Failing audits (score < 1)',
			'',
			"Weight is the audit's weight in its category score: weight 0 audits (insights,",
			'experimental checks) are reported by Lighthouse but do not change the score.',
			''
		);
		for (const l of lh) {
			if (l.failing.length === 0) {
				lines.push(`- ${l.name}: none`);
				continue;
			}
			lines.push(`- ${l.name}:`);
			for (const f of l.failing) {
				const detail = [`score ${f.score}`, `weight ${f.weight}`, f.display]
					.filter(Boolean)
					.join(', ');
				lines.push(`  - ${f.category}: \`${f.id}\` ${f.title} (${detail})`);
				for (const node of f.nodes.slice(0, 3)) {
					lines.push(`    - \`${node.replaceAll('`', "'")}\``);
				}
				if (f.nodes.length > 3) lines.push(`    - and ${f.nodes.length - 3} more`);
			}
		}
		lines.push('');
		const warnings = [...new Set(lh.flatMap((l) => l.warnings))];
		if (warnings.length) {
			lines.push('Lighthouse warnings:', '', ...warnings.map((w) => `- ${w}`), '');
		}
	}

	lines.push('## Load test', '');
	if (load instanceof Error) {
		lines.push(`Not measured: ${load.message}`, '');
	} else {
		lines.push(
			table(
				[
					'URL',
					'requests/s (avg)',
					'p50 latency ms',
					'p99 latency ms',
					'total requests',
					'errors',
					'timeouts',
					'non-2xx',
					'MB/s (avg)'
				],
				[
					[
						`\`${LOAD.path}\` (br)`,
						String(Math.round(load.rps_average)),
						String(load.latency_p50),
						String(load.latency_p99),
						String(load.total),
						String(load.errors),
						String(load.timeouts),
						String(load.non2xx),
						(load.throughput_average / 1024 ** 2).toFixed(1)
					]
				],
				['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
			),
			'',
			`Target: 0 errors and 0 non-2xx (${load.errors + load.non2xx === 0 ? 'met' : 'missed'}).`,
			''
		);
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/**
 * Runs `fn`, turning a failure into an Error value so the other parts still run.
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @returns {Promise<T | Error>}
 */
async function part(what, fn) {
	try {
		return await fn();
	} catch (e) {
		console.error(`[bench] ${what} failed: ${message(e)}`);
		return e instanceof Error ? e : new Error(String(e));
	}
}

/**
 * `markdown` with its "Staying current" section (up to the next `## ` heading) replaced by
 * `section`, or with `section` appended.
 * @param {string} markdown
 * @param {string} section
 */
function with_section(markdown, section) {
	const start = markdown.indexOf('## Staying current');
	if (start === -1) return `${markdown.trimEnd()}\n\n${section}\n`;
	const next = markdown.indexOf('\n## ', start + 1);
	const rest = next === -1 ? '' : markdown.slice(next + 1);
	return `${markdown.slice(0, start)}${section}\n${rest ? `\n${rest}` : ''}`;
}

/** Marks a `## ` section of RESULTS.md that is written by hand: every run keeps it. */
const KEPT = '<!-- kept by the benchmark: it rewrites every other section -->';

/**
 * `markdown` followed by the sections of `previous` marked as written by hand.
 * @param {string} markdown
 * @param {string} previous
 */
function with_kept(markdown, previous) {
	const kept = previous
		.split(/\n(?=## )/)
		.filter((section) => section.startsWith('## ') && section.includes(KEPT));
	return [markdown.trimEnd(), ...kept.map((section) => section.trim())].join('\n\n') + '\n';
}

/** `npm run bench -- --fcp`: only the throttled loads, their medians printed (nothing written). */
async function fcp_only() {
	const tmp = mkdtempSync(join(os.tmpdir(), 'igf-bench-'));
	cleanups.add(async () => rmSync(tmp, { recursive: true, force: true }));
	snapshot_build(join(tmp, 'app'));
	write_bare_site(join(tmp, 'app'), join(tmp, 'bare'), LANGUAGES);
	const app = await start_server(join(tmp, 'app'), 'app');
	const bare = await start_server(join(tmp, 'bare'), 'bare');
	try {
		const { pages } = await throttled_runs(app.origin, bare.origin);
		for (const page of pages) {
			const fcp = median(page.runs.map((run) => run.fcp));
			const kb = median(page.runs.map((run) => run.bytes)) / 1024;
			console.log(`${page.name}: median FCP ${Math.round(fcp)} ms, ${kb.toFixed(1)} KB`);
		}
	} finally {
		await app.stop();
		await bare.stop();
	}
	return 0;
}

async function main() {
	const started = Date.now();
	if (process.argv.includes('--updates')) {
		const section = await run_updates({ log });
		const before = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
		writeFileSync(RESULTS, with_section(before, section));
		console.log(`\n${section}`);
		log(`wrote its section of bench/RESULTS.md in ${Math.round((Date.now() - started) / 1000)} s`);
		return 0;
	}
	const date = new Date().toISOString();
	ensure_build();
	if (process.argv.includes('--fcp')) return fcp_only();

	const tmp = mkdtempSync(join(os.tmpdir(), 'igf-bench-'));
	if (!process.env.BENCH_KEEP)
		cleanups.add(async () => rmSync(tmp, { recursive: true, force: true }));
	const app_root = join(tmp, 'app');
	const bare_root = join(tmp, 'bare');
	snapshot_build(app_root);
	const bare = write_bare_site(app_root, bare_root, LANGUAGES);
	log(`build snapshot and bare baseline in ${tmp}`);

	let chromium_version = 'unknown';
	/** @type {PageSummary[] | Error} */
	let throttled = new Error('not run');
	/** @type {LighthouseSummary[] | Error} */
	let lh = new Error('not run');

	const app = await start_server(app_root, 'app');
	await using(app.stop, async () => {
		const bare_server = await start_server(bare_root, 'bare');
		await using(bare_server.stop, async () => {
			log(`app at ${app.origin}, bare baseline at ${bare_server.origin}`);
			const t = await part('throttled runs', () => throttled_runs(app.origin, bare_server.origin));
			if (!(t instanceof Error)) chromium_version = t.version;
			throttled = t instanceof Error ? t : t.pages;
		});
		lh = await part('Lighthouse', () => lighthouse_runs(app.origin, tmp));
	});
	if (chromium_version === 'unknown' && Array.isArray(lh) && lh[0]) {
		chromium_version = lh[0].lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '';
	}

	const load = await part('load test', () => load_test(app_root));
	const updates = await part('updates', () => run_updates({ log }));

	const markdown = report({
		date,
		chromium: chromium_version,
		bare,
		throttled,
		lighthouse: lh,
		load
	});
	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
	// Not measured this time: the previous figures stay, not a blank.
	const section =
		updates instanceof Error
			? previous.match(/## Staying current[\s\S]*?(?=\n## |$)/)?.[0]
			: updates;
	const written = section ? with_section(markdown, section) : `${markdown}\n`;
	writeFileSync(RESULTS, with_kept(written, previous));
	console.log(`\n${markdown}`);
	log(`wrote bench/RESULTS.md in ${Math.round((Date.now() - started) / 1000)} s`);
	if (process.env.BENCH_KEEP) log(`kept ${tmp} (bare pages, build copy, Lighthouse JSON reports)`);
	return [throttled, lh, load, updates].some((r) => r instanceof Error) ? 1 : 0;
}

// The whole benchmark takes a few minutes; if it hangs, stop it rather than wait forever.
const watchdog = setTimeout(() => {
	console.error('[bench] gave up after 40 minutes');
	clean_up_all().finally(() => process.exit(1));
}, 40 * 60_000);
watchdog.unref();

main()
	.then((code) => (process.exitCode = code))
	.catch((e) => {
		console.error(`[bench] ${message(e)}`);
		process.exitCode = 1;
	})
	.finally(async () => {
		await clean_up_all();
		clearTimeout(watchdog);
	});
