// Values quoted in messages: the data's (at most 40 characters) and the embed parameters' (80 and the ellipsis).
import { expect } from '@open-wc/testing';
import { quote, shorten } from '../../src/util/quote.js';

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

  it('names a value JSON cannot write by its kind, instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect([quote([cyclic]), quote(cyclic), quote(10n)]).to.deep.equal(["'[…]'", "'{…}'", "'10'"]);
  });
});

describe('shorten', () => {
  it('cuts a name from the data to 60 characters and the ellipsis', () => {
    expect(shorten('x'.repeat(61))).to.equal('x'.repeat(61));
    expect(shorten('x'.repeat(1024 * 1024))).to.equal(`${'x'.repeat(60)}…`);
  });
});
