// The single file that producers paste into a CMS: dist/event-timeline.min.js, built by `npm run
// build` (which `npm test` runs first), loaded by plain <script> tags in a page of its own; and
// the same file as an ES module, dist/event-timeline.js, for <script type="module">. The test
// server sends dist/*.js as they are (web-test-runner.config.mjs), bare imports unresolved.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import {
  axisTicks,
  cleanup,
  marks,
  mount,
  nameOf,
  openPage,
  sleep,
  STORY_URL,
  until,
  widgetIn,
} from '../helpers/index.js';

describe('dist/event-timeline.min.js in a plain page', () => {
  it('registers the element once, though included twice, and renders the story with its styles', async () => {
    const frame = await openPage('/test/fixtures/bundle.html');
    const doc = frame.contentDocument!;
    const el = doc.querySelector('event-timeline')!;
    const labels = marks(el);
    expect(labels).to.have.length(8);
    // The minified stylesheet still applies: label padding and leader border as designed.
    const style = frame.contentWindow!.getComputedStyle(labels[0]);
    expect(style.paddingLeft).to.equal('8px');
    expect(style.borderLeftWidth).to.equal('2px');
    expect(style.position).to.equal('absolute');
    // The axis is labelled by the widget, not by d3's default formats (stubbed out of the bundle).
    // Each inclusion of the file runs its copy of Lit once (twice here), but only one defines the element.
    expect((frame.contentWindow as unknown as { litHtmlVersions: string[] }).litHtmlVersions).to.have.length(2);
    const ticks = [...el.shadowRoot!.querySelectorAll('g.axis .tick text')].map((t) => t.textContent);
    expect(ticks[0]).to.equal('Jul 2016');
    expect(ticks.every((t) => t)).to.equal(true);
    frame.remove();
  });

  it('places every event where the build from source does (its time scale is given number-only interpolators)', async () => {
    const frame = await openPage('/test/fixtures/bundle.html');
    const bundled = widgetIn(frame)!;
    const { el } = await mount({ src: STORY_URL, width: 900 });
    const positions = (root: ShadowRoot) =>
      [...root.querySelectorAll('[data-mark]')].map(
        (m) => `${m.getAttribute('data-mark')} ${m.getAttribute('data-x')}`,
      );
    expect(positions(bundled.shadowRoot!)).to.have.length(8);
    expect(positions(bundled.shadowRoot!).every((p) => Number.isFinite(Number(p.split(' ')[1])))).to.equal(true);
    expect(positions(bundled.shadowRoot!)).to.deep.equal(positions(el.shadowRoot!));
    cleanup();
    frame.remove();
  });

  it('loads the formats, sanitiser and media parts from beside itself, only when a file needs them', async () => {
    const frame = await openPage('/test/fixtures/bundle-csv.html');
    const win = frame.contentWindow!;
    const el = widgetIn(frame)!;
    // The zoom behaviour loads on a reader's intent (a pointer over the frame may count): not checked here.
    // One copy of Lit in the file: two (a dependency resolved twice) would add bytes and warnings.
    expect((win as unknown as { litHtmlVersions: string[] }).litHtmlVersions).to.have.length(1);
    const parts = () =>
      win.performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((p) => p.startsWith('/dist/event-timeline-') && !p.includes('zoom-behavior'));
    expect(parts()).to.deep.equal(['/dist/event-timeline-formats.js']);
    el.setAttribute('selected', 'senate-office-meeting');
    await sleep(300);
    const text = el.shadowRoot!.querySelector('#detail .text')!;
    expect(text.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
      'The meeting lasts less than 30 minutes; <em>two</em> of his staff are present.',
    );
    // The event has an image: the media's template comes with its detail.
    expect(parts().sort()).to.deep.equal([
      '/dist/event-timeline-formats.js',
      '/dist/event-timeline-media.js',
      '/dist/event-timeline-sanitize.js',
    ]);
    expect(el.shadowRoot!.querySelector('#detail figure.media img')).to.not.equal(null);
    frame.remove();
  });

  it('loads its decoder for other charsets from beside itself for a windows-1252 sheet, and reads it', async () => {
    const frame = await openPage('/test/fixtures/bundle-charset.html');
    const el = widgetIn(frame)!;
    const names = frame.contentWindow!.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(names).to.include('/dist/event-timeline-decode-text.js');
    expect(marks(el).map(nameOf)).to.deep.equal(['September 8, 2016 Caf\u00e9 in M\u00fcnchen \u2013 5 \u20ac']);
    frame.remove();
  });

  it("gives up at the file's time limit, with the reason, when its decoder part never answers", async () => {
    const frame = await openPage('/test/fixtures/bundle-stalled-part.html');
    const el = widgetIn(frame)!;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('/test/faults/charset/windows-1252: no answer within 1.5 seconds');
    expect(el.shadowRoot!.querySelector('[data-event-id]')).to.equal(null);
    frame.remove();
  });

  it("loads no part for this format's own JSON without markup", async () => {
    const frame = await openPage('/test/fixtures/bundle.html');
    const names = frame.contentWindow!.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(names.filter((p) => p.startsWith('/dist/event-timeline-') && !p.includes('zoom-behavior'))).to.deep.equal(
      [],
    );
    frame.remove();
  });

  it('loads the zoom behaviour when a reader points at the chart, and zooms with it', async () => {
    const frame = await openPage('/test/fixtures/bundle.html');
    const win = frame.contentWindow!;
    const el = widgetIn(frame)!;
    el.dispatchEvent(new (win as unknown as typeof globalThis).PointerEvent('pointerover', { bubbles: true }));
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="+ Zoom in"]')!;
    zoomIn.click();
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    const names = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(names).to.include('/dist/event-timeline-zoom-behavior.js');
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="− Zoom out"]')!.disabled).to.equal(false);
    frame.remove();
  });
});

