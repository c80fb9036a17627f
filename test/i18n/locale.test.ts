// Which way a locale's words run: the widget's dir, and the way time runs, follow it.
import { expect } from '@open-wc/testing';
import { directionOf } from '../../src/i18n/locale.js';

describe('directionOf', () => {
  const cases: Array<[string, 'ltr' | 'rtl']> = [
    ['ar-EG', 'rtl'],
    ['ar-EG-u-nu-latn', 'rtl'],
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['ur-PK', 'rtl'],
    ['pa-Arab', 'rtl'],
    ['ks-Deva', 'ltr'],
    ['pa', 'ltr'],
    ['en-GB', 'ltr'],
    ['zh-Hant-TW', 'ltr'],
  ];
  for (const [locale, direction] of cases)
    it(`runs ${locale} ${direction === 'rtl' ? 'right to left' : 'left to right'}`, () => {
      expect(directionOf(locale)).to.equal(direction);
    });
});
