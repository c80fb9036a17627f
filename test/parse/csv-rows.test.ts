import { expect } from '@open-wc/testing';
import { parseCsvRows } from '../../src/parse/csv-rows.js';
import { fetchBody } from '../helpers/index.js';

describe('parseCsvRows', () => {
  it('splits rows and fields', () => {
    expect(parseCsvRows('a,b,c\n1,2,3\n')).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsvRows('id,text\r\nx,"Hello, ""world""\nagain"\r\ny,plain')).to.deep.equal([
      ['id', 'text'],
      ['x', 'Hello, "world"\nagain'],
      ['y', 'plain'],
    ]);
  });

  it('keeps empty fields and empty quoted fields', () => {
    expect(parseCsvRows('a,,c\n"",b,')).to.deep.equal([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('gives no row for no text, and one for a last line without a break', () => {
    expect(parseCsvRows('')).to.deep.equal([]);
    expect(parseCsvRows('only')).to.deep.equal([['only']]);
  });

  it('reads a field with a quote inside it, not at its start, as written', () => {
    expect(parseCsvRows('5" disk,b')).to.deep.equal([['5" disk', 'b']]);
  });

  it('reads the story sheet into rows of equal length', async () => {
    const text = await fetchBody('/test/fixtures/story.csv');
    const rows = parseCsvRows(text);
    expect(rows[0][0]).to.equal('id');
    expect(rows.every((r) => r.length === rows[0].length)).to.equal(true);
  });
});