/** Px per day on the axis: twice as many after a zoom in. */
function pxPerDay(el: EventTimeline): number {
  const ticks = axisTicks(el);
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  return ((b.x - a.x) / (b.value - a.value)) * 86_400_000;
}

// The built zoom part glides by itself, without d3-transition (a stub in the build): what the
// tests of the source, which run the real d3-transition, cannot see.
describe("dist/event-timeline.min.js's zoom part", () => {
  it("glides to a new zoom, and a reader's wheel takes over from a glide", async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const frame = await openPage('/test/fixtures/bundle.html');
      const win = frame.contentWindow! as unknown as typeof globalThis;
      const el = widgetIn(frame)! as EventTimeline;
      const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="+ Zoom in"]')!;
      const whole = pxPerDay(el);
      zoomIn.click();
      await until(() => pxPerDay(el) >= whole * 1.01, 'the glide to start', { ms: 3000, every: 8 });
      expect(pxPerDay(el)).to.be.below(whole * 1.99);
      await sleep(400);
      expect(pxPerDay(el) / whole).to.be.closeTo(2, 0.01);

      // A second glide, toward 4x, caught halfway by a ctrl+wheel out (a pinch out): the wheel's view stays.
      zoomIn.click();
      await until(() => pxPerDay(el) >= whole * 2.1, 'the second glide to start', { ms: 3000, every: 8 });
      const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
      const box = chart.getBoundingClientRect();
      chart.dispatchEvent(
        new win.WheelEvent('wheel', {
          deltaY: 100,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
          clientX: box.x + box.width / 2,
          clientY: box.y + 20,
        }),
      );
      await sleep(400);
      expect(pxPerDay(el) / whole).to.be.closeTo(1, 0.01);
      frame.remove();
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  // The part's d3-selection keeps only what listeners need (listenersOnlySelection in the build):
  // a drag runs d3-zoom's and d3-drag's mouse paths, which the wheel and the buttons do not.
  it('pans with a drag of the mouse', async () => {
    const frame = await openPage('/test/fixtures/bundle.html');
    const win = frame.contentWindow!;
    const Mouse = (win as unknown as typeof globalThis).MouseEvent;
    const el = widgetIn(frame)! as EventTimeline;
    const whole = pxPerDay(el);
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="+ Zoom in"]')!;
    zoomIn.click();
    zoomIn.click();
    await until(() => Math.abs(pxPerDay(el) / whole - 4) < 0.01, 'a zoom to 4x', { ms: 3000 });
    const ticks = () => new Map(axisTicks(el).map((tick) => [tick.value, tick.x]));
    const before = ticks();
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const box = chart.getBoundingClientRect();
    const mouse = (type: string, x: number) =>
      chart.dispatchEvent(
        new Mouse(type, {
          view: win,
          bubbles: true,
          composed: true, // as the browser's own: out of the shadow root, up to the window d3 listens on
          cancelable: true,
          button: 0,
          clientX: x,
          clientY: box.y + 20,
        }),
      );
    mouse('mousedown', box.x + 400);
    for (let step = 1; step <= 10; step++) mouse('mousemove', box.x + 400 + step * 20);
    mouse('mouseup', box.x + 600);
    await el.updateComplete;
    const after = ticks();
    const shared = [...before.keys()].filter((value) => after.has(value));
    expect(shared.length).to.be.above(0);
    for (const value of shared) expect(after.get(value)! - before.get(value)!).to.be.closeTo(200, 1);
    expect(pxPerDay(el) / whole).to.be.closeTo(4, 0.01);
    frame.remove();
  });
});

