// The table view's rows as plain functions: order by date, year groups, and the page of rows shown.
import { expect } from '@open-wc/testing';
import { layoutList, LIST_PAGE } from '../../src/layout/list.js';
import { fitTableRange, groupRows, rowOf, tableEnds, widenTableRange } from '../../src/layout/table.js';
import type { TimelineFile } from '../../src/model/types.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { generateTimeline, loadStory } from '../helpers/index.js';

async function storyItems() {
  const { events } = parseTimeline(await loadStory()).timeline!;
  return { events, items: layoutList(events, 'en-US') };
}

const summary = (groups: ReturnType<typeof groupRows>) =>
  groups.map((g) => `${g.year}: ${g.rows.map((r) => `${r.index} ${r.date}`).join(', ')}`);

describe('groupRows', () => {
  it('puts the rows in time order under their years, each with its place in time order', async () => {
    const { items, events } = await storyItems();
    const groups = groupRows(items, { start: 0, end: 8 }, 'ascending');
    expect(summary(groups)).to.deep.equal([
      '2016: 0 July 2016, 1 September 8, 2016',
      '2017: 2 January 2017, 3 January 10, 2017, 4 February 8, 2017, 5 February 13, 2017, 6 March 1, 2017, 7 March 2, 2017',
    ]);
    expect(groups[0].rows[0].event).to.equal(events[0]);
  });

  it('reverses the rows and the years when sorted descending', async () => {
    const { items } = await storyItems();
    expect(summary(groupRows(items, { start: 0, end: 8 }, 'descending'))).to.deep.equal([
      '2017: 7 March 2, 2017, 6 March 1, 2017, 5 February 13, 2017, 4 February 8, 2017, 3 January 10, 2017, 2 January 2017',
      '2016: 1 September 8, 2016, 0 July 2016',
    ]);
  });

  it('shows only the rows of its range, the first naming its year though the range starts inside it', async () => {
    const { items } = await storyItems();
    expect(summary(groupRows(items, { start: 3, end: 5 }, 'ascending'))).to.deep.equal([
      '2017: 3 January 10, 2017, 4 February 8, 2017',
    ]);
    // Rows count from the top of the table: descending, row 0 is the last event.
    expect(summary(groupRows(items, { start: 5, end: 7 }, 'descending'))).to.deep.equal([
      '2017: 2 January 2017',
      '2016: 1 September 8, 2016',
    ]);
    expect(groupRows(items, { start: 6, end: 50 }, 'ascending').flatMap((g) => g.rows)).to.have.length(2);
  });

  it('makes only the rows it shows, of 10,000 events', () => {
    const { events } = parseTimeline(generateTimeline(10_000)).timeline!;
    let made = 0;
    const list = layoutList(events, 'en-US');
    const items = { length: list.length, at: (i: number) => (made++, list.at(i)) };
    const rows = groupRows(items, { start: 0, end: LIST_PAGE }, 'descending').flatMap((g) => g.rows);
    expect(rows).to.have.length(LIST_PAGE);
    expect(made).to.equal(LIST_PAGE);
    expect(rows[0].event).to.equal(events[9_999]);
    expect(rows[0].index).to.equal(9_999);
  });

  it('groups a deep-time file by the year as the reader reads it', () => {
    const file: TimelineFile = {
      version: 1,
      events: [
        { id: 'big-bang', start: -13_800_000_000, title: 'The Big Bang', sources: [{ name: 'NASA' }] },
        { id: 'earth', start: '-4540000000', title: 'Earth forms', sources: [{ name: 'NASA' }] },
        { id: 'impact', start: -66_000_000, title: 'An asteroid strikes', sources: [{ name: 'NASA' }] },
        { id: 'dinosaurs', start: -66_000_000, title: 'Dinosaurs die out', sources: [{ name: 'NASA' }] },
        { id: 'moon', start: '1969-07-20', title: 'Apollo 11 lands on the Moon', sources: [{ name: 'NASA' }] },
      ],
    };
    const { events, scale } = parseTimeline(file).timeline!;
    expect(scale).to.equal('years');
    const groups = groupRows(layoutList(events, 'en-US'), { start: 0, end: 5 }, 'ascending');
    expect(groups.map((g) => `${g.year}: ${g.rows.length}`)).to.deep.equal([
      '13.8 billion years ago: 1',
      '4.54 billion years ago: 1',
      '66 million years ago: 2',
      '1969: 1',
    ]);
  });
});

describe('the rows of the table on screen', () => {
  it('maps an event to its row and back, both ways round', () => {
    expect(rowOf(0, 10, 'ascending')).to.equal(0);
    expect(rowOf(0, 10, 'descending')).to.equal(9);
    expect(rowOf(rowOf(3, 10, 'descending'), 10, 'descending')).to.equal(3);
  });

  it('says which side of time each end leads to, and how many events lie beyond it', () => {
    expect(tableEnds(1000, { start: 200, end: 400 }, 'ascending')).to.deep.equal({
      top: { side: 'earlier', count: 200 },
      bottom: { side: 'later', count: 600 },
    });
    expect(tableEnds(1000, { start: 0, end: 200 }, 'descending')).to.deep.equal({
      top: { side: 'later', count: 0 },
      bottom: { side: 'earlier', count: 800 },
    });
    expect(tableEnds(8, { start: 0, end: 200 }, 'ascending').bottom.count).to.equal(0);
  });

  it('starts with the first page of the order, and follows the selection counted in rows', () => {
    expect(fitTableRange(10_000, -1, 'ascending', undefined)).to.deep.equal({ start: 0, end: LIST_PAGE });
    expect(fitTableRange(10_000, -1, 'descending', undefined)).to.deep.equal({ start: 0, end: LIST_PAGE });
    // The first event, selected in a table sorted descending, stands in its last row.
    expect(fitTableRange(10_000, 0, 'descending', undefined)).to.deep.equal({ start: 9_800, end: 10_000 });
    expect(fitTableRange(10_000, 9_999, 'descending', undefined)).to.deep.equal({ start: 0, end: LIST_PAGE });
    // The detail's Next steps just past the last row: a page more.
    expect(fitTableRange(10_000, 9_999 - LIST_PAGE, 'descending', { start: 0, end: LIST_PAGE })).to.deep.equal({
      start: 0,
      end: 2 * LIST_PAGE,
    });
    // A table that shrank under its range (a group hidden) starts again from the top.
    expect(fitTableRange(50, -1, 'ascending', { start: 400, end: 600 })).to.deep.equal({ start: 0, end: 50 });
  });

  it('widens by a page above or below, never past the ends', () => {
    expect(widenTableRange({ start: 200, end: 400 }, 'top', 1000)).to.deep.equal({ start: 0, end: 400 });
    expect(widenTableRange({ start: 100, end: 400 }, 'top', 1000)).to.deep.equal({ start: 0, end: 400 });
    expect(widenTableRange({ start: 0, end: 900 }, 'bottom', 1000)).to.deep.equal({ start: 0, end: 1000 });
  });
});
