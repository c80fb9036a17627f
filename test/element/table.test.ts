// The table view (issue 15): the events as a data table beside the list view, sortable by date with
// the years as row headers, a page of rows at a time, and the screen-reader route through a long
// story. Its template loads only when a reader first turns it on.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import {
  button,
  cleanup,
  generateTimeline,
  mount,
  nameOf,
  plain,
  roleOf,
  STORY_URL,
  until,
  violations,
} from '../helpers/index.js';

const root = (el: EventTimeline) => el.shadowRoot!;
const table = (el: EventTimeline) => root(el).querySelector('table');
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => plain(n.textContent));
const dates = (el: EventTimeline) => texts(root(el).querySelectorAll('tbody th[scope="row"]'));
const years = (el: EventTimeline) => texts(root(el).querySelectorAll('tbody th[scope="rowgroup"]'));
const rows = (el: EventTimeline) =>
  [...root(el).querySelectorAll('tbody tr')].filter(
    (r) => r.querySelector('td, [scope="row"]') && !r.classList.contains('detail-row'),
  );
const titleButton = (el: EventTimeline, title: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('td button')].find((b) => plain(b.textContent) === title)!;
const moreButtons = (el: EventTimeline) => texts(root(el).querySelectorAll('button.show-more'));
const focused = (el: EventTimeline) => root(el).activeElement as HTMLElement | null;
const live = (el: EventTimeline) => plain(root(el).querySelector('[aria-live="polite"]')!.textContent);

async function openTable(el: EventTimeline, name = 'Table view'): Promise<HTMLTableElement> {
  button(el, name).click();
  const shown = await until(() => table(el), 'the table');
  await el.updateComplete;
  return shown;
}

