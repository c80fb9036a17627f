import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import {
  axisTicks,
  cleanup,
  loadStory,
  markX,
  marks,
  mount,
  nameOf,
  overlap,
  plain,
  resize,
  sleep,
  STORY_URL,
} from '../helpers/index.js';

/** The x of each labelled axis tick, by its label. */
function ticks(el: EventTimeline): Map<string, number> {
  return new Map(axisTicks(el).map((tick) => [tick.text, tick.x]));
}

function svgMark(el: EventTimeline, id: string): SVGGraphicsElement {
  return el.shadowRoot!.querySelector<SVGGraphicsElement>(`[data-mark="${id}"]`)!;
}

const REQUIRED = [
  'heritage-foundation-encounter',
  'senate-office-meeting',
  'confirmation-hearing',
  'flynn-resigns',
  'washington-post-report',
];

describe('<event-timeline> with the story', () => {
  afterEach(cleanup);

  it('shows a loading state, never an empty box, while the file arrives', async () => {
    const el = document.createElement('event-timeline');
    el.src = STORY_URL;
    document.body.append(el);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(plain(status?.textContent)).to.equal('Loading timeline…');
    await oneEvent(el, 'timeline-ready');
    expect(el.shadowRoot!.querySelector('.status') === null, 'the loading message is gone').to.equal(true);
  });

  it('renders each event once, as one focusable mark named by its full date and title', async () => {
    const { el, outcome } = await mount({ src: STORY_URL, width: 1280 });
    expect(outcome.type).to.equal('timeline-ready');
    expect(outcome.detail).to.deep.equal({ count: 8, warnings: [] });
    const ids = marks(el).map((m) => m.dataset.eventId);
    for (const id of REQUIRED)
      expect(
        ids.filter((x) => x === id),
        id,
      ).to.have.length(1);
    expect(ids).to.have.length(8);
    // One tab stop for the whole timeline (roving tabindex): the first event.
    expect(marks(el).map((m) => m.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1, -1]);
    expect(nameOf(marks(el)[0])).to.equal('July 2016 Sessions talks with Kislyak after a Heritage Foundation event');
    expect(nameOf(marks(el)[1])).to.equal('September 8, 2016 Sessions meets Kislyak in his Senate office');
    expect(nameOf(marks(el)[5])).to.equal('February 13, 2017 Michael Flynn resigns as National Security Adviser');
  });

  it('places events in time order, left to right, at the x of their date on the axis', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const story = await loadStory();
    // ISO strings sort as their dates do; a month ("2017-01") before the days in it.
    const byDate = [...story.events].sort((a, b) => String(a.start).localeCompare(String(b.start))).map((e) => e.id);
    expect(marks(el).map((m) => m.dataset.eventId)).to.deep.equal(byDate);
    const xs = marks(el).map((m) => markX(el, m.dataset.eventId!));
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    // September 8 is 7 days into September's 30: the mark sits 7/30 of the way from the Sep tick to the Oct tick.
    const t = ticks(el);
    const sep = t.get('Sep')!;
    const oct = t.get('Oct')!;
    expect(markX(el, 'senate-office-meeting')).to.be.closeTo(sep + ((oct - sep) * 7) / 30, 0.5);
    // The label's leader meets the axis at the same x.
    const label = marks(el)[1].getBoundingClientRect();
    expect(label.left - el.getBoundingClientRect().left).to.be.closeTo(sep + ((oct - sep) * 7) / 30, 1.5);
  });

  it('draws and labels the July event as the month of July 2016, not as a day', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const t = ticks(el);
    const band = svgMark(el, 'heritage-foundation-encounter');
    expect(band.tagName).to.equal('rect');
    expect(Number(band.getAttribute('x'))).to.be.closeTo(t.get('Jul 2016')!, 0.5);
    expect(Number(band.getAttribute('width'))).to.be.closeTo(t.get('Aug')! - t.get('Jul 2016')!, 0.5);
    const time = marks(el)[0].querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2016-07');
    expect(plain(time.textContent)).to.equal('July 2016');
    expect(svgMark(el, 'senate-office-meeting').tagName).to.equal('circle');
  });

  const sizes: Array<[number, 'horizontal' | 'vertical' | undefined]> = [
    [320, undefined],
    [360, undefined],
    [360, 'horizontal'],
    [768, undefined],
    [1280, undefined],
  ];
  for (const [width, orientation] of sizes) {
    it(`keeps every label clear of the others and inside the widget at ${width} px (${orientation ?? 'automatic'})`, async () => {
      const { el } = await mount({ src: STORY_URL, width: 1000, orientation });
      await resize(el, width);
      const host = el.getBoundingClientRect();
      expect(host.width).to.equal(width);
      const rects = marks(el).map((m) => m.getBoundingClientRect());
      rects.forEach((a, i) => {
        expect(a.left, `label ${i}`).to.be.at.least(host.left);
        expect(a.right, `label ${i}`).to.be.at.most(host.right);
        rects
          .slice(i + 1)
          .forEach((b, j) => expect(overlap(a, b), `labels ${i} and ${i + 1 + j} overlap`).to.equal(false));
      });
      // The text fits the box it was measured for: no line wraps or spills, and nothing scrolls sideways.
      for (const m of marks(el)) expect(m.scrollWidth, m.dataset.eventId).to.be.at.most(m.clientWidth + 1);
      expect(el.shadowRoot!.querySelector('figure')!.scrollWidth).to.be.at.most(width);
    });
  }

  it('fires timeline-ready once per data set, not again on resize or selection', async () => {
    const { el } = await mount({ src: STORY_URL, width: 800 });
    let count = 0;
    el.addEventListener('timeline-ready', () => count++);
    await resize(el, 500);
    marks(el)[2].click();
    await el.updateComplete;
    expect(count).to.equal(0);
    el.events = await loadStory();
    await oneEvent(el, 'timeline-ready');
  });
});

