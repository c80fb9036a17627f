// Links to an event (issue 18): anyone can send a reader any address, and pages carry <base href>.
// Whatever the hash, the widget becomes ready and selects only an event the file has; a selection
// changes only the hash of the document's own address, and nothing throws.
import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineFile } from '../../src/model/types.js';
import { cleanup, loadStory, marks, mount } from '../helpers/index.js';

const here = () => location.pathname + location.search;

function setHash(hash: string): void {
  history.replaceState(null, '', here() + hash);
}

/** Uncaught errors while `run` runs, as a page's error handler would see them. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const listen = (event: ErrorEvent) => {
    errors.push(String(event.error ?? event.message));
    event.preventDefault();
  };
  addEventListener('error', listen);
  try {
    await run();
  } finally {
    removeEventListener('error', listen);
  }
  return errors;
}

describe('deep links over any address', () => {
  let story: TimelineFile;
  const ids = new Set<string>();
  before(async () => {
    story = await loadStory();
    story.events.forEach((e) => ids.add(e.id));
  });
  afterEach(() => {
    cleanup();
    setHash('');
  });

  for (const [name, hash] of [
    ['a 20,000-character id', `#story=${'x'.repeat(20_000)}`],
    ['__proto__', '#story=__proto__'],
    ['constructor', '#story=constructor'],
    ['an empty id', '#story='],
    ['a lone surrogate escape', '#story=%ED%A0%80'],
    ['another timeline', '#other=flynn-resigns'],
  ]) {
    it(`selects nothing and becomes ready at ${name}`, async () => {
      setHash(hash);
      const { el, outcome } = await mount({ id: 'story', linkSelection: true, events: story });
      expect(outcome.type).to.equal('timeline-ready');
      expect(el.selected).to.equal(undefined);
    });
  }

  it('becomes ready at every hash, selecting only an event the file has (property)', async function () {
    this.timeout(60_000);
    const hashes = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `#${s}`),
      fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `#story=${s}`),
      fc.constantFrom(...ids).map((id) => `#story=${encodeURIComponent(id)}`),
      fc
        .array(fc.constantFrom('%', 'E0', 'A4', '%A', '=', '#', 'story', '%ED%A0%80', '__proto__'), { maxLength: 8 })
        .map((parts) => `#story=${parts.join('')}`),
    );
    await fc.assert(
      fc.asyncProperty(hashes, async (hash) => {
        setHash(hash);
        const written = location.hash;
        const { el, outcome } = await mount({ id: 'story', linkSelection: true, events: story });
        try {
          expect(outcome.type, hash).to.equal('timeline-ready');
          if (el.selected !== undefined) expect(ids.has(el.selected), el.selected).to.equal(true);
          // A link the page address names exactly is followed.
          const named = [...ids].find((id) => written === `#story=${encodeURIComponent(id)}`);
          expect(el.selected).to.equal(named);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('ignores a `selected` attribute that names no event', async () => {
    const { el } = await mount({ events: story });
    for (const value of ['no-such-event', '__proto__', '', 'x'.repeat(20_000)]) {
      el.setAttribute('selected', value);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="detail"]'), value.slice(0, 20)).to.equal(null);
    }
  });
});

describe('closing an event', () => {
  afterEach(() => {
    cleanup();
    setHash('');
  });

  it("takes out this timeline's link, and leaves any other hash", async () => {
    const { el } = await mount({ id: 'story', linkSelection: true, events: await loadStory() });
    marks(el)[1].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#story=senate-office-meeting');
    marks(el)[1].click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    marks(el)[1].click();
    await el.updateComplete;
    setHash('#comments'); // the reader follows an in-page link while the detail is open
    marks(el)[1].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#comments');
  });
});

describe('selecting an event whose id cannot be escaped', () => {
  afterEach(() => {
    cleanup();
    setHash('');
  });

  it('still fires timeline-select, and takes the last link out of the address', async () => {
    const lone = '\uD800lone';
    const events = {
      version: 1,
      events: [
        { id: lone, start: '2016-07', title: 'A lone surrogate in its id' },
        { id: 'b', start: '2016-09-08', title: 'An ordinary id' },
      ],
    } as TimelineFile;
    const { el } = await mount({ id: 'story', linkSelection: true, events });
    marks(el)[1].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#story=b');
    const errors = await uncaught(async () => {
      const picked = oneEvent(el, 'timeline-select');
      marks(el)[0].click();
      expect((await picked).detail.id).to.equal(lone);
    });
    expect(errors).to.deep.equal([]);
    // The address no longer names the event picked before: a shared link would open the wrong one.
    expect(location.hash).to.equal('');
  });
});

describe('a page with <base href>', () => {
  let base: HTMLBaseElement;
  afterEach(() => {
    cleanup();
    base?.remove();
    setHash('');
  });

  for (const href of ['/x/sub/', 'https://example.org/elsewhere/']) {
    it(`writes the link into the document's own address under <base href="${href}">`, async () => {
      const before = here();
      const events = await loadStory();
      base = Object.assign(document.createElement('base'), { href });
      document.head.prepend(base);
      const { el } = await mount({ id: 'story', linkSelection: true, events });
      const errors = await uncaught(async () => {
        marks(el)[1].click();
        await el.updateComplete;
        expect(here()).to.equal(before);
        expect(location.hash).to.equal('#story=senate-office-meeting');
        marks(el)[1].click(); // closes it
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(here()).to.equal(before);
      expect(location.hash).to.equal('');
    });
  }
});
