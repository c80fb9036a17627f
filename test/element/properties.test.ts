// Property-based: random and mutated files never break the parser or the widget.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { readEvents, type ReadResult } from '../../src/parse/read-events.js';
import { cleanup, loadStory, outcomeOf } from '../helpers/index.js';

type Json = unknown;
type Path = Array<string | number>;

/** Either a timeline and no error, or no timeline and at least one error, each with a path and a message. */
function expectOutcome(result: ReadResult): void {
  if (result.timeline) {
    expect(result.errors).to.deep.equal([]);
    expect(result.timeline.events.length).to.be.greaterThan(0);
    for (const event of result.timeline.events)
      expect(Number.isFinite(event.from) && Number.isFinite(event.to) && event.from <= event.to, event.id).to.equal(
        true,
      );
  } else {
    expect(result.errors.length).to.be.greaterThan(0);
  }
  for (const problem of [...result.errors, ...result.warnings]) {
    expect(problem.path).to.be.a('string');
    expect(problem.message).to.be.a('string').and.not.equal('');
  }
}

/** Every path to a value inside `value`. */
function paths(value: Json, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string | number, Json>)[key], [...at, key]))];
}

/** A copy of `root` with the value at `path` replaced, or removed when `value` is undefined. */
function mutate(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value === undefined && Array.isArray(node)) node.splice(Number(last), 1);
  else if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

/** Values a producer or a hostile file might put anywhere. */
const values = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '2016-02-30',
    '2016-13',
    '-000500',
    '-13800000000',
    '2017-02-13T22:00',
    '09/08/2016',
    'javascript:alert(1)',
    'Mars/Olympus',
    '',
    ' ',
    '<img src=x onerror=alert(1)>',
  ),
  fc.integer({ min: -2e10, max: 3e5 }),
  fc.string(),
);

let story: Json;
before(async () => {
  story = await loadStory();
});

describe('properties of the data layer', () => {
  it('parseTimeline never throws on any JSON value, and returns a timeline or errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectOutcome(parseTimeline(value))),
      { numRuns: 500 },
    );
  });

  it('reading a mutated story never throws, and returns a timeline or errors', () => {
    const mutation = fc.tuple(fc.constantFrom(...paths(story)), values);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const file = mutations.reduce(
          (file, [path, value]) =>
            paths(file).some((p) => p.join('/') === path.join('/')) ? mutate(file, path, value) : file,
          story,
        );
        expectOutcome(readEvents({ value: file }));
      }),
      { numRuns: 500 },
    );
  });

  it('reading any text never throws: JSON, CSV, TimelineJS sheets, or noise', () => {
    const cell = fc.oneof(
      fc.string(),
      values.map((v) => (v === undefined ? '' : String(v))),
    );
    const sheet = fc
      .tuple(
        fc.shuffledSubarray(
          [
            'id',
            'start',
            'end',
            'title',
            'group',
            'source_name',
            'source_url',
            'media_url',
            'circa',
            'Year',
            'Month',
            'Day',
            'Time',
            'Headline',
            'Type',
            'x',
          ],
          { minLength: 1 },
        ),
        fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 6 }),
      )
      .map(([header, rows]) => [header, ...rows].map((row) => row.map((c) => JSON.stringify(c)).join(',')).join('\n'));
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      sheet,
      fc.constant(JSON.stringify(story)).chain((json) => fc.nat(json.length).map((n) => json.slice(0, n))),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('', 'text/csv', 'application/json'), (body, contentType) =>
        expectOutcome(readEvents({ text: body, name: 'f', contentType })),
      ),
      { numRuns: 500 },
    );
  });
});

describe('properties of the widget', () => {
  afterEach(cleanup);

  it('always ends in timeline-ready or timeline-error, with no uncaught exception in the page', async function () {
    // 40 widgets, some loading the formats part for the first time on a busy machine: more than
    // mocha's default 10 s may pass. Each run still has 5 s, and one that never ends is reported
    // with its input rather than as a bare time-out.
    this.timeout(60_000);
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const originalWarn = console.warn;
    console.warn = () => undefined; // the warnings of random files are expected, and would flood the log
    try {
      const mutation = fc.tuple(fc.constantFrom(...paths(story)), values);
      const input = fc.oneof(
        fc
          .array(mutation, { minLength: 1, maxLength: 4 })
          .map((mutations) => ({
            events: mutations.reduce(
              (file, [path, value]) =>
                paths(file).some((p) => p.join('/') === path.join('/')) ? mutate(file, path, value) : file,
              story,
            ),
          }))
          // Removing the whole file leaves no data at all: the widget then says so and fires nothing
          // (test/source/load-faults.test.ts: "No timeline data."), which is not a file to judge.
          .filter((setup) => setup.events !== undefined),
        fc
          .oneof(
            fc.string(),
            fc.constant(JSON.stringify(story)).chain((json) => fc.nat(json.length).map((n) => json.slice(0, n))),
          )
          .map((inline) => ({ inline })),
      );
      await fc.assert(
        fc.asyncProperty(input, async (setup) => {
          const el = document.createElement('event-timeline');
          el.style.width = '600px';
          if ('events' in setup) el.events = setup.events as never;
          else el.innerHTML = `<script type="application/json">${setup.inline.replace(/</g, '\\u003c')}</script>`;
          const outcome = outcomeOf(el);
          document.body.append(el);
          let timer = 0;
          const stuck = new Promise<never>((_, reject) => {
            timer = window.setTimeout(
              () => reject(new Error(`neither ready nor error within 5 s for ${JSON.stringify(setup).slice(0, 300)}`)),
              5000,
            );
          });
          const event = (await Promise.race([outcome, stuck]).finally(() => clearTimeout(timer))) as CustomEvent;
          expect(['timeline-ready', 'timeline-error']).to.include(event.type);
          if (event.type === 'timeline-error')
            expect(el.shadowRoot!.querySelector('[role="alert"]') === null, '[role="alert"]').to.equal(false);
          else {
            // Every event is shown, on its own or inside a cluster.
            const root = el.shadowRoot!;
            const clustered = [...root.querySelectorAll<HTMLElement>('[data-cluster]')].reduce(
              (n, c) => n + Number(c.dataset.cluster),
              0,
            );
            expect(root.querySelectorAll('[data-event-id]').length + clustered).to.equal(event.detail.count);
          }
          el.remove();
          expect(uncaught).to.deep.equal([]);
        }),
        { numRuns: 40 },
      );
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