describe('the table view', () => {
  afterEach(cleanup);

  // First in this file: once loaded, the template stays in the page's module map.
  it('loads its template only when the reader first turns it on', async () => {
    const requested = () =>
      performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((path) => /\/src\/render\/table\.(js|ts)$/.test(path));
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    button(el, 'List view').click();
    await el.updateComplete;
    expect(requested()).to.deep.equal([]);
    await openTable(el);
    expect(requested()).to.have.length(1);
  });

  it('is a table with a caption, column headers, the years as row headers and each date as a row header', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280, lang: 'en' });
    const shown = await openTable(el);
    expect(button(el, 'Table view').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Table view').getAttribute('part')).to.equal('view-button');
    expect(shown.getAttribute('part')).to.equal('table');
    // The table takes the chart's place, and its zoom buttons go with it.
    expect(root(el).querySelector('.chart')).to.equal(null);
    expect(root(el).querySelector('.zoom')).to.equal(null);
    expect(nameOf(shown)).to.equal('Sessions, Kislyak and the Senate');
    const headers = [...shown.querySelectorAll('thead th')];
    expect(texts(headers)).to.deep.equal(['Date', 'Event', 'Group', 'Place', 'Sources']);
    expect(headers.map((h) => h.getAttribute('scope'))).to.deep.equal(Array(5).fill('col'));
    expect(headers[0].getAttribute('aria-sort')).to.equal('ascending');
    expect(years(el)).to.deep.equal(['2016', '2017']);
    for (const th of shown.querySelectorAll('tbody th[scope="rowgroup"]')) {
      expect(th.getAttribute('colspan')).to.equal('5');
      expect(th.closest('tr')!.parentElement!.firstElementChild).to.equal(th.closest('tr'));
    }
    expect(shown.querySelectorAll('tbody')).to.have.length(2);
    expect(dates(el)).to.deep.equal([
      'July 2016',
      'September 8, 2016',
      'January 2017',
      'January 10, 2017',
      'February 8, 2017',
      'February 13, 2017',
      'March 1, 2017',
      'March 2, 2017',
    ]);
    const first = rows(el)[0];
    const cells = [...first.children];
    expect(cells.map((c) => c.localName)).to.deep.equal(['th', 'td', 'td', 'td', 'td']);
    expect(texts(cells.slice(1, 4))).to.deep.equal([
      'Sessions talks with Kislyak after a Heritage Foundation event',
      'Jeff Sessions',
      'Cleveland, Ohio',
    ]);
    // The story's own text in the story's language; the widget's words in the reader's.
    for (const data of [cells[1].querySelector('.title')!, cells[2], cells[3], cells[4]]) {
      expect(data.getAttribute('lang'), data.outerHTML).to.equal('en');
      expect(data.getAttribute('dir'), data.outerHTML).to.equal('auto');
    }
    // Sources: a link where the file gives an address, opened apart from the page; else the name.
    const links = [...cells[4].querySelectorAll('a')];
    expect(texts(links)).to.deep.equal(['The Washington Post', 'Mueller report']);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('href')).to.match(/^https:\/\//);
    }
    const leahy = rows(el)[2].children[4];
    expect(plain(leahy.textContent)).to.equal('Senator Patrick Leahy, press release, Gulf News');
    expect(leahy.querySelector('a')).to.equal(null);
  });

  it('sorts by date both ways from the Date header, reversing the rows and the years', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    await openTable(el);
    const sort = root(el).querySelector<HTMLButtonElement>('thead th button')!;
    expect(nameOf(sort)).to.equal('Date');
    sort.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const th = root(el).querySelector('thead th')!;
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    expect(years(el)).to.deep.equal(['2017', '2016']);
    expect(dates(el)[0]).to.equal('March 2, 2017');
    expect(dates(el)[7]).to.equal('July 2016');
    // The button keeps focus: the reader may sort back at once.
    expect(focused(el)).to.equal(root(el).querySelector('thead th button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    expect(dates(el)[0]).to.equal('July 2016');
  });

  it('opens the detail of the event chosen from the table, under its row, and Escape closes it', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    await openTable(el);
    const chosen = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('timeline-select', resolve, { once: true }),
    );
    const title = titleButton(el, 'Sessions meets Kislyak in his Senate office');
    expect(title.getAttribute('aria-expanded')).to.equal('false');
    title.focus();
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.id).to.equal('senate-office-meeting');
    await el.updateComplete;
    expect(el.selected).to.equal('senate-office-meeting');
    const open = titleButton(el, 'Sessions meets Kislyak in his Senate office');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const detail = root(el).querySelector('#detail')!;
    expect(detail.closest('tr')!.previousElementSibling).to.equal(open.closest('tr'));
    expect(plain(detail.querySelector('h3')!.textContent)).to.equal('Sessions meets Kislyak in his Senate office');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelector('#detail')).to.equal(null);
    expect(focused(el)).to.equal(titleButton(el, 'Sessions meets Kislyak in his Senate office'));
  });

  it('shows only the groups the legend shows', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    await openTable(el);
    button(el, 'Michael Flynn').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(7);
    expect(dates(el)).to.not.include('February 13, 2017');
    button(el, 'Michael Flynn').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(8);
  });

  it('turns the list view off, and the list view turns it off', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    await openTable(el);
    expect(button(el, 'List view').getAttribute('aria-pressed')).to.equal('false');
    button(el, 'List view').click();
    await el.updateComplete;
    expect(table(el)).to.equal(null);
    expect(root(el).querySelector('ol.list')).to.not.equal(null);
    expect(button(el, 'List view').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Table view').getAttribute('aria-pressed')).to.equal('false');
    await openTable(el);
    expect(root(el).querySelector('ol.list')).to.equal(null);
    expect(button(el, 'List view').getAttribute('aria-pressed')).to.equal('false');
    button(el, 'Table view').click();
    await el.updateComplete;
    expect(table(el)).to.equal(null);
    expect(root(el).querySelector('.chart')).to.not.equal(null);
  });

  it('is offered on a phone, where the list has no switch, and scrolls inside a named, focusable region', async () => {
    const { el } = await mount({ src: STORY_URL, width: 375 });
    expect(() => button(el, 'List view')).to.throw();
    await openTable(el);
    expect(() => button(el, 'List view')).to.throw();
    const region = table(el)!.closest('[role="region"]') as HTMLElement;
    expect(roleOf(region)).to.equal('region');
    expect(nameOf(region)).to.equal('Sessions, Kislyak and the Senate');
    expect(region.tabIndex).to.equal(0);
    // Wider than the phone, the table scrolls in its region; the page does not.
    expect(root(el).querySelector('figure')!.scrollWidth).to.be.at.most(375);
    expect(region.getBoundingClientRect().width).to.be.at.most(375);
    // The rule comes with the table's part, adopted into the shadow root when it arrives.
    expect(getComputedStyle(region).overflowX).to.equal('auto');
  });

  it('says which events it shows once turned on', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    await openTable(el);
    await until(() => live(el) === 'Showing 8 events, Jul 1, 2016 – Mar 2, 2017.', 'the announcement', { ms: 3000 });
  });

  it('prints the list, as ever', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    await openTable(el);
    await emulateMedia({ media: 'print' });
    try {
      await until(() => root(el).querySelectorAll('.list > li').length === 8, 'the printed list');
      expect(table(el)).to.equal(null);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await until(() => table(el), 'the table again');
  });

  it('has no violations, best practices included, at 1280 and 375 px, sorted, with a detail open', async () => {
    const main = document.createElement('main');
    document.body.append(main);
    try {
      for (const width of [1280, 375]) {
        const { el } = await mount({ src: STORY_URL, width, parent: main });
        await openTable(el);
        expect(await violations(el), `${width} px`).to.deep.equal([]);
        root(el).querySelector<HTMLButtonElement>('thead th button')!.click();
        titleButton(el, 'Michael Flynn resigns as National Security Adviser').click();
        await el.updateComplete;
        expect(root(el).querySelector('#detail')).to.not.equal(null);
        expect(await violations(el), `${width} px, sorted, detail open`).to.deep.equal([]);
        el.remove();
      }
    } finally {
      main.remove();
    }
  });

  it('speaks German under locale="de"', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280, locale: 'de' });
    const shown = await openTable(el, 'Tabellenansicht');
    expect(texts(shown.querySelectorAll('thead th'))).to.deep.equal(['Datum', 'Ereignis', 'Gruppe', 'Ort', 'Quellen']);
    expect(dates(el)[1]).to.equal('8. September 2016');
    expect(years(el)).to.deep.equal(['2016', '2017']);
  });
});

