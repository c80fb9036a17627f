// CSV text to rows: d3-dsv's csvParseRows, as the format reader uses it on what spreadsheet programs write.
import { expect } from '@open-wc/testing';
import { recognize } from '../../src/parse/formats.js';
import { fetchBody } from '../helpers/index.js';

/**
 * The events a CSV sheet becomes before validation: its cells row by row, trimmed, the empty ones
 * left out; `sources`, made for every row, is left out too.
 */
function eventsOf(text: string): Array<Record<string, unknown>> {
  const read = recognize({ text, name: 'sheet.csv' });
  if (!('conversion' in read)) throw new Error(`not read as a sheet: ${JSON.stringify(read)}`);
  const { events } = read.conversion.file as { events: Array<Record<string, unknown>> };
  return events.map(({ sources: _, ...cells }) => cells);
}

describe('CSV rows, as the format reader reads them', () => {
  it('splits rows and fields; a trailing line break adds no row', () => {
    expect(eventsOf('id,start,title\na,2016,A\nb,2017,B\n')).to.deep.equal([
      { id: 'a', start: '2016', title: 'A' },
      { id: 'b', start: '2017', title: 'B' },
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields, with CRLF line ends', () => {
    expect(eventsOf('id,start,title\r\nx,2016,"Hello, ""world""\nagain"\r\ny,2017,plain')).to.deep.equal([
      { id: 'x', start: '2016', title: 'Hello, "world"\nagain' },
      { id: 'y', start: '2017', title: 'plain' },
    ]);
  });

  it('keeps empty fields and empty quoted fields empty, in their columns', () => {
    expect(eventsOf('id,start,title,place\na,2016,,""\n"",2017,B,')).to.deep.equal([
      { id: 'a', start: '2016' },
      { start: '2017', title: 'B' },
    ]);
  });

  it('gives no rows for no text, and one for a last line without a break', () => {
    expect(recognize({ text: '', name: 'sheet.csv' })).to.deep.equal({
      problem: { path: '', message: 'sheet.csv is empty' },
    });
    expect(eventsOf('id,start,title\na,2016,only')).to.deep.equal([{ id: 'a', start: '2016', title: 'only' }]);
  });

  it('reads a field with a quote inside it, not at its start, as written', () => {
    expect(eventsOf('id,start,title\na,2016,5" disk')).to.deep.equal([{ id: 'a', start: '2016', title: '5" disk' }]);
  });

  it('reads past the byte-order mark, and counts blank lines as rows, as the spreadsheet numbers them', () => {
    const events = eventsOf('\uFEFFstart,title\r\n2016,A\r\n\r\n,\r\n2017,B\r\n');
    expect(events).to.deep.equal([
      { id: 'row-2', start: '2016', title: 'A' },
      { id: 'row-5', start: '2017', title: 'B' },
    ]);
  });

  it('reads the story sheet into rows of equal length: every cell in its column', async () => {
    const text = await fetchBody('/test/fixtures/story.csv');
    const read = recognize({ text, name: 'story.csv' });
    expect(read).to.have.property('format', 'csv');
    const { errors, warnings } = (read as { conversion: { errors: unknown[]; warnings: unknown[] } }).conversion;
    expect([errors, warnings]).to.deep.equal([[], []]);
    expect(eventsOf(text).map((e) => [e.id, e.place])).to.deep.equal([
      ['heritage-foundation-encounter', 'Cleveland, Ohio'],
      ['senate-office-meeting', "Sessions' Senate office, Washington"],
      ['confirmation-hearing', 'Washington'],
      ['washington-post-report', undefined],
    ]);
  });
});
