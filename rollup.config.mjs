import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {});
// The ESM build leaves lit, d3 and luxon to the app's bundler, so an app that already has them pays once.
const external = (id) => deps.some((d) => id === d || id.startsWith(d + '/'));
const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    // Declarations come from `tsc --emitDeclarationOnly` in the build script.
    compilerOptions: { declaration: false, declarationMap: false, sourceMap: true },
  });

const validator = {
  // The command-line check's core, for Node: bin/event-timeline.mjs imports it.
  input: 'src/validate.ts',
  external,
  output: { file: 'dist/validate.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve(), ts()],
};

// `rollup -c --environment ONLY:validate` builds only the validator, for the Node tests.
export default process.env.ONLY === 'validate' ? [validator] : [
  validator,
  {
    input: 'src/index.ts',
    external,
    output: { file: 'dist/event-timeline.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve(), ts()],
  },
  {
    // One self-contained file for a plain <script> tag in a CMS.
    input: 'src/index.ts',
    output: { file: 'dist/event-timeline.min.js', format: 'iife', name: 'EventTimeline', sourcemap: true },
    plugins: [nodeResolve({ browser: true }), ts(), terser({ format: { comments: false } })],
  },
];