describe('<event-timeline> detail', () => {
  afterEach(cleanup);

  it('opens on click with the date, place, description and sources as links', async () => {
    const { el } = await mount({ src: STORY_URL });
    const selection = oneEvent(el, 'timeline-select');
    marks(el)[1].click();
    expect((await selection).detail).to.deep.equal({ id: 'senate-office-meeting' });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('senate-office-meeting');
    const detail = el.shadowRoot!.querySelector('#detail')!;
    expect(plain(detail.querySelector('h3')!.textContent)).to.equal('Sessions meets Kislyak in his Senate office');
    expect(plain(detail.querySelector('.meta')!.textContent)).to.equal(
      "September 8, 2016 · Sessions' Senate office, Washington",
    );
    const links = [...detail.querySelectorAll('a')];
    expect(links.map((a) => plain(a.textContent))).to.deep.equal(['The Washington Post', 'Mueller report']);
    expect(links[0].href).to.match(/^https:\/\/www\.washingtonpost\.com\//);
    expect(links[0].rel).to.equal('noopener noreferrer');
    expect(marks(el)[1].getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens with Enter from the keyboard, and Escape closes it and keeps focus on the event', async () => {
    const { el } = await mount({ src: STORY_URL });
    marks(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('heritage-foundation-encounter');
    const detail = el.shadowRoot!.querySelector('#detail')!;
    expect(plain(detail.querySelector('.meta')!.textContent)).to.equal('July 2016 · Cleveland, Ohio');
    expect(plain(detail.querySelector('.note')!.textContent)).to.match(/^The March 2017 reports gave only the month/);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('#detail') === null, '#detail').to.equal(true);
    expect(el.shadowRoot!.activeElement === marks(el)[0], 'focus on the first event').to.equal(true);
  });

  it('closes with its close button and returns focus to the event', async () => {
    const { el } = await mount({ src: STORY_URL });
    marks(el)[3].click();
    await el.updateComplete;
    const close = el.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
    expect(close.getAttribute('aria-label')).to.equal('Close details');
    const selection = oneEvent(el, 'timeline-select');
    close.focus(); // as a real click on a button does; focus is moved only while the reader is in the widget
    close.click();
    expect((await selection).detail).to.deep.equal({ id: null });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === marks(el)[3], 'focus on the fourth event').to.equal(true);
  });

  it('opens the event the page selects, without firing timeline-select', async () => {
    const { el } = await mount({ src: STORY_URL });
    let fired = false;
    el.addEventListener('timeline-select', () => (fired = true));
    el.setAttribute('selected', 'flynn-resigns');
    await el.updateComplete;
    expect(plain(el.shadowRoot!.querySelector('#detail h3')!.textContent)).to.equal(
      'Michael Flynn resigns as National Security Adviser',
    );
    expect(fired).to.equal(false);
  });
});

describe('<event-timeline> failures', () => {
  afterEach(cleanup);

  const cases: Array<[string, string, RegExp, string]> = [
    ['a missing file', '/test/fixtures/missing.json', /^could not load \/test\/fixtures\/missing\.json: HTTP 404/, ''],
    ['a JSON syntax error', '/test/fixtures/syntax-error.json', /is not valid JSON at line 5, column 3/, ''],
    [
      'an invalid date',
      '/test/fixtures/invalid-date.json',
      /^'2016-02-30' is not a date in the calendar/,
      'events[2].start',
    ],
  ];
  for (const [what, src, message, path] of cases) {
    it(`reports ${what} with timeline-error and a visible alert`, async () => {
      const { el, outcome } = await mount({ src });
      expect(outcome.type).to.equal('timeline-error');
      const [error] = outcome.detail.errors;
      expect(error.path).to.equal(path);
      expect(error.message).to.match(message);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(plain(alert.textContent)).to.contain('This timeline could not be shown.');
      expect(plain(alert.textContent)).to.contain(path ? `${path}: ${error.message}` : error.message);
      expect(marks(el)).to.have.length(0);
    });
  }

  it('lets the last source set win when responses arrive out of order', async () => {
    const el = document.createElement('event-timeline');
    el.src = '/test/fixtures/invalid-date.json';
    document.body.append(el);
    await el.updateComplete;
    el.src = STORY_URL;
    const ready = await oneEvent(el, 'timeline-ready');
    expect(ready.detail.count).to.equal(8);
    await sleep(200);
    expect(el.shadowRoot!.querySelector('[role="alert"]') === null, '[role="alert"]').to.equal(true);
  });
});

describe('<event-timeline> events property', () => {
  afterEach(cleanup);

  it('renders data the page already has, without a request', async () => {
    const { el, outcome } = await mount({ events: await loadStory() });
    expect(outcome.detail.count).to.equal(8);
    expect(marks(el)).to.have.length(8);
  });

  it('uses the nearest lang of the page for dates', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'de';
    document.body.append(wrapper);
    const { el } = await mount({ events: await loadStory(), parent: wrapper });
    expect(nameOf(marks(el)[1])).to.equal('8. September 2016 Sessions meets Kislyak in his Senate office');
    wrapper.remove();
  });
});
