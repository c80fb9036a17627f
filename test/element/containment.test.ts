// What a page can do around the widget (issue 18): make a drawing step throw, make the host inline,
// move the element while its file loads, and hand it a file with 100,000 warnings. The widget always
// ends in its timeline or its error panel, never a blank box, an endless "Loading…" or an uncaught error.
import { expect, oneEvent } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';
import { cleanup, loadStory, marks, mount, outcomeOf, plain, sleep, STORY_URL, until } from '../helpers/index.js';
import { manyWarnings } from '../fixtures/stress.mjs';

/** Uncaught errors and rejections while `run` runs, as a page's handlers would see them. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => (errors.push(String(event.error ?? event.message)), event.preventDefault());
  const onRejection = (event: PromiseRejectionEvent) => (errors.push(String(event.reason)), event.preventDefault());
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Silences console.error while `run` runs (the widget logs what it contained, with its stack). */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => undefined;
  try {
    return await run();
  } finally {
    console.error = original;
  }
}

describe('a drawing step that throws', () => {
  afterEach(cleanup);

  it('ends in the error panel and timeline-error, and the other widget on the page goes on', async () => {
    const story = await loadStory();
    const { el: broken } = await mount({ events: story });
    const { el: other } = await mount({ events: story });
    const errors = await uncaught(() =>
      quietly(async () => {
        // A text measure that throws, as a hostile page's canvas patch could make it.
        (broken as unknown as { textMeasure: { measure: () => number } }).textMeasure.measure = () => {
          throw new Error('measuring failed');
        };
        const failed = oneEvent(broken, 'timeline-error');
        broken.style.width = '900px';
        const { detail } = await failed;
        expect(detail.errors[0].message).to.match(/could not be drawn: Error: measuring failed/);
      }),
    );
    expect(errors).to.deep.equal([]);
    // Every later update throws at the same step: the panel stays, and the event is not fired again.
    let more = 0;
    broken.addEventListener('timeline-error', () => more++);
    await quietly(async () => {
      broken.style.width = '800px';
      await sleep(100);
      broken.requestUpdate();
      await sleep(50);
    });
    expect(more).to.equal(0);
    const alert = broken.shadowRoot!.querySelector('[role="alert"]');
    expect(plain(alert?.textContent)).to.match(/measuring failed/);
    // The other widget still shows and answers.
    expect(marks(other)).to.have.length(8);
    marks(other)[1].click();
    await other.updateComplete;
    expect(other.selected).to.equal('senate-office-meeting');
  });

  it('draws new data afresh after a failure', async () => {
    const story = await loadStory();
    const { el } = await mount({ events: story });
    const original = (el as unknown as { renderPicture: (...args: unknown[]) => unknown }).renderPicture;
    await quietly(async () => {
      const failed = oneEvent(el, 'timeline-error');
      // A template step that throws once.
      let thrown = false;
      (el as unknown as { renderPicture: (...args: unknown[]) => unknown }).renderPicture = function (
        this: EventTimeline,
        ...args: unknown[]
      ) {
        if (!thrown) {
          thrown = true;
          throw new TypeError('a template failed');
        }
        return original.apply(this, args);
      };
      el.requestUpdate();
      await failed;
    });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    const ready = oneEvent(el, 'timeline-ready');
    el.events = { ...story, events: story.events.slice(0, 3) } as TimelineFile;
    expect((await ready).detail.count).to.equal(3);
    expect(marks(el)).to.have.length(3);
  });
});

describe('page CSS that makes the host inline', () => {
  afterEach(cleanup);

  /** The story in a timeline placed under the page's `rule`, in a 1000 px column. */
  async function underPageCss(rule: string): Promise<{ el: EventTimeline; outcome: Event }> {
    const style = Object.assign(document.createElement('style'), { textContent: rule });
    document.head.append(style);
    const column = Object.assign(document.createElement('div'), { className: 'column' });
    column.style.width = '1000px';
    document.body.append(column);
    const el = document.createElement('event-timeline');
    el.events = await loadStory();
    const outcome = outcomeOf(el);
    column.append(el);
    try {
      return { el, outcome: await Promise.race([outcome, sleep(3000).then(() => new Event('nothing'))]) };
    } finally {
      style.remove();
    }
  }

  for (const rule of [
    'event-timeline { display: inline }',
    'event-timeline { display: contents }',
    '.column, .column * { all: unset }',
  ]) {
    it(`still gets its width under \`${rule}\``, async () => {
      const { el, outcome } = await underPageCss(rule);
      expect(outcome.type).to.equal('timeline-ready');
      expect(marks(el)).to.have.length(8);
      el.parentElement!.remove();
    });
  }
});

