/**
 * Label placement without a DOM: given each label's anchor and size, find where it goes so that
 * no two labels overlap, none leaves the chart, and no leader line runs through another label
 * where that can be avoided.
 */

export type Measure = (text: string) => number;

/**
 * Greedy word wrap to `maxWidth`; a word longer than the line stands on a line of its own. A line
 * is measured as its words and spaces, so each word is measured once however many titles share it
 * (the caller's `measure` keeps what it measured). Past `maxLines` the text is cut, and the last
 * line ends in "…": a title of a thousand words still makes a label, not a tower.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  // Most labels fit on one line: one measurement.
  const whole = words.join(' ');
  if (whole && whole.length <= LONGEST_LINE && measure(whole) <= maxWidth) return [whole];
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const width = measure(word);
    if (line && lineWidth + space + width > maxWidth) {
      lines.push(line);
      if (lines.length === maxLines) return cut(lines, maxWidth, measure);
      line = word;
      lineWidth = width;
    } else {
      line = line ? `${line} ${word}` : word;
      lineWidth = line === word ? width : lineWidth + space + width;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** No line of a label is longer than this many characters: the whole is not worth measuring beyond it. */
const LONGEST_LINE = 400;

/** Ends the last line in "…", dropping its last words while it does not fit. */
function cut(lines: string[], maxWidth: number, measure: Measure): string[] {
  const words = lines[lines.length - 1].split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}…`) > maxWidth) words.pop();
  lines[lines.length - 1] = `${words.join(' ')}…`;
  return lines;
}

export interface LabelBox {
  /** Where the label's leader line meets the axis. */
  x: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  /** Distance from the axis side of the label area to the label's near edge. */
  level: number;
  /** The side of the label its leader runs down: the label grows away from it. */
  anchor: 'start' | 'end';
}

export interface PlaceOptions {
  /** Width of the area the labels must stay in. */
  bounds: number;
  gapX: number;
  gapY: number;
}

interface Placed extends LabelBox, Placement {}

/**
 * Places labels in levels above the axis, like a skyline. A label grows toward the middle of the
 * chart from its anchor. Labels nearest the middle are placed first, lowest, so the leaders of
 * the outer, higher labels pass beside the inner ones rather than through them.
 */
export function placeLabels(boxes: readonly LabelBox[], { bounds, gapX, gapY }: PlaceOptions): Placement[] {
  const middle = bounds / 2;
  const order = boxes.map((_, i) => i).sort((a, b) => Math.abs(boxes[a].x - middle) - Math.abs(boxes[b].x - middle));
  const placed: Placed[] = [];
  const result: Placement[] = new Array(boxes.length);
  for (const i of order) {
    const box = boxes[i];
    const anchor: Placed['anchor'] = box.x <= middle ? 'start' : 'end';
    const wanted = anchor === 'start' ? box.x : box.x - box.width;
    const left = Math.min(Math.max(wanted, 0), Math.max(bounds - box.width, 0));
    const label: Placed = { ...box, left, anchor, level: 0 };
    const levels = [...new Set([0, ...placed.map((p) => p.level + p.height + gapY)])].sort((a, b) => a - b);
    const fits = (level: number, strict: boolean) => {
      const candidate: Placed = { ...label, level };
      return placed.every(
        (p) =>
          !overlaps(candidate, p, gapX, gapY) &&
          !leaderCrosses(p, candidate, gapX) &&
          (!strict || !leaderCrosses(candidate, p, gapX)),
      );
    };
    // Prefer a level where nothing crosses; else let this label's own leader pass behind a lower
    // label. The top level always passes the second test, so every label finds a place.
    label.level =
      levels.find((level) => fits(level, true)) ??
      levels.find((level) => fits(level, false)) ??
      levels[levels.length - 1];
    placed.push(label);
    result[i] = { left: label.left, level: label.level, anchor };
  }
  return result;
}

function overlaps(a: Placed, b: Placed, gapX: number, gapY: number): boolean {
  return (
    a.left < b.left + b.width + gapX &&
    b.left < a.left + a.width + gapX &&
    a.level < b.level + b.height + gapY &&
    b.level < a.level + a.height + gapY
  );
}

/** Does the leader of `a`, from the axis up to its label, run through label `b`? */
function leaderCrosses(a: Placed, b: Placed, gapX: number): boolean {
  return a.x > b.left - gapX / 2 && a.x < b.left + b.width + gapX / 2 && b.level < a.level;
}
