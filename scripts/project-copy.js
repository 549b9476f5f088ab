// Builds of the project in temporary copies of it, never over build/ (which the tests and
// `npm start` read): the reproducibility test builds twice, the update test and the benchmark
// build a changed version to deploy over the first.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Not copied: what a build writes, and the packages (linked instead). */
const SKIP = new Set([
	'node_modules',
	'build',
	'.svelte-kit',
	'test-results',
	'playwright-report',
	'.git'
]);

/**
 * A copy of the project (or of another checkout of it, `from`) in a new temporary folder, with
 * our node_modules in it as hard links (a fraction of a second, no disk). Not a symbolic link: the
 * bundler follows a link to the packages' real place, outside the copy, and Kit 3 names its entry
 * chunks from the paths it sees, so a copy would not build the same bytes as the project.
 * @param {string} [prefix]
 * @param {string} [from]
 * @returns {string} the copy's folder
 */
export function copy_project(prefix = 'igf-reader-copy-', from = ROOT) {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	cpSync(from, dir, {
		recursive: true,
		filter: (source) => source === from || !SKIP.has(basename(source))
	});
	const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
	// Where `cp -l` is missing (not GNU): a symbolic link, and builds that differ in a few names.
	if (linked.status !== 0)
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/**
 * `npm run build` in the project or a copy made by `copy_project`; its site is in `<dir>/build`.
 * @param {string} dir
 * @param {{ quiet?: boolean }} [options]
 * @returns {string} the build folder
 */
export function build_project(dir, { quiet = true } = {}) {
	/** @type {NodeJS.ProcessEnv} */
	const env = { ...process.env, BUILD_DIR: join(dir, 'build') };
	// Kit's working folder inside the copy, where it belongs.
	delete env.KIT_OUT_DIR;
	// Vitest sets NODE_ENV=test; a build that inherits it is not the production build.
	delete env.NODE_ENV;
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: dir,
		env,
		stdio: quiet ? 'pipe' : 'inherit',
		encoding: 'utf8'
	});
	if (result.status !== 0) {
		throw new Error(`build in ${dir} failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
	}
	return join(dir, 'build');
}

/** @param {string} dir */
export function remove_project(dir) {
	rmSync(dir, { recursive: true, force: true });
}
