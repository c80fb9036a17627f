import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { escapeNonAscii, shiftMappings } from './scripts/ascii.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {});
// The ESM build leaves lit, d3 and luxon to the app's bundler, so an app that already has them pays once.
const external = (id) => deps.some((d) => id === d || id.startsWith(d + '/'));

/**
 * The widget's views are d3-zoom's transforms (src/interaction/view.ts), but d3-zoom is one module
 * with its zoom behaviour, which imports d3-transition for its side effect (adding
 * selection.transition and selection.interrupt). Builds that contain view.ts take d3-zoom's
 * transform alone: d3-transition is treated as free of side effects there. The behaviour is the
 * zoom part's: in the single file's zoom part d3-transition is a stub (withoutD3Transition); in the
 * package build the zoom part's chunk leaves d3-zoom, and with it d3-transition, to the app's
 * bundler. The package build bundles d3-zoom for view.ts (a few hundred bytes of its transform),
 * so an app's bundler does not put d3-zoom and d3-transition into the app's first chunk.
 */
const transformOnly = {
  name: 'd3-zoom-transform-only',
  async resolveId(id, importer, options) {
    if (id !== 'd3-transition') return null;
    // node-resolve would mark it side-effectful from its package.json; that answer wins over treeshake options.
    const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
    return resolved && { ...resolved, moduleSideEffects: false };
  },
};
const externalButTransform = (id, importer) =>
  external(id) && !(id === 'd3-zoom' && /[\\/]src[\\/]interaction[\\/]view\.ts$/.test(importer ?? ''));
const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    // Declarations come from `tsc --emitDeclarationOnly` in the build script.
    compilerOptions: { declaration: false, declarationMap: false, sourceMap: true },
  });

/**
 * The widget names every tick itself (src/scale/time-scale.ts), so d3-time-format, which d3-scale's time scales import
 * only for their default tick format, is dead weight in the single file: a stub takes its place.
 */
const withoutD3TimeFormat = {
  name: 'without-d3-time-format',
  resolveId: (id) => (id === 'd3-time-format' ? '\0d3-time-format' : null),
  load: (id) =>
    id === '\0d3-time-format'
      ? 'export const timeFormat = () => () => "";\nexport const utcFormat = timeFormat;'
      : null,
};

/**
 * d3-scale interpolates its range with d3-interpolate's generic `interpolate`, which reads colours
 * and so brings in all of d3-color (about 5 KB gzip with d3-interpolate). The widget's scales map
 * time to pixels, numbers only: for d3-scale, a stub with d3's own number interpolators (the same
 * formulas, so the same positions) takes its place. Other importers, such as d3-zoom in the zoom
 * part, get the real module.
 */
const numbersOnlyInterpolate = {
  name: 'numbers-only-interpolate',
  resolveId: (id, importer) =>
    id === 'd3-interpolate' && /[\\/]d3-scale[\\/]/.test(importer ?? '') ? '\0d3-interpolate-numbers' : null,
  load: (id) =>
    id === '\0d3-interpolate-numbers'
      ? `export const interpolateNumber = (a, b) => ((a = +a), (b = +b), (t) => a * (1 - t) + b * t);
export const interpolate = interpolateNumber;
export const interpolateRound = (a, b) => ((a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t));
export function piecewise(interpolate, values) {
  const n = values.length - 1;
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(interpolate(values[i], values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i](t - i);
  };
}`
      : null,
};

/**
 * d3-dsv's csvParse builds each row object with `new Function`, which a page with a strict
 * Content-Security-Policy refuses. The widget reads rows only (csvParseRows, src/parse/formats.ts),
 * which never calls it, but d3-dsv makes all its parsers in one closure, so the converter would
 * still ship, unreachable. It is left out of the files readers download, which hold no `new
 * Function` (test/embed/embedding.test.ts); the build stops if d3-dsv no longer has it by that name.
 */
