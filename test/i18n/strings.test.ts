// The page's own words (the `strings` property) over English or a shipped catalogue: an entry in the
// wrong form is left out with a warning, never thrown while rendering.
import { expect } from '@open-wc/testing';
import { countEvents, ENGLISH, fill, mergeStrings, type Strings } from '../../src/i18n/strings.js';
import { cleanup, mount, plain, STORY_URL } from '../helpers/index.js';

/** Each wrong the way a page might get it wrong, with the text the widget still shows. */
const MALFORMED: Array<[string, Record<string, unknown>]> = [
  ['a plural without "other"', { eventCount: { one: '{count} thing' } }],
  ['a plural with a number for a form', { eventCount: { one: 1, other: '{count} things' } }],
  ['text for a plural', { eventCount: '{count} things' }],
  ['a number for text', { position: 3 }],
  ['an object for text', { position: { other: '{index}' } }],
  ['a function for text', { position: () => 'x' }],
  ['null', { eventCount: null, position: null }],
];

describe('mergeStrings', () => {
  for (const [name, overrides] of MALFORMED)
    it(`keeps the default for ${name}, and says so`, () => {
      const { strings, warnings } = mergeStrings({}, overrides);
      expect(strings).to.deep.equal(ENGLISH);
      expect(warnings.map((w) => w.path)).to.deep.equal(Object.keys(overrides).map((key) => `strings.${key}`));
      expect(warnings[0].message).to.match(/^should be .+; the default is used$/);
      expect(countEvents(strings, 1, 'en')).to.equal('1 event');
      expect(fill(strings.position, { index: 1, count: 2 }, 'en')).to.equal('1 / 2');
    });

  it("keeps the catalogue's word under a malformed override, and takes well-formed ones", () => {
    const german: Partial<Strings> = {
      close: 'Details schließen',
      eventCount: { one: '{count} Ereignis', other: '{count} Ereignisse' },
    };
    const { strings, warnings } = mergeStrings(german, {
      close: 7,
      eventCount: { other: '{count} Dinge' },
      next: 'Weiter',
    });
    expect(strings.close).to.equal('Details schließen');
    expect(strings.next).to.equal('Weiter');
    expect(countEvents(strings, 3, 'de')).to.equal('3 Dinge');
    expect(warnings).to.deep.equal([
      { path: 'strings.close', message: 'should be text, not number; the default is used' },
    ]);
  });

  it('reads each entry once, and survives getters that throw', () => {
    const overrides = {
      get close(): string {
        throw new Error('no');
      },
      eventCount: { one: '{count} item', other: '{count} items' },
    };
    const { strings, warnings } = mergeStrings(undefined, 'not an object', overrides);
    overrides.eventCount.other = undefined as never; // changed after the merge: not seen
    expect(strings.close).to.equal(ENGLISH.close);
    expect(countEvents(strings, 2, 'en')).to.equal('2 items');
    expect(warnings.map((w) => w.path)).to.deep.equal(['strings.close']);
  });
});

describe('the strings property', () => {
  afterEach(cleanup);

  for (const [name, overrides] of MALFORMED)
    it(`with ${name} renders the default words`, async () => {
      const { el, outcome } = await mount({ src: STORY_URL, width: 1000, strings: overrides as Partial<Strings> });
      expect(outcome.type).to.equal('timeline-ready');
      const root = el.shadowRoot!;
      expect(plain(root.querySelector('#summary')!.textContent)).to.equal(
        'Timeline of 8 events from July 2016 to March 2017.',
      );
      root.querySelector<HTMLElement>('[data-event-id]')!.click();
      await el.updateComplete;
      expect(plain(root.querySelector('.steps .count')!.textContent)).to.equal('1 / 8');
    });

  it('still applies well-formed words, in the locale', async () => {
    const strings = { eventCount: { one: '{count} Ereignis', other: '{count} Dinge' }, position: 7 } as never;
    const { el } = await mount({ src: STORY_URL, width: 1000, locale: 'de', strings });
    expect(plain(el.shadowRoot!.querySelector('#summary')!.textContent)).to.include(' 8 Dinge,');
    el.shadowRoot!.querySelector<HTMLElement>('[data-event-id]')!.click();
    await el.updateComplete;
    expect(plain(el.shadowRoot!.querySelector('.steps .count')!.textContent)).to.equal('1 / 8');
  });
});
