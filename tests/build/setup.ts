// The `build` test project reads the built site: build it first when there is none, so that
// `npm run test:build` works on a fresh clone too. (`npm test` builds before it runs the tests.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
	const build = process.env.BUILD_DIR || 'build';
	if (existsSync(join(build, 'service-worker.js'))) return;
	console.log(`No ${build}/service-worker.js: building first (npm run build)`);
	// Vitest sets NODE_ENV=test, and a build that inherits it is not the production build.
	const env = { ...process.env };
	delete env.NODE_ENV;
	const result = spawnSync('npm', ['run', 'build'], { env, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