const withoutDsvObjectConverter = {
  name: 'without-dsv-object-converter',
  transform(code, id) {
    if (!/[\\/]d3-dsv[\\/]/.test(id)) return null;
    const converter = /function objectConverter\(columns\) \{\n[\s\S]*?\n\}\n/;
    if (!converter.test(code)) this.error('d3-dsv changed: its objectConverter (new Function) was not found');
    return {
      code: code.replace(
        converter,
        'function objectConverter() {\n  throw new Error("csvParse: not in this build");\n}\n',
      ),
      map: null,
    };
  },
};

/**
 * Collapses the white space and comments of the component's css`` stylesheets, src/render/*.styles.ts.
 * Only the text between ${…} interpolations is css: a '}' there always ends a rule, and the ends of
 * the text are never inside a value. A space beside an interpolation may separate two values
 * (`padding: ${y} ${x}`), so it stays.
 */
const minifyCss = {
  name: 'minify-css',
  transform(code, id) {
    if (!/[\\/]src[\\/]render[\\/][^\\/]+\.styles\.ts$/.test(id)) return null;
    const css = (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/:\s+/g, ':');
    const stylesheet = (body) =>
      body
        .split(/(\$\{[^}]*\})/)
        .map((text, i) => (i % 2 ? text : css(text)))
        .join('')
        .trim();
    return { code: code.replace(/css\s*`([^`]*)`/g, (_, body) => 'css`' + stylesheet(body) + '`'), map: null };
  },
};

/**
 * Takes the indentation out of the Lit templates (src/render/*.ts, the element): a line break and
 * the spaces around it become the line break alone, which HTML reads the same way outside
 * `white-space: pre`, where the templates hold only interpolated text. Elsewhere in those files the
 * indentation is the minifier's to drop anyway.
 */
const minifyTemplates = {
  name: 'minify-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/](render|element)[\\/][\w-]+\.ts$/.test(id) || id.endsWith('.styles.ts')) return null;
    return { code: code.replace(/[ \t]*\n[ \t]*/g, '\n'), map: null };
  },
};

/**
 * The zoom part glides by itself (src/interaction/glide.ts) and never makes a d3 transition, but
 * d3-zoom imports d3-transition, which would bring d3-timer, d3-ease's siblings, all of
 * d3-interpolate and d3-color: about 9 KB gzip the reader pays at the first zoom. What d3-zoom
 * uses of it is `interrupt(node)` and `selection.interrupt()`, which stop a running transition:
 * with none ever started, both do nothing. A reader's gesture stops the widget's own glide through
 * d3-zoom's start event instead. (The tests run the real d3-transition: the same behaviour.)
 */
const withoutD3Transition = {
  name: 'without-d3-transition',
  resolveId: (id) => (id === 'd3-transition' ? { id: '\0d3-transition', moduleSideEffects: true } : null),
  load: (id) =>
    id === '\0d3-transition'
      ? `import { selection } from 'd3-selection';
selection.prototype.interrupt = function () { return this; };
export function interrupt() {}`
      : null,
};

/**
 * d3-interpolate and d3-ease make their interpolators and easings at the top of their modules
 * (`var rgb = (function rgbGamma(y) {…})(1)`, `var cubehelixLong = cubehelix(nogamma)`), calls
 * that rollup cannot prove free of side effects, so all of them, and d3-color behind them, would
 * ship with the one of each the zoom part uses (interpolateZoom, easeCubicInOut). They are pure:
 * marked so, rollup keeps what is used. The build stops if the modules no longer look like this.
 */
const pureD3Factories = {
  name: 'pure-d3-factories',
  transform(code, id) {
    if (!/[\\/](d3-interpolate|d3-ease)[\\/]/.test(id)) return null;
    const factory = /^(var \w+ = )(?=\(function \w+\(|\w+\()/gm;
    if (!factory.test(code)) this.error(`${id}: no top-level factory calls found to mark pure`);
    return { code: code.replace(factory, '$1/*#__PURE__*/ '), map: null };
  },
};

/**
 * d3-time makes every interval, in local time and in UTC, at the top of its one module, and its
 * local-time ticker from them (`const [timeTicks, timeTickInterval] = ticker(timeYear, …)`): calls
 * rollup cannot prove free of side effects, so the local-time intervals (getTimezoneOffset and
 * setHours) would ship. The widget's scales are UTC (src/scale/): the interval factories are
 * marked pure and the local-time ticker, which only d3-scale's scaleTime reads, becomes a stub
 * that throws. The build stops if the module no longer looks like this.
 */
const utcOnlyD3Time = {
  name: 'utc-only-d3-time',
  transform(code, id) {
    if (!/[\\/]d3-time[\\/]/.test(id)) return null;
    const local = /^const \[timeTicks, timeTickInterval\] = ticker\([^)]*\);$/m;
    const factory = /^(const \w+ = )(?=(timeInterval|timeWeekday|utcWeekday)\()/gm;
    if (!local.test(code) || !factory.test(code))
      this.error(`${id}: d3-time changed (its local-time ticker or its intervals)`);
    const stub =
      'const timeTicks = () => { throw new Error("scaleTime: not in this build"); }, timeTickInterval = timeTicks;';
    // `const timeDays = timeDay.range;` reads a property, which rollup keeps: the same function, called through.
    const alias = /^const (\w+) = (\w+)\.range;$/gm;
    return {
      code: code
        .replace(local, stub)
        .replace(factory, '$1/*#__PURE__*/ ')
        .replace(alias, 'const $1 = (start, stop, step) => $2.range(start, stop, step);'),
      map: null,
    };
  },
};

/**
 * d3-selection's methods are one object literal, `selection.prototype`, which ships whole: the data
 * join, DOM building and class, text and attribute helpers of a library for drawing. The zoom part
 * uses d3-selection only for d3-zoom's and d3-drag's listeners (`on`, `property`, `style`,
 * `filter`, `each`, `datum`, `call`) and what those use (`node`, `nodes`, `selection`): the rest is
 * left out of that part, found by name in the module's syntax tree (the build stops if one is
 * gone). test/element/bundle.test.ts zooms, drags and wheels with the built part.
 */
const SELECTION_UNUSED = [
  'select',
  'selectAll',
  'selectChild',
  'selectChildren',
  'data',
  'enter',
  'exit',
  'join',
  'merge',
  'order',
  'sort',
  'size',
  'empty',
  'attr',
  'classed',
  'text',
  'html',
  'raise',
  'lower',
  'append',
  'insert',
  'remove',
  'clone',
  'dispatch',
];
const listenersOnlySelection = {
  name: 'listeners-only-selection',
  transform(code, id) {
    if (!/[\\/]d3-selection[\\/]/.test(id)) return null;
    const names = new Set(SELECTION_UNUSED);
    const cuts = [];
    const visit = (node) => {
      if (!node || typeof node !== 'object') return;
      const isPrototype =
        node.type === 'AssignmentExpression' &&
        node.right.type === 'AssignmentExpression' &&
        code.slice(node.left.start, node.left.end) === 'Selection.prototype' &&
        node.right.right.type === 'ObjectExpression';
      if (isPrototype)
        for (const property of node.right.right.properties)
          if (property.type === 'Property' && !property.computed && names.delete(property.key.name))
            // The property and the comma after it.
            cuts.push({ start: property.start, end: code.indexOf(',', property.end) + 1 || property.end });
      for (const value of Object.values(node)) Array.isArray(value) ? value.forEach(visit) : visit(value);
    };
    visit(this.parse(code));
    if (names.size) this.error(`d3-selection changed: selection.prototype has no ${[...names].join(', ')}`);
    return { code: cutOut(code, cuts), map: null };
  },
};

/**
 * d3-zoom's behaviour is one closure, `zoom()`, whose methods all ship. The zoom part sets views
 * with `zoom.transform` on a selection and glides by itself (glide.ts), and the element turns the
 * double click off: d3's own zooming methods (scaleBy, scaleTo, translateBy, translateTo), its
 * transitions (`schedule`, with their duration and interpolator) and its double-click zoom are left
 * out of that part, found by name in the module's syntax tree (the build stops if one is gone). A
 * transition handed to `zoom.transform` throws. test/element/bundle.test.ts zooms, drags and wheels
 * with the built part.
 */
const ZOOM_UNUSED = ['scaleBy', 'scaleTo', 'translateBy', 'translateTo', 'duration', 'interpolate'];
const zoomWithoutTransitions = {
  name: 'zoom-without-transitions',
  transform(code, id) {
    if (!/[\\/]d3-zoom[\\/]/.test(id)) return null;
    const behaviour = this.parse(code).body.find((n) => n.type === 'FunctionDeclaration' && n.id.name === 'zoom');
    const methods = new Set(ZOOM_UNUSED);
    const functions = new Set(['schedule', 'dblclicked']);
    const cuts = [];
    for (const node of behaviour?.body.body ?? []) {
      const assigned = node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression';
      const target = assigned && node.expression.left;
      if (target?.type === 'MemberExpression' && target.object.name === 'zoom' && methods.delete(target.property.name))
        cuts.push(node);
      if (node.type === 'FunctionDeclaration' && functions.delete(node.id.name)) cuts.push(node);
    }
    if (methods.size || functions.size)
      this.error(`d3-zoom changed: zoom() has no ${[...methods, ...functions].join(', ')}`);
    const edits = [
      ['.on("dblclick.zoom", dblclicked)', ''],
      ['schedule(collection, transform, point, event);', 'throw new Error("zoom transitions: not in this build");'],
      ['interpolate = interpolateZoom,', ''],
      ['duration = 250,', ''],
    ];
    let out = cutOut(code, cuts);
    for (const [from, to] of edits) {
      if (!out.includes(from)) this.error(`d3-zoom changed: ${from} not found`);
      out = out.replace(from, to);
    }
    return { code: out, map: null };
  },
};

/**
 * Parts of the widget that few readers need, each a file of its own beside the single file:
 * loaded by `import('./<part>.js')` in the source, which the single file turns into a request for
 * dist/event-timeline-<part>.js next to itself (import.meta.url is the script's own address).
 */
const PARTS = {
  formats: 'src/parse/formats.ts',
  sanitize: 'src/render/sanitize.ts',
  table: 'src/render/table.ts',
  media: 'src/render/media.ts',
  'zoom-behavior': 'src/interaction/zoom-behavior.ts',
  'decode-text': 'src/source/decode-text.ts',
};
const loadPartsBesideScript = {
  name: 'load-parts-beside-script',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    const names = Object.keys(PARTS).join('|').replace(/-/g, '\\-');
    const pattern = new RegExp(`import\\((['"])\\./(${names})\\.js\\1\\)`, 'g');
    return {
      code: code.replace(
        pattern,
        (_, quote, name) => `import(new URL('./event-timeline-${name}.js', import.meta.url).href)`,
      ),
      map: null,
    };
  },
};

/** The string catalogues, fetched by readers who need them (src/i18n/strings.ts): dist/locales/*.json. */
const copyLocales = {
  name: 'copy-locales',
  generateBundle() {
    const dir = new URL('./src/i18n/locales/', import.meta.url);
    for (const file of readdirSync(dir)) {
      // Re-serialised: no indentation for readers to download.
      const source = JSON.stringify(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
      this.emitFile({ type: 'asset', fileName: `locales/${file}`, source });
    }
  },
};

/**
 * Terser with more passes and modern output: the browsers that run custom elements read ES2021.
 * ASCII only: a CMS page served as windows-1252, or a script sent without a charset, decodes a
 * classic script in the page's charset, and every "−", "–" and "…" of the widget (and luxon's
 * digit tables) would come out garbled; escaped, they read the same in any charset (and the file
 * gzips slightly smaller). `preamble` is a first line kept through minification.
 */
const minify = (preamble) =>
  terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: false, ascii_only: true, preamble } });

