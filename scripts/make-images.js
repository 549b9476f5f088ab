// Generates the web-app-manifest images from their sources, so that nothing is drawn by hand:
// - the icons and `static/favicon.svg` from one SVG, `static/icons/icon.svg` (its `#background`
//   rect and its `#mark` group), rendered by Chromium;
// - the screenshots from the built site's English page, served by `scripts/serve.js`.
// Usage: npm run build && node scripts/make-images.js   (CHROMIUM_PATH overrides the browser)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = 'static/icons/icon.svg';

/**
 * An icon to render. `rounded`: the source as drawn, transparent outside its rounded square.
 * `square`: opaque, the background full-bleed. `maskable`: square, with the mark scaled so that
 * it lies inside the safe zone, a centred circle of radius 40% of the size.
 * @typedef {{ file: string, size: number, shape: 'rounded' | 'square' | 'maskable' }} Icon
 */

/** @type {Icon[]} */
const ICONS = [
	{ file: 'static/icons/icon-192.png', size: 192, shape: 'rounded' },
	{ file: 'static/icons/icon-512.png', size: 512, shape: 'rounded' },
	{ file: 'static/icons/maskable-512.png', size: 512, shape: 'maskable' },
	{ file: 'static/icons/apple-touch-icon.png', size: 180, shape: 'square' }
];

/** The safe zone's radius, and the radius the mark is scaled to (a margin for anti-aliasing). */
const SAFE_ZONE = 0.4;
const MASKABLE_MARK = 0.38;

/**
 * The screenshots for the manifest's `screenshots`: the top of `/en/`, with the title, the
 * contents and the first paragraphs.
 * @type {{ file: string, width: number, height: number, form_factor: 'narrow' | 'wide' }[]}
 */
const SCREENSHOTS = [
	{ file: 'static/screenshots/narrow.png', width: 412, height: 915, form_factor: 'narrow' },
	{ file: 'static/screenshots/wide.png', width: 1280, height: 800, form_factor: 'wide' }
];

const BROWSER_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** @type {{ file: string, width: number, height: number, bytes: number, note: string }[]} */
const written = [];

/**
 * Writes a file and records it for the report, with the pixel size read from the PNG's header.
 * @param {string} file relative to the project root
 * @param {Buffer} data
 * @param {string} [note]
 */
function write(file, data, note = '') {
	mkdirSync(dirname(`${root}${file}`), { recursive: true });
	writeFileSync(`${root}${file}`, data);
	const { width, height } = file.endsWith('.png') ? png_size(data) : { width: 0, height: 0 };
	written.push({ file, width, height, bytes: data.length, note });
}

/**
 * The width and height in a PNG's IHDR chunk.
 * @param {Buffer} png
 */
function png_size(png) {
	if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') {
		throw new Error('not a PNG');
	}
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Shows the source SVG alone in the page at `size` pixels, reshaped for the icon.
 * @param {import('@playwright/test').Page} page
 * @param {string} svg
 * @param {number} size
 * @param {{ full_bleed: boolean, scale: number, background: boolean }} options `background`
 *   false leaves only the mark, to measure it
 */
async function show_icon(page, svg, size, options) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		'<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>'
	);
	await page.evaluate(
		({ svg, size, full_bleed, scale, background }) => {
			document.body.innerHTML = svg;
			const icon = document.querySelector('svg');
			const rect = icon?.querySelector('#background');
			const mark = icon?.querySelector('#mark');
			if (!icon || !rect || !mark) throw new Error('icon.svg needs #background and #mark');
			icon.setAttribute('width', String(size));
			icon.setAttribute('height', String(size));
			const { x, y, width, height } = icon.viewBox.baseVal;
			if (full_bleed) {
				Object.entries({ x, y, width, height }).forEach(([k, v]) => rect.setAttribute(k, `${v}`));
				rect.removeAttribute('rx');
				rect.removeAttribute('ry');
			}
			if (!background) rect.remove();
			if (scale !== 1) {
				const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
				const [cx, cy] = [x + width / 2, y + height / 2];
				g.setAttribute(
					'transform',
					`translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})`
				);
				mark.replaceWith(g);
				g.append(mark);
			}
		},
		{ svg, size, ...options }
	);
}

/**
 * Looks at a rendered PNG: whether every pixel is opaque, and how far from the centre (as a
 * fraction of the width) the farthest pixel lies that differs from the top-left corner's colour.
 * @param {import('@playwright/test').Page} page
 * @param {Buffer} png
 */
