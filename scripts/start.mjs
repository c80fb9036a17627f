// `npm start`: builds the single-file bundle, then serves the demo page that embeds it exactly as a
// producer would (a <script> tag and <event-timeline src="…">).
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT) || 8000;
await startDevServer({
  config: { rootDir: '.', port, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nDemo: http://localhost:${port}/demo/   (Ctrl+C to stop)`);
