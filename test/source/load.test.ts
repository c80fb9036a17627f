import { expect } from '@open-wc/testing';
import { findJsonError } from '../../src/parse/json-error.js';
import { describePosition, parseJson } from '../../src/parse/json-error.js';
import { fetchText } from '../../src/source/fetch-text.js';

describe('parseJson', () => {
  it('names the line and column of a syntax error', () => {
    const { problem } = parseJson('{\n  "version": 1,\n  "events": [,]\n}', 'story.json');
    expect(problem!.message).to.match(
      /^story\.json is not valid JSON at line 3, column 14: expected a value: .*, found ','$/,
    );
  });

  it('says so when the file is empty', () => {
    expect(parseJson('  \n').problem!.message).to.equal('the file is empty');
  });

  it('counts lines and columns from 1', () => {
    expect(describePosition('ab\ncd', 0)).to.equal('line 1, column 1');
    expect(describePosition('ab\ncd', 4)).to.equal('line 2, column 2');
  });
});

describe('fetchText', () => {
  it('reports the HTTP status and the URL of a missing file', async () => {
    const { problem } = await fetchText('/test/fixtures/missing.json');
    expect(problem!.message).to.equal('could not load /test/fixtures/missing.json: HTTP 404 Not Found');
  });

  it('returns the text of the file', async () => {
    const { text } = await fetchText('/events.json');
    expect((JSON.parse(text!) as { version: number }).version).to.equal(1);
  });
});

describe('findJsonError', () => {
  const cases: Array<[string, string, number]> = [
    ['[1, 2,]', "expected a value (is there a comma after the last item?), found ']'", 6],
    ['{"a": 1,}', `expected a "quoted" name (is there a comma after the last item?), found '}'`, 8],
    ["{'a': 1}", `expected a "quoted" name (is there a comma after the last item?), found '''`, 1],
    ['{"a" 1}', "expected ':' after the name, found '1'", 5],
    ['{"a": 1 "b": 2}', "expected ',' or '}', found '\"'", 8],
    ['{"a": "x', 'expected the closing quote of the text, found the end of the file', 8],
    [
      '{"a": tru}',
      'expected a value: text in "double quotes", a number, true, false, null, { … } or [ … ], found \'t\'',
      6,
    ],
    ['{} x', "expected the end of the file, found 'x'", 3],
    ['"a\\qb"', "expected a valid escape such as \\\" or \\n, found 'q'", 3],
  ];
  for (const [text, message, offset] of cases) {
    it(`finds what is wrong in ${text}`, () => {
      expect(findJsonError(text)).to.deep.equal({ offset, message });
    });
  }

  it('finds nothing wrong in valid JSON, whatever it holds', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '-1.5e+3',
      '"\\u00e9\\n"',
      '{"a": [true, false, null, {"b": "c"}]}',
      ' [ ] ',
    ]) {
      expect(findJsonError(text), text).to.equal(null);
    }
  });
});