/**
 * The zoom part loads on a reader's intent, before the first wheel or pinch, and every function in
 * it runs at that first gesture: V8's compile hint has Chromium compile it all while it loads
 * (off the main thread), not lazily inside the first frames of the zoom.
 */
const COMPILE_ALL = { 'zoom-behavior': '//# allFunctionsCalledOnLoad' };

/**
 * The iframe page, the Embed page and the editor, copied from demo/ into dist/ so that a newsroom can host
 * dist/ as it is: in demo/ they load the scripts from ../dist/, in dist/ from beside themselves.
 * The demo's example events file is not in dist/, so the dist Embed page starts with an empty field.
 */
const copyEmbedPages = {
  name: 'copy-embed-pages',
  generateBundle() {
    for (const file of ['embed.html', 'embed.css', 'embed-code.html', 'embed-code.css', 'editor.html', 'editor.css']) {
      const source = readFileSync(new URL(`./demo/${file}`, import.meta.url), 'utf8')
        .replaceAll('../dist/', './')
        .replace(/ data-example="[^"]*"/g, '')
        // Comments are for the repository's readers, not for every reader of an embed.
        .replace(file.endsWith('.css') ? /\/\*[\s\S]*?\*\/\s*/g : /<!--[\s\S]*?-->\s*/g, '');
      this.emitFile({ type: 'asset', fileName: file, source });
    }
  },
};

