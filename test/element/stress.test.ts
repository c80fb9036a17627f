// The attack review's stress files (issue 18, test/fixtures/stress.mjs), each served as a server
// would: every one ends in timeline-ready or timeline-error within 10 s, with the outcome a producer
// should see. The CLI reads the same files in test/node/stress.test.mjs.
import { expect } from '@open-wc/testing';
import { cleanup, marks, mount, plain } from '../helpers/index.js';
import { stressFiles } from '../fixtures/stress.mjs';

/** What each file must end in, and what else the reader must see. */
const EXPECTED: Record<string, { outcome: 'ready' | 'error'; message?: RegExp }> = {
  'same-day 5,000': { outcome: 'ready' },
  '125,000 events': { outcome: 'error', message: /125,000 events.*100,000/ },
  '140,000 CSV rows': { outcome: 'error', message: /140,000 events.*100,000/ },
  // Groups the file does not declare: the events shown without a group, with a warning each, found at once.
  'long unknown ids': { outcome: 'ready' },
  '1 MB unknown field name': { outcome: 'ready' },
  '360 KB description': { outcome: 'ready' },
  '2 MB title': { outcome: 'ready' },
  '100,000 warnings': { outcome: 'ready' },
  '200,000 unknown columns': { outcome: 'ready' },
  '100,000 unclosed [': { outcome: 'error', message: /line 1, column/ },
  'extreme years': { outcome: 'ready' },
};

describe('stress files from the attack review', () => {
  afterEach(cleanup);
  let warn: typeof console.warn;
  let group: typeof console.groupCollapsed;
  before(() => {
    [warn, group] = [console.warn, console.groupCollapsed];
    // The files' warnings are expected: one collapsed group each, kept out of the test log.
    console.warn = console.groupCollapsed = () => undefined;
  });
  after(() => Object.assign(console, { warn, groupCollapsed: group }));

  it('has an expectation for every stress file', () => {
    expect(Object.keys(stressFiles).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [name, make] of Object.entries(stressFiles)) {
    it(`ends in timeline-${EXPECTED[name].outcome} within 10 s: ${name}`, async function () {
      this.timeout(20_000);
      const { text, type } = make();
      const url = URL.createObjectURL(new Blob([text], { type }));
      try {
        const started = performance.now();
        const { el, outcome } = await mount({ src: url, width: 1000 });
        const elapsed = performance.now() - started;
        expect(outcome.type).to.equal(`timeline-${EXPECTED[name].outcome}`);
        expect(elapsed, `ms to ${outcome.type}`).to.be.below(10_000);
        const { message } = EXPECTED[name];
        if (message) expect(plain(el.shadowRoot!.querySelector('[role="alert"]')?.textContent)).to.match(message);
        if (outcome.type === 'timeline-ready')
          expect(marks(el).length + el.shadowRoot!.querySelectorAll('[data-cluster]').length).to.be.above(0);
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  }

  it('shows both ends of the browser date range on one axis', async () => {
    const url = URL.createObjectURL(new Blob([stressFiles['extreme years']().text], { type: 'application/json' }));
    const { el } = await mount({ src: url, width: 1000 });
    URL.revokeObjectURL(url);
    expect(marks(el).map((m) => m.dataset.eventId)).to.deep.equal(['first', 'last']);
  });
});
