// What the readers of events files take for a JSON object.
import { expect } from '@open-wc/testing';
import { isDict, table } from '../../src/util/dict.js';

describe('isDict', () => {
  it('holds for objects, not for null, arrays or other values', () => {
    expect([{}, { a: 1 }, Object.create(null)].map(isDict)).to.deep.equal([true, true, true]);
    expect([null, undefined, [], [1], 'a', 1, true].map(isDict)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('table', () => {
  it("holds its entries and nothing of Object's", () => {
    const entities = table({ amp: '&', lt: '<' });
    expect([entities.amp, entities.lt]).to.deep.equal(['&', '<']);
    expect(['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((name) => entities[name])).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
