/**
 * Where and why JSON text is broken, in words a producer can act on. Browsers word JSON.parse
 * errors differently and some give no position at all, so the position is found here, by reading
 * the text the way the JSON grammar does. Called only after JSON.parse has failed.
 */

import type { Problem } from '../model/types.js';

export type JsonResult = { value: unknown; problem?: undefined } | { value?: undefined; problem: Problem };

/** Parses JSON text; a syntax error names its line and column, as an editor would show them. */
export function parseJson(text: string, name = 'the file'): JsonResult {
  if (text.trim() === '') return { problem: { path: '', message: `${name} is empty` } };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const found = findJsonError(text);
    const detail = found ? `at ${describePosition(text, found.offset)}: ${found.message}` : String(error);
    const truncated = found && found.offset >= text.length ? ' (the file stops before its end: was it cut off?)' : '';
    return { problem: { path: '', message: `${name} is not valid JSON ${detail}${truncated}` } };
  }
}

/** "line 3, column 14" for a 0-based character offset. */
export function describePosition(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export interface JsonSyntaxError {
  /** 0-based offset of the first character that cannot be right. */
  offset: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (char: string, expected: string) => {
    ws();
    if (text[i] !== char) throw new Stop(i, expected);
    i++;
  };
  const string = () => {
    expect('"', 'a "quoted" name');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' ? !/^u[0-9a-fA-F]{4}$/.test(text.slice(i, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x'))
          throw new Stop(i, 'a valid escape such as \\" or \\n');
        i += text[i] === 'u' ? 5 : 1;
      } else if (text.charCodeAt(i) < 0x20) {
        throw new Stop(i, 'the closing quote of the text (a line break inside a text must be written \\n)');
      } else i++;
    }
    if (i >= text.length) throw new Stop(i, 'the closing quote of the text');
    i++;
  };
  /** Reads a member's name and its colon: its value comes next. */
  const name = () => {
    ws();
    if (text[i] !== '"') throw new Stop(i, 'a "quoted" name (is there a comma after the last item?)');
    string();
    expect(':', "':' after the name");
  };
  // The objects and arrays open at i, innermost last: a loop with this stack, not recursion, so
  // no depth of nesting can overflow the call stack.
  const open: string[] = [];
  try {
    for (;;) {
      // A value starts here.
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] !== (c === '{' ? '}' : ']')) {
          open.push(c);
          if (c === '{') name();
          continue;
        }
        i++;
      } else if (c === '"') string();
      else {
        const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (!literal)
          throw new Stop(i, 'a value: text in "double quotes", a number, true, false, null, { … } or [ … ]');
        i += literal[0].length;
      }
      // A value has ended: close what it ends, up to the next item.
      for (;;) {
        ws();
        const inside = open[open.length - 1];
        if (inside === undefined) {
          if (i < text.length) throw new Stop(i, 'the end of the file');
          return null;
        }
        if (text[i] === ',') {
          i++;
          ws();
          if (inside === '{') name();
          else if (text[i] === ']') throw new Stop(i, 'a value (is there a comma after the last item?)');
          break;
        }
        if (inside === '{') expect('}', "',' or '}'");
        else expect(']', "',' or ']'");
        open.pop();
      }
    }
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    const found = stop.offset >= text.length ? 'the end of the file' : `'${text[stop.offset]}'`;
    return { offset: stop.offset, message: `expected ${stop.expected}, found ${found}` };
  }
}