describe('moving the element while its file loads', () => {
  afterEach(cleanup);

  /** A timeline whose file is still on its way (300 ms), taken off the page. */
  async function removedWhileLoading(): Promise<EventTimeline> {
    const el = document.createElement('event-timeline');
    el.src = '/test/faults/slow?ms=300';
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    return el;
  }

  it('loads the file all the same when removed and appended again', async () => {
    const el = await removedWhileLoading();
    const outcome = outcomeOf(el);
    document.body.append(el);
    expect((await outcome).type).to.equal('timeline-ready');
    expect(marks(el)).to.have.length(8);
  });

  it('loads the file when moved to another parent', async () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const el = document.createElement('event-timeline');
    el.src = STORY_URL;
    first.append(el);
    await el.updateComplete; // the request is out
    const ready = oneEvent(el, 'timeline-ready');
    second.append(el); // in one step, as a framework's keyed list reorders
    await ready;
    expect(marks(el)).to.have.length(8);
    first.remove();
    second.remove();
  });

  it('loads the new source, not the old one, when `src` changes while it is away', async () => {
    const el = await removedWhileLoading();
    el.events = { version: 1, events: [{ id: 'new', start: '2020-01-01', title: 'The new source' }] } as TimelineFile;
    await el.updateComplete;
    document.body.append(el);
    await sleep(600); // past the old source's answer
    expect(el.timeline?.events.map((e) => e.id)).to.deep.equal(['new']);
    expect(marks(el).map((m) => m.dataset.eventId)).to.deep.equal(['new']);
  });

  it('does not read inline data again when moved, unless it changed', async () => {
    const story = await loadStory();
    const el = document.createElement('event-timeline');
    el.innerHTML = `<script type="application/json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script>`;
    document.body.append(el);
    await oneEvent(el, 'timeline-ready');
    let readies = 0;
    el.addEventListener('timeline-ready', () => readies++);
    for (let i = 0; i < 3; i++) {
      const parent = document.createElement('div');
      document.body.append(parent);
      parent.append(el);
      await sleep(50);
    }
    expect(readies).to.equal(0);
    el.parentElement!.remove();
  });

  it('reads inline data edited after a move', async () => {
    const story = await loadStory();
    const el = document.createElement('event-timeline');
    el.innerHTML = `<script type="application/json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script>`;
    document.body.append(el);
    await oneEvent(el, 'timeline-ready');
    const parent = document.createElement('div');
    document.body.append(parent);
    parent.append(el);
    el.querySelector('script')!.textContent = JSON.stringify({ ...story, events: story.events.slice(0, 2) });
    await until(() => marks(el).length === 2, 'the edited data');
    parent.remove();
  });
});

describe('a file with 100,000 warnings', () => {
  afterEach(cleanup);

  it('is ready, and logs one console group with a count', async function () {
    this.timeout(20_000);
    const url = URL.createObjectURL(new Blob([manyWarnings()], { type: 'text/csv' }));
    const calls: string[] = [];
    const saved = { warn: console.warn, group: console.groupCollapsed, end: console.groupEnd };
    console.warn = () => calls.push('warn');
    console.groupCollapsed = (label: string) => calls.push(`group ${label}`);
    console.groupEnd = () => calls.push('end');
    try {
      const { outcome } = await mount({ src: url });
      expect(outcome.type).to.equal('timeline-ready');
    } finally {
      Object.assign(console, { warn: saved.warn, groupCollapsed: saved.group, groupEnd: saved.end });
      URL.revokeObjectURL(url);
    }
    expect(calls.length).to.be.at.most(15);
    expect(calls[0]).to.match(/^group <event-timeline> [\d,]+ warnings$/);
    expect(calls[calls.length - 1]).to.equal('end');
  });
});
