// The app's version (`kit.version.name`), from its content, never from the clock: the same
// sources give the same version, so two builds of one commit are byte-identical.
//
// Kit writes the version into its client runtime (the shared chunk) and into every page
// (`__sveltekit_<hash>`), so what the version covers decides what a deploy costs. It covers what
// reaches the browser's scripts: the client code, the packages (the lock file) and the build's
// configuration. Not what only the pages carry, which the service worker revisions page by page
// from their own bytes: the document and interface strings (locales/, read by the server code
// only), stylesheets (their files are named by their hashes), static files, the server code,
// the worker (its own script, which the browser compares byte for byte). Were the version to
// cover those, one word in one paragraph would change every page of every language.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files at the project's root that shape the client build. */
const CONFIG_FILES = ['package.json', 'package-lock.json', 'vite.config.ts'];

/**
 * Whether a file under src/ can reach the browser's scripts.
 * @param {string} path relative to src/, with `/`
 */
export function reaches_scripts(path) {
	return !(
		path.startsWith('lib/server/') ||
		path.startsWith('service-worker/') ||
		/(^|\/)(\+server|[^/]+\.server)\.[jt]s$/.test(path) ||
		/\.(spec|test)\.[jt]s$/.test(path) ||
		path.endsWith('.css') ||
		path === 'app.html'
	);
}

/**
 * @param {string} dir
 * @returns {string[]} every file under `dir`, sorted
 */
function walk(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * A short hash of the files that reach the app's scripts, under the project folder `root`.
 * @param {string} root
 * @returns {string}
 */
export function app_version(root) {
	const hash = createHash('sha256');
	const src = join(root, 'src');
	const files = [
		...CONFIG_FILES.map((name) => join(root, name)),
		...walk(src).filter((file) => reaches_scripts(relative(src, file).split(sep).join('/')))
	];
	for (const file of files) {
		// The name too: a file moved is a change.
		hash.update(relative(root, file).split(sep).join('/')).update('\0');
		hash.update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex').slice(0, 12);
}
