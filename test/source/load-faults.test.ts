// Fetch faults, answered by the test server's faults middleware (web-test-runner.config.mjs).
import { expect, oneEvent } from '@open-wc/testing';
import { fetchText } from '../../src/source/fetch-text.js';
import { cleanup, fetchBody, marks, mount, plain, sleep, STORY_URL } from '../helpers/index.js';

describe('loading faults, as the producer reads them', () => {
  afterEach(cleanup);

  const cases: Array<[string, string, string | RegExp]> = [
    ['a missing file', '/test/faults/status/404', 'could not load /test/faults/status/404: HTTP 404 Not Found'],
    [
      'a server error',
      '/test/faults/status/500',
      'could not load /test/faults/status/500: HTTP 500 Internal Server Error',
    ],
    [
      'a file over the size cap',
      '/test/faults/huge',
      'could not load /test/faults/huge: the file is 6 MB, more than the limit of 5 MB',
    ],
    [
      'a file over the size cap, sent without its length',
      '/test/faults/huge?chunked',
      'could not load /test/faults/huge?chunked: the file is larger than the limit of 5 MB',
    ],
    [
      'a web page instead of the file',
      '/test/faults/html',
      'could not load /test/faults/html: expected a JSON or CSV file, but the server sent text/html (a web page: is the address right?)',
    ],
    ['an empty body', '/test/faults/empty', '/test/faults/empty is empty'],
    [
      'a connection that breaks off',
      '/test/faults/truncated',
      /^could not load \/test\/faults\/truncated: the download broke off before the end of the file/,
    ],
    [
      'a file cut in half',
      '/test/faults/cut',
      /^\/test\/faults\/cut is not valid JSON at line \d+, column \d+: .*, found the end of the file \(the file stops before its end: was it cut off\?\)$/,
    ],
  ];
  for (const [what, src, message] of cases) {
    it(`reports ${what} in the alert and in timeline-error`, async () => {
      const { el, outcome } = await mount({ src });
      expect(outcome.type).to.equal('timeline-error');
      const [problem] = outcome.detail.errors;
      if (typeof message === 'string') expect(problem.message).to.equal(message);
      else expect(problem.message).to.match(message);
      expect(plain(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.contain(problem.message);
      expect(marks(el)).to.have.length(0);
    });
  }

  it('gives up after the timeout attribute, with a message', async () => {
    const el = document.createElement('event-timeline');
    el.setAttribute('timeout', '300');
    el.src = '/test/faults/slow?ms=3000';
    const started = performance.now();
    const outcome = oneEvent(el, 'timeline-error');
    document.body.append(el);
    const { detail } = await outcome;
    expect(el.timeout).to.equal(300);
    expect(performance.now() - started).to.be.below(2500);
    expect(detail.errors).to.deep.equal([
      { path: '', message: 'could not load /test/faults/slow?ms=3000: no answer within 0.3 seconds' },
    ]);
  });

  it('waits 10 seconds by default', () => {
    expect(document.createElement('event-timeline').timeout).to.equal(10_000);
  });

  it('lets the last src win when the older response arrives later, and cancels the older request', async () => {
    const el = document.createElement('event-timeline');
    el.src = '/test/faults/slow?ms=600';
    document.body.append(el);
    await el.updateComplete;
    el.src = '/test/faults/csv';
    let errors = 0;
    el.addEventListener('timeline-error', () => errors++);
    const ready = await oneEvent(el, 'timeline-ready');
    expect(ready.detail.count).to.equal(4); // the sheet, not the story's 8 events
    await sleep(900);
    expect(marks(el)).to.have.length(4);
    expect(errors).to.equal(0);
  });

  it('reads CSV by its content type, even without .csv in the address', async () => {
    const { outcome } = await mount({ src: '/test/faults/csv' });
    expect(outcome.type).to.equal('timeline-ready');
  });

  it('cancels a request when the caller aborts it', async () => {
    const controller = new AbortController();
    const pending = fetchText('/test/faults/slow?ms=2000', { signal: controller.signal });
    controller.abort();
    expect((await pending).problem!.message).to.equal(
      'could not load /test/faults/slow?ms=2000: the request was cancelled',
    );
  });

  it('loads the story within the limits', async () => {
    const result = await fetchText(STORY_URL);
    expect(result.contentType).to.equal('application/json');
    expect(result.text).to.contain('"version": 1');
  });
});

describe('inline data', () => {
  afterEach(cleanup);

  it('reads a <script type="application/json"> child when there is no src', async () => {
    const story = await fetchBody(STORY_URL);
    const { el, outcome } = await mount({ html: `<script type="application/json">${story}</script>` });
    expect(outcome.detail.count).to.equal(8);
    expect(marks(el)).to.have.length(8);
  });

  it('reads the script when a CMS adds it after the element', async () => {
    const el = document.createElement('event-timeline');
    document.body.append(el);
    await el.updateComplete;
    expect(plain(el.shadowRoot!.textContent)).to.equal('No timeline data.');
    const ready = oneEvent(el, 'timeline-ready');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      version: 1,
      events: [{ id: 'a', start: '2016', title: 'A', sources: [{ name: 'W' }] }],
    });
    el.append(script);
    expect((await ready).detail.count).to.equal(1);
  });

  it('reports broken inline JSON with its position, naming the script', async () => {
    const { outcome } = await mount({ html: '<script type="application/json">{"version": 1,, }</script>' });
    expect(outcome.detail.errors[0].message).to.match(
      /^the inline <script type="application\/json"> is not valid JSON at line 1, column 15/,
    );
  });

  it('prefers src to the inline script', async () => {
    const { outcome } = await mount({ html: '<script type="application/json">{}</script>', src: '/test/faults/csv' });
    expect(outcome.detail.count).to.equal(4);
  });
});

describe('the error list', () => {
  afterEach(cleanup);

  it('shows the first 10 problems and how many more, and fires timeline-error with all of them', async () => {
    const events = Array.from({ length: 14 }, (_, i) => ({
      id: `e${i}`,
      start: `2016-02-3${i % 2}`,
      title: 'T',
      sources: [{ name: 'W' }],
    }));
    const { el, outcome } = await mount({ events: { version: 1, events } as never });
    expect(outcome.detail.errors).to.have.length(7 + 7);
    const items = [...el.shadowRoot!.querySelectorAll('[role="alert"] li')].map((li) => plain(li.textContent));
    expect(items).to.have.length(11);
    expect(items[0]).to.equal("events[0].start: '2016-02-30' is not a date in the calendar: February 2016 has 29 days");
    expect(items[10]).to.equal('and 4 more problems');
  });
});
