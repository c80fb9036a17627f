// Rich text as plain functions: each text is sanitised once, and shown under the direction that
// dir="auto" would give it.
import { expect } from '@open-wc/testing';
import { prepareRichText } from '../../src/render/rich-text.js';
import { sanitizeRich } from '../../src/render/sanitize.js';

describe('prepareRichText', () => {
  it('shows the words until the sanitiser arrives, then sanitises each text once', async () => {
    const source = '<p>Words <em>and</em> more <a href="https://example.org/" onclick="x()">words</a>.</p>'.repeat(
      3000,
    );
    let ready!: () => void;
    const arrived = new Promise<void>((resolve) => (ready = resolve));
    expect(prepareRichText(source, ready)).to.deep.equal({ text: 'Words and more words.'.repeat(3000) });
    await arrived;
    const first = prepareRichText(source, () => undefined);
    expect(first.html).to.include('rel="noopener noreferrer"').and.not.include('onclick');
    const start = performance.now();
    // The same object again, not a second sanitising of the same text (tens of ms for this one).
    expect(prepareRichText(source, () => undefined)).to.equal(first);
    expect(performance.now() - start).to.be.below(5);
    expect(prepareRichText('no markup', () => undefined)).to.deep.equal({ text: 'no markup' });
  });
});

describe('sanitizeRich', () => {
  it('gives the direction of the first strong letter outside tags and character references', () => {
    const cases: Array<[string, 'ltr' | 'rtl']> = [
      ['<p>Words</p>', 'ltr'],
      ['<p>1. <em>كلمات</em> words</p>', 'rtl'],
      ['<a href="https://example.org/">&amp; &lt;&gt; &nbsp; שלום</a>', 'rtl'],
      ['<b>2016 - 2017</b>', 'ltr'],
      ['', 'ltr'],
      ['\u200f<i>(1)</i> words', 'rtl'],
      ['\u{1e900}\u{1e901}', 'rtl'], // Adlam, beyond the BMP
      ['<script>שלום</script>日本語', 'ltr'],
    ];
    for (const [source, dir] of cases) expect(sanitizeRich(source).dir, source).to.equal(dir);
  });
});
