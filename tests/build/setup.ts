// The `build` test project reads the built site: build it first when there is none, so that
// `npm run test:build` works on a fresh clone too. (`npm test` builds before it runs the tests.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build_project, ROOT } from '../../scripts/project-copy.js';

export default function setup(): void {
	const build = process.env.BUILD_DIR;
	if (existsSync(join(build || join(ROOT, 'build'), 'service-worker.js'))) return;
	if (build) throw new Error(`BUILD_DIR=${build} holds no built site: build it first`);
	console.log('No build/: building first (npm run build)');
	build_project(ROOT, { quiet: false });
}