/** Small classic scripts of the iframe embed (src/embed/) and of the editor (src/editor/), each one self-contained file. */
const EMBED_SCRIPTS = {
  'event-timeline-embed': 'src/embed/frame.ts', // in the iframe page
  'event-timeline-frame': 'src/embed/parent.ts', // in the article page around the iframe
  'embed-code': 'src/embed/embed-code-page.ts', // the Embed page, for producers
  // The editor, for producers: its own file, which no reader's page loads.
  editor: 'src/editor/index.ts',
};

/**
 * Every script this build writes is ASCII (scripts/ascii.mjs says why; scripts/check-ascii.mjs checks
 * it). The minified files are already, by terser's ascii_only; the readable ones (dist/index.js, its
 * chunks, dist/validate.js) have their non-ASCII characters escaped here, with their source maps
 * shifted to match. The escaped code is parsed again and must have the same syntax tree, values
 * and names included, or the build stops.
 */
/** The name of a tag other than Lit's (html, css, svg) on a template with non-ASCII text, if any. */
function rawTagOfNonAscii(node, code) {
  if (!node || typeof node !== 'object') return undefined;
  if (node.type === 'TaggedTemplateExpression') {
    const name = code.slice(node.tag.start, node.tag.end);
    const nonAscii = node.quasi.quasis.some((q) => /[\u0080-\uffff]/.test(q.value.raw));
    if (nonAscii && !['html', 'css', 'svg'].includes(name)) return name;
  }
  for (const value of Object.values(node)) {
    const found = Array.isArray(value)
      ? value.map((item) => rawTagOfNonAscii(item, code)).find(Boolean)
      : rawTagOfNonAscii(value, code);
    if (found) return found;
  }
  return undefined;
}

