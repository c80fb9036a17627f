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

/**
 * The widget labels every tick with luxon, so d3-time-format, which d3-scale's time scales import
 * only for their default tick format, is dead weight in the single file: a stub takes its place.
 */
const withoutD3TimeFormat = {
  name: 'without-d3-time-format',
  resolveId: (id) => (id === 'd3-time-format' ? '\0d3-time-format' : null),
  load: (id) => (id === '\0d3-time-format' ? 'export const timeFormat = () => () => "";\nexport const utcFormat = timeFormat;' : null),
};

/** Collapses the white space and comments of the component's css`` stylesheet. */
const minifyCss = {
  name: 'minify-css',
  transform(code, id) {
    if (!id.endsWith('/src/element/styles.ts')) return null;
    const css = (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        // not after '}': that may close a ${…} interpolation followed by a meaningful space
        .replace(/\s*([{;,])\s*/g, '$1')
        .replace(/\s+}/g, '}')
        .replace(/:\s+/g, ':');
    return { code: code.replace(/css\s*`([^`]*)`/g, (_, body) => 'css`' + css(body) + '`'), map: null };
  },
};

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
    plugins: [minifyCss, nodeResolve(), ts()],
  },
  {
    // One self-contained file for a plain <script> tag in a CMS.
    input: 'src/index.ts',
    output: { file: 'dist/event-timeline.min.js', format: 'iife', name: 'EventTimeline', sourcemap: true },
    plugins: [withoutD3TimeFormat, minifyCss, nodeResolve({ browser: true }), ts(), terser({ format: { comments: false } })],
  },
];
