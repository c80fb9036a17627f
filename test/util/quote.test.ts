// Values quoted in messages: the data's (at most 40 characters) and the embed parameters' (80 and the ellipsis).
import { expect } from '@open-wc/testing';
import { quote } from '../../src/util/quote.js';

describe('quote', () => {
  it('quotes text as it is, and other values as JSON', () => {
    expect([quote('2016-13'), quote(2016), quote({ year: 2016 }), quote(null), quote(undefined)]).to.deep.equal([
      "'2016-13'",
      "'2016'",
      `'{"year":2016}'`,
      "'null'",
      "'undefined'",
    ]);
  });

  it('shortens to at most `max` characters, the ellipsis included', () => {
    expect(quote('x'.repeat(40))).to.equal(`'${'x'.repeat(40)}'`);
    expect(quote('x'.repeat(41))).to.equal(`'${'x'.repeat(39)}…'`);
    expect(quote('x'.repeat(81), 81)).to.equal(`'${'x'.repeat(81)}'`);
    expect(quote('x'.repeat(200), 81)).to.equal(`'${'x'.repeat(80)}…'`);
  });
});