async function inspect(page, png) {
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const { width, height } = image;
		const canvas = document.createElement('canvas');
		Object.assign(canvas, { width, height });
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no canvas');
		context.drawImage(image, 0, 0);
		const { data } = context.getImageData(0, 0, width, height);
		const corner = data.slice(0, 4);
		let opaque = true;
		let extent = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i + 3] < 255) opaque = false;
			let difference = 0;
			for (let c = 0; c < 4; c++) difference += Math.abs(data[i + c] - corner[c]);
			if (difference > 24) {
				const p = i / 4;
				const dx = Math.abs((p % width) + 0.5 - width / 2) + 0.5;
				const dy = Math.abs(Math.floor(p / width) + 0.5 - height / 2) + 0.5;
				extent = Math.max(extent, Math.hypot(dx, dy));
			}
		}
		return { opaque, extent: extent / width };
	}, png.toString('base64'));
}

/** @param {import('@playwright/test').Browser} browser */
async function make_icons(browser) {
	const svg = readFileSync(`${root}${SOURCE}`, 'utf8');
	const page = await browser.newPage({ deviceScaleFactor: 1 });

	// How far the mark reaches from the centre as drawn, which sets its scale in the maskable icon.
	await show_icon(page, svg, 512, { full_bleed: false, scale: 1, background: false });
	const drawn = await inspect(page, await page.screenshot({ omitBackground: true }));
	const maskable_scale = Math.min(1, MASKABLE_MARK / drawn.extent);

	for (const { file, size, shape } of ICONS) {
		const scale = shape === 'maskable' ? maskable_scale : 1;
		await show_icon(page, svg, size, { full_bleed: shape !== 'rounded', scale, background: true });
		const png = await page.screenshot({ omitBackground: shape === 'rounded' });
		const { opaque, extent } = await inspect(page, png);
		if (shape !== 'rounded' && !opaque) throw new Error(`${file} is not opaque`);
		if (shape === 'maskable' && extent > SAFE_ZONE) {
			throw new Error(`${file}: the mark reaches ${extent}, outside the safe zone`);
		}
		const note =
			shape === 'maskable'
				? `mark scaled ${scale.toFixed(3)}, reaches ${(extent * 100).toFixed(1)}% of the size from the centre (safe zone ${SAFE_ZONE * 100}%)`
				: shape === 'square'
					? 'opaque'
					: 'transparent corners';
		write(file, png, note);
	}
	await page.close();

	// The favicon is the same drawing, without the comments and the indentation.
	const favicon = svg
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/>\s+</g, '><')
		.trim();
	write('static/favicon.svg', Buffer.from(`${favicon}\n`), `copy of ${SOURCE}`);
}

/** A free port in 4400–4499 (4173 belongs to `npm start` and the tests). */
async function free_port() {
	for (let port = 4400; port < 4500; port++) {
		const free = await new Promise((resolve) => {
			const server = createServer();
			server.once('error', () => resolve(false));
			server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
		});
		if (free) return port;
	}
	throw new Error('no free port in 4400–4499');
}

/**
 * Serves `build/` with `scripts/serve.js` until `stop()` is called.
 * @param {number} port
 * @returns {Promise<() => void>}
 */
function serve(port) {
	const server = spawn(process.execPath, [`${root}scripts/serve.js`], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		server.once('exit', (code) => reject(new Error(`scripts/serve.js exited with ${code}`)));
		server.stdout.on('data', (/** @type {Buffer} */ chunk) => {
			if (chunk.toString().includes('Serving')) resolve(() => server.kill());
		});
	});
}

/** @param {import('@playwright/test').Browser} browser */
async function make_screenshots(browser) {
	const port = await free_port();
	const stop = await serve(port);
	try {
		for (const { file, width, height, form_factor } of SCREENSHOTS) {
			const context = await browser.newContext({
				viewport: { width, height },
				deviceScaleFactor: 1,
				colorScheme: 'light',
				reducedMotion: 'reduce',
				locale: 'en-GB'
			});
			const page = await context.newPage();
			const response = await page.goto(`http://127.0.0.1:${port}/en/`, { waitUntil: 'load' });
			if (!response?.ok()) throw new Error(`/en/ answered ${response?.status()}`);
			await page.evaluate(() => document.fonts.ready);
			const png = await page.screenshot();
			write(file, png, `form_factor ${form_factor}, light`);
			await context.close();
		}
	} finally {
		stop();
	}
}

if (!existsSync(`${root}build/en/index.html`)) {
	console.error('No build found (build/en/index.html): run `npm run build` first.');
	process.exit(1);
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: BROWSER_ARGS
});
try {
	await make_icons(browser);
	await make_screenshots(browser);
} finally {
	await browser.close();
}

for (const { file, width, height, bytes, note } of written) {
	const pixels = width ? `${width}×${height}` : 'SVG';
	console.log(
		`${file.padEnd(36)} ${pixels.padStart(9)} ${bytes.toLocaleString('en').padStart(9)} bytes  ${note}`
	);
}
