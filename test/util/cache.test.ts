// The cache of expensive things (Intl objects, tick names, text widths), as a plain function.
import { expect } from '@open-wc/testing';
import { remember } from '../../src/util/cache.js';

describe('remember', () => {
  it('makes a value once per key, and starts again empty when a bounded cache is full', () => {
    const cache = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    expect([remember(cache, 'a', make, 2), remember(cache, 'a', make, 2), remember(cache, 'b', make, 2)]).to.deep.equal(
      [1, 1, 2],
    );
    expect(remember(cache, 'c', make, 2)).to.equal(3);
    expect([...cache.keys()]).to.deep.equal(['c']);
    // A falsy value is kept like any other: only undefined means "not made yet".
    const empty = new Map<string, string>();
    let calls = 0;
    remember(empty, 'x', () => (calls++, ''));
    remember(empty, 'x', () => (calls++, ''));
    expect(calls).to.equal(1);
  });

  it('keeps a value per key object in a WeakMap, never emptying it', () => {
    const cache = new WeakMap<object, number>();
    const [a, b] = [{}, {}];
    let made = 0;
    const make = () => ++made;
    expect([remember(cache, a, make), remember(cache, b, make), remember(cache, a, make)]).to.deep.equal([1, 2, 1]);
    for (let i = 0; i < 100; i++) remember(cache, {}, make);
    expect([remember(cache, a, make), remember(cache, b, make)]).to.deep.equal([1, 2]);
    expect(made).to.equal(102);
  });
});