const asciiOnly = {
  name: 'ascii-only',
  generateBundle(_options, bundle) {
    // Escapes read as what they stand for, so that a regular expression's pattern and a template's
    // raw text compare by their characters; a BigInt compares by its digits.
    const unescape = (text) => text.replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    const comparable = (code) =>
      JSON.stringify(this.parse(code), (key, value) =>
        key === 'start' || key === 'end'
          ? undefined
          : typeof value === 'bigint'
            ? `${value}n`
            : (key === 'raw' || key === 'pattern') && typeof value === 'string'
              ? unescape(value)
              : value,
      );
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const { code, edits } = escapeNonAscii(chunk.code);
      if (!edits.length) continue;
      // A tag that reads a template's raw text (String.raw) would see the escapes: Lit's read the cooked text.
      const tag = rawTagOfNonAscii(this.parse(chunk.code), chunk.code);
      if (tag)
        this.error(`${chunk.fileName}: a template tagged ${tag} holds non-ASCII text, which escaping would change`);
      if (comparable(code) !== comparable(chunk.code))
        this.error(`${chunk.fileName}: escaping its non-ASCII characters would change the program`);
      chunk.code = code;
      if (!chunk.map) continue;
      chunk.map.mappings = shiftMappings(chunk.map.mappings, edits);
      const asset = bundle[chunk.sourcemapFileName ?? `${chunk.fileName}.map`];
      if (asset?.type === 'asset') asset.source = chunk.map.toString();
    }
  },
};