describe('the table view of 10,000 events', () => {
  afterEach(cleanup);

  it('shows a page of rows, and each "show more" adds a page and moves focus to the nearest row it brings', async function () {
    this.timeout(20_000);
    const { el } = await mount({ events: generateTimeline(10_000), width: 1280 });
    await openTable(el);
    expect(rows(el)).to.have.length(200);
    expect(moreButtons(el)).to.deep.equal(['Show later events (9,800)']);
    const later = root(el).querySelector<HTMLButtonElement>('button.show-more')!;
    expect(later.compareDocumentPosition(table(el)!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    later.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === 400, 'a page more');
    await el.updateComplete;
    expect(moreButtons(el)).to.deep.equal(['Show later events (9,600)']);
    expect(focused(el)).to.equal(rows(el)[200].querySelector('button'));
  });

  it('moves focus once, straight to the first new row, when the last page takes the button away', async () => {
    const { el } = await mount({ events: generateTimeline(300), width: 1280 });
    await openTable(el);
    const path: string[] = [];
    root(el).addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      path.push(target.dataset.item ?? target.className);
    });
    const later = root(el).querySelector<HTMLButtonElement>('button.show-more')!;
    later.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows(el).length === 300, 'the last page');
    await el.updateComplete;
    expect(moreButtons(el)).to.deep.equal([]);
    const row200 = rows(el)[200].querySelector<HTMLElement>('button')!;
    expect(focused(el)).to.equal(row200);
    expect(path).to.deep.equal([later.className, row200.dataset.item]);
  });

  it('sorted descending, starts from the last event, and follows a selection to its row', async function () {
    this.timeout(20_000);
    const file = generateTimeline(10_000);
    const { el } = await mount({ events: file, width: 1280 });
    await openTable(el);
    const firstDate = dates(el)[0];
    root(el).querySelector<HTMLButtonElement>('thead th button')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(200);
    expect(moreButtons(el)).to.deep.equal(['Show earlier events (9,800)']);
    const top = root(el).querySelector('tbody tr:nth-child(2) td button')!;
    // Sorted descending, the first row holds the story's last event.
    el.selected = (top as HTMLElement).dataset.eventId;
    await el.updateComplete;
    expect(titleButton(el, plain(top.textContent)).getAttribute('aria-expanded')).to.equal('true');
    // The earliest event, selected from outside, brings its page (the table's last rows) into view.
    const earliest = [...file.events].sort((a, b) => String(a.start).localeCompare(String(b.start)))[0];
    el.selected = earliest.id;
    await el.updateComplete;
    expect(rows(el).length).to.be.at.most(200);
    expect(root(el).querySelector('#detail')).to.not.equal(null);
    expect(dates(el)[dates(el).length - 1]).to.equal(firstDate);
    expect(moreButtons(el)).to.deep.equal(['Show later events (9,800)']);
  });
});
