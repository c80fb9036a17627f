// The data file's charset: fetchText decodes the body in the charset the server declares, a byte
// order mark winning, and warns by line when characters do not decode. The test server sends the
// files of test/fixtures/charset/files.mjs (web-test-runner.config.mjs, /test/faults/charset/*).
import { expect } from '@open-wc/testing';
import { readEvents } from '../../src/parse/read-events.js';
import { charsetOf, decodeText } from '../../src/source/decode-text.js';
import { fetchText } from '../../src/source/fetch-text.js';
import { cleanup, marks, mount, nameOf } from '../helpers/index.js';

const TITLE = 'Café in München – 5 €';
const url = (name: string) => `/test/faults/charset/${name}`;

describe("the data file's charset", () => {
  afterEach(cleanup);

  for (const name of ['windows-1252', 'latin1', 'utf-8-bom']) {
    it(`reads a sheet sent as ${name} right, with no warning`, async () => {
      const result = await fetchText(url(name));
      expect(result.text).to.equal(`id,start,title,source_name\nmuc,2016-09-08,${TITLE},Wire\n`);
      expect(result.warnings).to.equal(undefined);
    });
  }

  for (const name of ['utf-16le-bom', 'utf-16be-bom']) {
    it(`reads a JSON file in UTF-16 with its byte order mark (${name}) as JSON`, async () => {
      const { text, contentType } = await fetchText(url(name));
      const result = readEvents({ text: text!, contentType, name: url(name) });
      expect(result.errors).to.deep.equal([]);
      expect(result.format).to.equal('events');
      expect(result.timeline!.events[0].title).to.equal(TITLE);
    });
  }

  it('shows "Café in München" from a windows-1252 sheet in the widget', async () => {
    const { el, outcome } = await mount({ src: url('windows-1252') });
    expect(outcome.type).to.equal('timeline-ready');
    expect(marks(el).map(nameOf)).to.deep.equal([`September 8, 2016 ${TITLE}`]);
  });

  it('warns, naming the line, when the file is not in the charset it declares (or in UTF-8)', async () => {
    for (const name of ['windows-1252-as-utf-8', 'windows-1252-undeclared']) {
      const { text, warnings } = await fetchText(url(name));
      expect(text).to.contain('Caf\uFFFD in M\uFFFDnchen');
      expect(warnings).to.deep.equal([
        {
          path: 'line 2',
          message:
            'some characters could not be read as UTF-8; is the file saved in another encoding? ' +
            '(muc,2016-09-08,Caf\uFFFD in M\uFFFDnchen \uFFFD 5 \uFFFD,W)',
        },
      ]);
    }
  });

  it('reads a file with an unknown charset as UTF-8, with a warning', async () => {
    const { text, warnings } = await fetchText(url('unknown-label'));
    expect(text).to.contain(TITLE);
    expect(warnings).to.deep.equal([{ path: '', message: "unknown charset 'x-klingon': the file was read as UTF-8" }]);
  });
});

describe('decodeText', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  it('names the lines with characters that did not decode, the first few and how many more', () => {
    const lines = Array.from({ length: 9 }, (_, i) => (i % 2 ? 'ok' : 'caf\xe9')).join('\n');
    const { warnings } = decodeText(Uint8Array.from(lines, (c) => c.charCodeAt(0)));
    expect(warnings.map((w) => w.path)).to.deep.equal(['lines 1, 3, 5, 7, 9']);
    const more = Array.from({ length: 7 }, () => 'caf\xe9 \xe9').join('\n');
    expect(decodeText(Uint8Array.from(more, (c) => c.charCodeAt(0))).warnings[0].path).to.equal(
      'lines 1, 2, 3, 4, 5 and 2 more',
    );
  });

  it('keeps a U+FFFD that the file itself holds, in valid UTF-8, without a warning', () => {
    expect(decodeText(new TextEncoder().encode('a \uFFFD b'))).to.deep.equal({
      text: 'a \uFFFD b',
      warnings: [],
      encoding: 'utf-8',
    });
  });

  it('lets a byte order mark win over the declared charset, and drops it', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), 'windows-1252').text).to.equal('A');
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0), 'utf-8').text).to.equal('A');
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x41)).text).to.equal('A');
  });

  it('reads UTF-8 as UTF-8 though a legacy charset is declared for it, with a warning', () => {
    const utf8 = new TextEncoder().encode('{"title": "Caf\u00e9 in M\u00fcnchen"}');
    for (const declared of ['iso-8859-1', 'windows-1252']) {
      const { text, warnings } = decodeText(utf8, declared);
      expect(text).to.equal('{"title": "Caf\u00e9 in M\u00fcnchen"}');
      expect(warnings).to.deep.equal([
        { path: '', message: `the file is declared as '${declared}' but is UTF-8: it was read as UTF-8` },
      ]);
    }
    // Plain ASCII reads the same either way: nothing to say.
    expect(decodeText(new TextEncoder().encode('{"a": 1}'), 'iso-8859-1').warnings).to.deep.equal([]);
  });

  it('reads the charset parameter of a Content-Type header', () => {
    expect(charsetOf('text/csv; charset=windows-1252')).to.equal('windows-1252');
    expect(charsetOf('text/csv;Charset="ISO-8859-1"')).to.equal('ISO-8859-1');
    expect(charsetOf('application/json')).to.equal(undefined);
    expect(charsetOf(null)).to.equal(undefined);
  });
});