/**
 * luxon is one class per concept, and a class keeps every method: DateTime's parsers of HTTP, SQL
 * and RFC 2822 dates and of custom formats, its diffs and relative times (which bring Interval,
 * the token parser and the diff code), and toFormat's token language (the Formatter's, with
 * Locale's month, weekday, meridiem and era lists and luxon's English tables) ship whether called
 * or not. The widget reads ISO dates and
 * objects, formats through Intl and does calendar arithmetic (src/model/, src/scale/), so the
 * single file leaves those methods out: rollup then drops what only they used. The methods are
 * found in luxon's syntax tree by name, and the build stops if one is missing (luxon changed).
 * luxon calls them only from each other and from the classes only they bring (Interval, Info). The
 * validator, the package build and the tests keep all of luxon: test/element/bundle-dates.test.ts
 * has the built file and the source say the same dates, warnings and errors. So that src/ cannot
 * start using what the single file lacks while every other test passes, the build also stops
 * where src/ imports from luxon anything but LUXON_IMPORTS, or names a DateTime method left out.
 */
/** `code` without the text of `nodes` (syntax-tree nodes with start and end). */
function cutOut(code, nodes) {
  let out = code;
  for (const { start, end } of [...nodes].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(end);
  return out;
}

const LUXON_UNUSED = {
  DateTime: [
    'fromHTTP',
    'fromRFC2822',
    'fromSQL',
    'fromFormat',
    'fromString',
    'fromFormatExplain',
    'fromStringExplain',
    'buildFormatParser',
    'fromFormatParser',
    'parseFormatForOpts',
    'expandFormat',
    'toHTTP',
    'toRFC2822',
    'toSQL',
    'toSQLDate',
    'toSQLTime',
    'toBSON',
    'diff',
    'diffNow',
    'until',
    'toRelative',
    'toRelativeCalendar',
    'min',
    'max',
    'monthShort',
    'monthLong',
    'weekdayShort',
    'weekdayLong',
    'toISOWeekDate',
    'toLocaleParts',
    'toUnixInteger',
    'toSeconds',
    'resolvedLocaleOptions',
    'getPossibleOffsets',
    'fromSeconds',
    'local',
    'toLocal',
    'isWeekend',
    'weeksInWeekYear',
    'weeksInLocalWeekYear',
    'isInLeapYear',
    'daysInYear',
    'offsetNameLong',
    'invalidExplanation',
    'toFormat',
    // Node's REPL form, Symbol.for("nodejs.util.inspect.custom"): no reader's browser asks for it.
    'inspect',
    // Read only by Interval (through until) and by min and max, which the single file has not.
    'isDateTime',
    // The DateTime's own getters of its Locale's settings, read by diff (cut) and by
    // toObject({ includeConfig: true }), which src/ may not ask for (see leftOutDateTimeCall).
    'numberingSystem',
    'outputCalendar',
    // What only the parts above or Interval called, and getters the widget never reads.
    'utc',
    'fromJSDate',
    'hasSame',
    'endOf',
    'minus',
    'isInDST',
    'offsetNameShort',
    'quarter',
    'toISODate',
    'toISOTime',
    'toUTC',
    'resetCache',
    'localWeekday',
    'localWeekNumber',
    'localWeekYear',
    'weekNumber',
    'weekYear',
    'ordinal',
    'zoneName',
    // Format presets for toLocaleString: the single file exports no DateTime to pass them with.
    ...[
      'DATE_SHORT',
      'DATE_MED',
      'DATE_MED_WITH_WEEKDAY',
      'DATE_FULL',
      'DATE_HUGE',
      'TIME_SIMPLE',
      'TIME_WITH_SECONDS',
      'TIME_WITH_SHORT_OFFSET',
      'TIME_WITH_LONG_OFFSET',
      'TIME_24_SIMPLE',
      'TIME_24_WITH_SECONDS',
      'TIME_24_WITH_SHORT_OFFSET',
      'TIME_24_WITH_LONG_OFFSET',
      'DATETIME_SHORT',
      'DATETIME_SHORT_WITH_SECONDS',
      'DATETIME_MED',
      'DATETIME_MED_WITH_SECONDS',
      'DATETIME_MED_WITH_WEEKDAY',
      'DATETIME_FULL',
      'DATETIME_FULL_WITH_SECONDS',
      'DATETIME_HUGE',
      'DATETIME_HUGE_WITH_SECONDS',
    ],
  ],
  Duration: [
    'inspect',
    'fromISO',
    'fromISOTime',
    'toFormat',
    'toHuman',
    'toISO',
    'toISOTime',
    'toJSON',
    'toString',
    'shiftToAll',
    'rescale',
    // Durations are luxon's own here (DateTime.plus reads one): its arithmetic on them goes unused.
    'negate',
    'minus',
    'plus',
    'mapUnits',
    'set',
    'reconfigure',
    'normalize',
    'removeZeros',
    'equals',
    'toMillis',
    'valueOf',
    'locale',
    'numberingSystem',
    'invalidReason',
    'invalidExplanation',
  ],
  // luxon's settings are the page's to change: the widget never does, and its file holds its own luxon.
  Settings: [
    'set now',
    'set defaultZone',
    'set defaultLocale',
    'set defaultNumberingSystem',
    'set defaultOutputCalendar',
    'set defaultWeekSettings',
    'set twoDigitCutoffYear',
    'set throwOnInvalid',
    'resetCaches',
  ],
  IANAZone: ['resetCache'],
  // The abstract zone's members only throw: every zone luxon makes (the file can name no other) has its own.
  Zone: ['type', 'name', 'isUniversal', 'offsetName', 'formatOffset', 'offset', 'equals', 'isValid'],
  Locale: [
    // A debugging form: only fromFormatParser's error message (cut) makes a string of a Locale.
    'toString',
    'resetCache',
    'relFormatter',
    'listFormatter',
    'months',
    'weekdays',
    'meridiems',
    'eras',
    'listingMode',
    // Numbers in luxon's own formats (the widget formats numbers through Intl itself).
    'redefaultToEN',
    'redefaultToSystem',
    'extract',
    'numberFormatter',
    'fastNumbers',
    'isEnglish',
    // Weeks by the locale's calendar (which day starts one): the widget asks luxon for no weeks.
    'getWeekSettings',
    'getStartOfWeek',
    'getMinDaysInFirstWeek',
    'getWeekendDays',
  ],
  // Read only by the Formatter's resolvedOptions and by fromFormat's token parsing, both cut.
  PolyDateFormatter: ['resolvedOptions'],
  // toFormat's token language (and Duration's), parts and intervals: the widget names dates by toLocaleString.
  Formatter: [
    'formatDateTimeFromString',
    'formatDurationFromString',
    'parseFormat',
    'macroTokenToFormatOpts',
    'formatWithSystemDefault',
    'num',
    'formatInterval',
    'formatDateTimeParts',
    'resolvedOptions',
  ],
};
const LUXON_IMPORTS = ['DateTime', 'IANAZone'];
/** Where src/ names a left-out DateTime method (Math.min and Math.max are not DateTime's), or toObject's includeConfig, which reads two. */
const leftOutDateTimeCall = new RegExp(
  `\\.(${LUXON_UNUSED.DateTime.filter((name) => name !== 'min' && name !== 'max').join('|')})\\b|DateTime\\.(min|max)\\b|\\bincludeConfig\\b`,
);
const withoutUnusedLuxon = {
  name: 'without-unused-luxon',
  transform(code, id) {
    if (/[\\/]src[\\/].+\.ts$/.test(id)) {
      for (const [, names] of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'luxon'/g))
        for (const name of names.split(',').map((n) => n.trim().replace(/^type\s+/, '')))
          if (name && !LUXON_IMPORTS.includes(name))
            this.error(`${id} imports ${name} from luxon, which the single file leaves out or does not check`);
      const call = leftOutDateTimeCall.exec(code);
      if (call) this.error(`${id} uses ${call[0]}, a luxon method the single file leaves out (LUXON_UNUSED)`);
      return null;
    }
    if (!/[\\/]luxon[\\/]/.test(id)) return null;
    const cuts = [];
    const classes = new Set(Object.keys(LUXON_UNUSED));
    for (const node of this.parse(code).body) {
      if (node.type !== 'ClassDeclaration' || !classes.delete(node.id.name)) continue;
      const names = new Set(LUXON_UNUSED[node.id.name]);
      for (const member of node.body.body) {
        // 'set name' is the setter alone, whose getter luxon reads; 'inspect' the REPL's computed key.
        const name =
          member.kind === 'set'
            ? `set ${member.key.name}`
            : member.computed
              ? code.slice(member.key.start, member.key.end) === 'Symbol.for("nodejs.util.inspect.custom")' && 'inspect'
              : member.key.name;
        if (member.type === 'MethodDefinition' && names.delete(name)) cuts.push(member);
      }
      if (names.size) this.error(`luxon changed: ${node.id.name} has no ${[...names].join(', ')}`);
    }
    if (classes.size) this.error(`luxon changed: no class ${[...classes].join(', ')}`);
    return { code: cutOut(code, cuts), map: null };
  },
};