describe('dist/event-timeline.js as a module in a plain page', () => {
  it('renders the story with no build step and no import map, its catalogue and parts loaded from beside it', async () => {
    const frame = await openPage('/test/fixtures/module.html');
    const win = frame.contentWindow!;
    const el = widgetIn(frame)!;
    const shown = marks(el);
    // What a reader hears, in the page's language: date in full words, then the title.
    expect(shown.map(nameOf)).to.include('8. September 2016 Sessions meets Kislyak in his Senate office');
    expect(shown).to.have.length(4); // the sheet's four events
    expect(el.shadowRoot!.querySelector('[aria-label="+ Vergrößern"]') !== null).to.equal(true);
    expect(win.getComputedStyle(shown[0]).position).to.equal('absolute');
    // Self-contained: one copy of Lit, nothing fetched from node_modules.
    expect((win as unknown as { litHtmlVersions: string[] }).litHtmlVersions).to.have.length(1);
    const fetched = () => win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(fetched().filter((p) => p.includes('node_modules'))).to.deep.equal([]);
    expect(fetched()).to.include.members(['/dist/event-timeline-formats.js', '/dist/locales/de.json']);
    el.setAttribute('selected', 'senate-office-meeting');
    await sleep(300);
    expect(el.shadowRoot!.querySelector('#detail .text em')?.textContent).to.equal('two');
    expect(fetched()).to.include('/dist/event-timeline-sanitize.js');
    frame.remove();
  });

  it('is defined once with the classic script on the same page, and exports its class', async () => {
    const frame = await openPage('/test/fixtures/module-and-classic.html');
    const win = frame.contentWindow as unknown as Window & {
      EventTimeline: { EventTimeline: unknown };
      moduleExport: unknown;
      litHtmlVersions: string[];
    };
    const el = widgetIn(frame)!;
    expect(el.shadowRoot!.querySelectorAll('[data-event-id]')).to.have.length(8);
    // The classic script ran first and defined the element; the module's copy found it defined.
    expect(win.customElements.get('event-timeline') === win.EventTimeline.EventTimeline).to.equal(true);
    expect(typeof win.moduleExport).to.equal('function');
    expect(win.moduleExport === win.EventTimeline.EventTimeline).to.equal(false);
    expect(win.litHtmlVersions).to.have.length(2);
    frame.remove();
  });
});
