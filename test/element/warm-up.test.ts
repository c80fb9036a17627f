// The idle-time warm-up while the first events file is on its way (src/interaction/prepare-controller.ts). It
// must change nothing a reader or the page can see: its own file is never shown, announced or
// kept, and it asks the network for nothing. Its own test file, so that it is the page's first load.
import { expect, oneEvent } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { runWhenIdle } from '../../src/interaction/idle.js';
import { WARM_UP_FILE } from '../../src/interaction/prepare-controller.js';
import { cleanup, idle, marks, plain, sleep } from '../helpers/index.js';

describe('the warm-up while the first file is on its way', () => {
  afterEach(cleanup);

  it('is unseen: the reader sees the loading message, then the story, and only the story is announced', async () => {
    // Date formatters made while the file is on its way are the warm-up's doing (the widget's own
    // first update, which sets up ICU, is over by then): they show that it ran.
    const made: unknown[] = [];
    const original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(original, {
      construct: (target, args) => (made.push(args[1]), Reflect.construct(target, args)),
    });
    try {
      // A first element leaves the page before its file came (a framework's remount): the warm-up
      // is left to the next.
      const gone = document.createElement('event-timeline');
      gone.src = '/test/faults/slow?ms=3000';
      document.body.append(gone);
      await gone.updateComplete;
      gone.remove();
      await idle();
      const el = document.createElement('event-timeline');
      el.style.width = '1000px';
      el.src = '/test/faults/slow?ms=3000';
      const fired: string[] = [];
      for (const type of ['timeline-ready', 'timeline-error', 'timeline-select'])
        el.addEventListener(type, () => fired.push(type));
      const changes: string[] = [];
      const requested = () =>
        performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname + new URL(r.name).search);
      const before = requested().length;
      const ready = oneEvent(el, 'timeline-ready');
      document.body.append(el);
      await el.updateComplete;
      made.length = 0;
      new MutationObserver((records) => changes.push(...records.map((r) => r.type))).observe(el.shadowRoot!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      // The warm-up's three steps take a few idle periods (at most 50 ms each); the file comes after 3 s.
      const waitUntil = performance.now() + 1500;
      while (made.length === 0 && performance.now() < waitUntil) await idle();
      for (let i = 0; i < 6; i++) await idle();
      expect(made.length, 'date formatters made during the wait').to.be.above(0);
      expect(plain(el.shadowRoot!.querySelector('[role="status"]')?.textContent)).to.equal('Loading timeline…');
      expect(changes, 'the shadow tree did not change while loading').to.deep.equal([]);
      expect(fired).to.deep.equal([]);
      const { detail } = await ready;
      expect(detail.count).to.equal(8);
      expect(marks(el)).to.have.length(8);
      expect(plain(el.shadowRoot!.textContent)).not.to.contain('A a');
      expect(fired).to.deep.equal(['timeline-ready']);
      // Nothing fetched for it (no part, no catalogue): the file is the only request.
      expect(
        requested()
          .slice(before)
          .filter((p) => p !== '/test/faults/slow?ms=3000'),
      ).to.deep.equal([]);
    } finally {
      Intl.DateTimeFormat = original;
    }
  });

  it('reads its file without a problem, so every step has something to do', () => {
    const { timeline, errors, warnings } = parseTimeline(WARM_UP_FILE);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(timeline!.events.map((e) => e.start.precision)).to.deep.equal(['month', 'day', 'time']);
    expect(timeline!.events[1].end).to.not.equal(undefined);
  });
});

describe('runWhenIdle', () => {
  it('runs the steps in order, in idle callbacks, not at once', async () => {
    const ran: number[] = [];
    runWhenIdle(
      [0, 1, 2].map((i) => () => void ran.push(i)),
      () => true,
    );
    expect(ran).to.deep.equal([]);
    for (let i = 0; i < 5 && ran.length < 3; i++) await idle();
    expect(ran).to.deep.equal([0, 1, 2]);
  });

  it('stops for good as soon as it is no longer wanted', async () => {
    const ran: number[] = [];
    let wanted = true;
    runWhenIdle(
      [0, 1, 2, 3].map((i) => () => {
        ran.push(i);
        if (i === 1) wanted = false;
      }),
      () => wanted,
    );
    for (let i = 0; i < 6; i++) await idle();
    expect(ran).to.deep.equal([0, 1]);
  });

  it('fills an idle period with steps, or takes one per idle callback when asked to', async () => {
    // Idle callbacks run in the order they were asked for: after each of the steps' callbacks, one
    // of ours records how many steps have run.
    const progress = async (options?: { onePerIdle: boolean }) => {
      const ran: number[] = [];
      runWhenIdle(
        [0, 1, 2].map((i) => () => void ran.push(i)),
        () => true,
        options,
      );
      const seen: number[] = [];
      for (let i = 0; i < 4; i++) seen.push(await idle().then(() => ran.length));
      return seen;
    };
    expect(await progress()).to.deep.equal([3, 3, 3, 3]);
    expect(await progress({ onePerIdle: true })).to.deep.equal([1, 2, 3, 3]);
  });

  it('leaves the rest of its steps for a later idle period when one runs out', async () => {
    const ran: number[] = [];
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    // Each step outlasts any idle period (at most 50 ms): one step per idle callback.
    runWhenIdle(
      [0, 1, 2].map((i) => () => (busy(60), void ran.push(i))),
      () => true,
    );
    await idle();
    await sleep();
    expect(ran.length).to.be.below(3);
    for (let i = 0; i < 6 && ran.length < 3; i++) await idle();
    expect(ran).to.deep.equal([0, 1, 2]);
  });
});