/** The single file's plugins, in either of its forms; `extra` run before module resolution. */
const singleFile = (...extra) => [
  transformOnly,
  withoutD3TimeFormat,
  utcOnlyD3Time,
  numbersOnlyInterpolate,
  minifyCss,
  minifyTemplates,
  loadPartsBesideScript,
  withoutUnusedLuxon,
  ...extra,
  nodeResolve({ browser: true }),
  ts(),
  minify(),
  asciiOnly,
];

const validator = {
  // The command-line check's core, for Node: bin/event-timeline.mjs imports it.
  input: 'src/validate.ts',
  external,
  output: { file: 'dist/validate.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve(), ts(), asciiOnly],
};

// `rollup -c --environment ONLY:validate` builds only the validator, for the Node tests.
export default process.env.ONLY === 'validate'
  ? [validator]
  : [
      validator,
      {
        // For apps with a bundler (the package's main export, dist/index.js): lit, d3 and luxon are left
        // to the app's bundler, and the rare parts become chunks of their own.
        input: { index: 'src/index.ts' },
        external: externalButTransform,
        output: {
          dir: 'dist',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          format: 'es',
          sourcemap: true,
        },
        plugins: [transformOnly, minifyCss, minifyTemplates, nodeResolve(), ts(), asciiOnly],
      },
      {
        // One self-contained file for a plain <script> tag in a CMS.
        input: 'src/bundle.ts',
        output: { file: 'dist/event-timeline.min.js', format: 'iife', name: 'EventTimeline', sourcemap: true },
        plugins: singleFile(copyLocales),
      },
      {
        // The same self-contained file as an ES module, for <script type="module"> in a page without a
        // build step: no bare imports, minified, the parts and catalogues loaded from beside it. Like
        // the IIFE it exports only the element's class: the package's readers of other formats would
        // put the formats part into it a second time.
        input: 'src/bundle.ts',
        output: { file: 'dist/event-timeline.js', format: 'es', sourcemap: true },
        plugins: singleFile(),
      },
      ...Object.entries(PARTS).map(([name, input]) => ({
        input,
        output: { file: `dist/event-timeline-${name}.js`, format: 'es', sourcemap: true },
        plugins: [
          withoutDsvObjectConverter,
          ...(name === 'zoom-behavior'
            ? [withoutD3Transition, pureD3Factories, listenersOnlySelection, zoomWithoutTransitions]
            : []),
          nodeResolve({ browser: true }),
          ts(),
          minify(COMPILE_ALL[name]),
          asciiOnly,
        ],
      })),
      ...Object.entries(EMBED_SCRIPTS).map(([name, input], i) => ({
        input,
        output: { file: `dist/${name}.js`, format: 'iife', sourcemap: true },
        plugins: [nodeResolve({ browser: true }), ts(), minify(), asciiOnly, ...(i === 0 ? [copyEmbedPages] : [])],
      })),
    ];
