// The editor's pure parts: the draft's edits, undo's steps, and what each key does in the table.
import { expect } from '@open-wc/testing';
import { addRow, draftOf, editRow, fileOf, placeOf, sortByDate } from '../../src/editor/draft.js';
import { actionOf } from '../../src/editor/grid-keys.js';
import { History } from '../../src/editor/history.js';

describe('editor draft', () => {
  it('sorts rows by date as the timeline does, a row whose date does not read staying in its place, each keeping its key', () => {
    const draft = draftOf({
      version: 1,
      timeZone: 'America/New_York',
      events: [
        { id: 'c', start: '2017-01-10', title: 'C' },
        { id: 'x', start: '20', title: 'half-typed' },
        { id: 'a', start: '2016-07', title: 'A' },
        { id: 'bad', start: '2016-13', title: 'no such month' },
        { id: 'b', start: '2016-09-08T10:00', title: 'B' },
      ],
    });
    const sorted = sortByDate(draft);
    expect(fileOf(sorted).events.map((e) => e.id)).to.deep.equal(['a', 'x', 'b', 'bad', 'c']);
    expect(sorted.rows.find((r) => r.entry.id === 'a')!.key).to.equal(draft.rows[2].key);
    expect(sortByDate(sorted)).to.equal(sorted);
  });

  it('leaves out a field the producer empties, and media once all of it is empty', () => {
    const [draft, key] = addRow(draftOf({ version: 1, events: [] }));
    let next = editRow(draft, key, 'place', 'Washington');
    next = editRow(next, key, 'media.alt', 'A photo');
    expect(fileOf(next).events[0]).to.include({ place: 'Washington' });
    expect(fileOf(next).events[0].media).to.deep.equal({ url: '', alt: 'A photo' });
    next = editRow(editRow(next, key, 'place', ''), key, 'media.alt', '');
    expect(fileOf(next).events[0]).to.not.have.any.keys('place', 'media');
  });

  it('follows the title with the id until the producer writes one, never taking another event’s', () => {
    const [empty, first] = addRow(draftOf({ version: 1, events: [] }));
    const [added, second] = addRow(editRow(empty, first, 'title', 'Flynn resigns'));
    let draft = editRow(added, second, 'title', 'Flynn Resigns!');
    expect(fileOf(draft).events.map((e) => e.id)).to.deep.equal(['flynn-resigns', 'flynn-resigns-2']);
    draft = editRow(editRow(draft, first, 'id', 'resignation'), first, 'title', 'Flynn quits');
    expect(fileOf(draft).events[0].id).to.equal('resignation');
  });

  it('places a problem at its row and field, wherever the row has moved', () => {
    const draft = sortByDate(
      draftOf({
        version: 1,
        events: [
          { id: 'late', start: '2017', title: 'L' },
          { id: 'early', start: '2016', title: 'E' },
        ],
      }),
    );
    const early = draft.rows[0].key;
    expect(placeOf(draft, { path: 'events[0].start', message: '' })).to.equal(`${early}:start`);
    expect(placeOf(draft, { path: 'events[0].sources[1].url', message: '' })).to.equal(`${early}:sources[1].url`);
    expect(placeOf(draft, { path: 'title', message: '' })).to.equal('file:title');
  });
});

describe('editor history', () => {
  it('makes one step of a field’s typing, and a new one after it is sealed', () => {
    const history = new History('');
    history.push('a', 'title');
    history.push('ab', 'title');
    history.push('abc', 'title');
    history.seal();
    history.push('abcd', 'title');
    expect(history.undo()).to.equal('abc');
    expect(history.undo()).to.equal('');
    expect(history.canUndo).to.equal(false);
    expect(history.redo()).to.equal('abc');
    history.push('x');
    expect(history.canRedo).to.equal(false);
  });
});

describe('editor table keys', () => {
  const at = { row: 1, col: 1 };
  const context = { at, rows: 3, cols: 4, text: true };
  it('moves with arrows, typing replaces, Enter edits within, Escape cancels', () => {
    expect(actionOf('ArrowDown', false, { ...context, mode: 'none' })).to.deep.equal({
      kind: 'move',
      to: { row: 2, col: 1 },
    });
    expect(actionOf('ArrowUp', false, { ...context, at: { row: 0, col: 0 }, mode: 'none' })).to.deep.equal({
      kind: 'move',
      to: { row: 0, col: 0 },
    });
    expect(actionOf('x', false, { ...context, mode: 'none' })).to.deep.equal({ kind: 'type' });
    expect(actionOf('ArrowRight', false, { ...context, mode: 'typing' })).to.deep.equal({
      kind: 'move',
      to: { row: 1, col: 2 },
    });
    expect(actionOf('ArrowRight', false, { ...context, mode: 'editing' })).to.deep.equal({ kind: 'none' });
    expect(actionOf('Enter', false, { ...context, mode: 'none' })).to.deep.equal({ kind: 'edit' });
    expect(actionOf('Enter', false, { ...context, mode: 'editing' })).to.deep.equal({ kind: 'keep' });
    expect(actionOf('Escape', false, { ...context, mode: 'typing' })).to.deep.equal({ kind: 'cancel' });
    expect(actionOf('End', true, { ...context, mode: 'none' })).to.deep.equal({ kind: 'move', to: { row: 2, col: 3 } });
    // A select being edited keeps Up and Down for its options.
    expect(actionOf('ArrowDown', false, { ...context, text: false, mode: 'editing' })).to.deep.equal({ kind: 'none' });
  });
});
