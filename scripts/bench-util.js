// Helpers for `scripts/bench.js`: timeouts, free ports, local servers, statistics, tables.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('./serve.js', import.meta.url));

/**
 * Rejects with a clear message if `promise` takes longer than `ms`.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what what was being waited for, for the error message
 * @returns {Promise<T>}
 */
export function with_timeout(promise, ms, what) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms);
	});
	return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() =>
		clearTimeout(timer)
	);
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether nothing listens on `port` at 127.0.0.1.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function port_is_free(port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** Ports already handed out by `free_port`, so two servers never get the same one. */
const taken = new Set([4173]);

/**
 * A free port in 4300–4399 (4173 belongs to the tests and `npm start`).
 * @returns {Promise<number>}
 */
export async function free_port() {
	for (let port = 4300; port <= 4399; port++) {
		if (taken.has(port)) continue;
		if (await port_is_free(port)) {
			taken.add(port);
			return port;
		}
	}
	throw new Error('No free port in 4300–4399');
}

/**
 * The status of a GET to `url`, or an error.
 * @param {string} url
 * @returns {Promise<number>}
 */
function status_of(url) {
	return new Promise((resolve, reject) => {
		const req = request(url, { timeout: 2000 }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', reject);
		req.end();
	});
}

/**
 * @typedef {object} Server
 * @property {string} origin `http://127.0.0.1:<port>`
 * @property {() => Promise<void>} stop
 */

/** Servers still running, killed on exit whatever happens. */
const children = new Set(/** @type {import('node:child_process').ChildProcess[]} */ ([]));
process.on('exit', () => {
	for (const child of children) child.kill('SIGKILL');
});

/**
 * Runs `scripts/serve.js` on `root` (a folder with an `index.html`) on a free port, and waits
 * until it answers.
 * @param {string} root
 * @param {string} name for messages
 * @returns {Promise<Server>}
 */
export async function start_server(root, name) {
	const port = await free_port();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [SERVE], {
		env: { ...process.env, ROOT: root, HOST: '127.0.0.1', PORT: String(port) },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
	/** @type {number | null} */
	let exit_code = null;
	const exited = new Promise((resolve) =>
		child.once('exit', (code, signal) => {
			exit_code = code ?? -1;
			resolve(signal ?? code);
		})
	);
	children.add(child);

	const stop = async () => {
		children.delete(child);
		if (exit_code !== null) return;
		child.kill('SIGTERM');
		const stopped = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
		if (!stopped) child.kill('SIGKILL');
	};

	const deadline = Date.now() + 15_000;
	for (;;) {
		if (exit_code !== null) {
			throw new Error(
				`${name} server (serve.js, ROOT=${root}) exited with ${exit_code}:\n${stderr}`
			);
		}
		try {
			if ((await status_of(`${origin}/`)) === 200) return { origin, stop };
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`${name} server on ${origin} did not answer within 15 s:\n${stderr}`);
		}
		await sleep(100);
	}
}

/**
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A Markdown table, columns padded so it also reads well on a terminal.
 * @param {string[]} head
 * @param {(string | number)[][]} rows
 * @param {('l' | 'r')[]} [align] per column; numbers right-aligned by default
 * @returns {string}
 */
export function table(head, rows, align) {
	const cells = rows.map((row) => row.map(String));
	const widths = head.map((h, i) => Math.max(3, h.length, ...cells.map((row) => row[i].length)));
	const right = head.map((_, i) => (align ? align[i] === 'r' : typeof rows[0]?.[i] === 'number'));
	/** @param {string[]} row */
	const line = (row) =>
		`| ${row.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
	const rule = `| ${widths.map((w, i) => (right[i] ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
	return [line(head), rule, ...cells.map(line)].join('\n');
}
