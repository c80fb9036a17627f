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
  /** The label's text wrapped wider, and the lower size it then takes: tried where it makes the chart lower. */
  wider?: ReadonlyArray<{ width: number; height: number }>;
}

/** Above the axis, or hanging below it (under the tick labels). */
export type Side = 'above' | 'below';

export interface Placement {
  left: number;
  /** Distance from the axis side of the label's area to the label's near edge. */
  level: number;
  /** The side of the label its leader runs along: the label grows away from it. */
  anchor: 'start' | 'end';
  side: Side;
  /** 0: the box as given; n: its nth wider shape. */
  shape: number;
}

export interface PlaceOptions {
  /** Width of the area the labels must stay in. */
  bounds: number;
  gapX: number;
  gapY: number;
  /**
   * What opening the area below the axis costs, in px of height (its gap under the tick labels);
   * leave it out to keep every label above the axis.
   */
  below?: number;
  /**
   * How far the labels may reach from the axis on each side (px, below not counting its opening):
   * a placement reaching further overflows the chart, and counts OVERFLOW per px against it.
   */
  room?: Readonly<Record<Side, number>>;
  /**
   * A placement past the room, or with a leader through a label, is of no use to the caller, which
   * folds more labels then: stop at the first label that breaks it (past IMPROVED labels, where no
   * label-at-a-time search could mend it). Its placements are then incomplete.
   */
  giveUp?: boolean;
  /**
   * Better the placement found a label at a time, for up to IMPROVED labels (default). Each move
   * places every label again: a zoom frame of many events takes the greedy placement, or folds more.
   */
  improve?: boolean;
}

/** Where the labels go, and what of the chart's rules they break where no placement keeps them all. */
export interface Arrangement {
  placements: Placement[];
  /** How many leaders run through a label. */
  crossings: number;
  /** How far (px) the labels reach past the room they were given, both sides together. */
  overflow: number;
}

interface Placed extends LabelBox, Placement {}

/**
 * Places labels in levels on either side of the axis, like a skyline above and its reflection
 * below, each label on either side of its leader. A label never overlaps another and never leaves
 * the chart; a leader runs through no label nearer the axis where that can be avoided.
 *
 * Greedy, and deterministic: each label in turn takes the side, anchor and lowest level that add
 * least to the chart's height. Three orders are tried (from the middle out, which keeps outer
 * leaders beside inner labels, and from either end, which packs a staircase of crowded events),
 * and the one giving the lowest chart with the fewest crossed leaders wins. Given room, a placement
 * that keeps within it beats any that does not: the caller folds more labels where none does.
 */
export function placeLabels(boxes: readonly LabelBox[], options: PlaceOptions): Arrangement {
  const middle = options.bounds / 2;
  const indices = boxes.map((_, i) => i);
  const orders = [indices.slice().sort((a, b) => Math.abs(boxes[a].x - middle) - Math.abs(boxes[b].x - middle))];
  if (options.below !== undefined && boxes.length <= SEARCHED) orders.push(indices, indices.slice().reverse());
  const found: Found[] = [];
  for (const order of orders) {
    found.push(placeInOrder(boxes, order, options));
    // Within a room, the chart's height is the room's: the first placement that keeps to it will do.
    if (keepsTo(found[found.length - 1], options)) return arrangementOf(found[found.length - 1]);
  }
  let best = found.reduce((a, b) => (b.cost < a.cost ? b : a));
  // Then better it a label at a time (a story's few labels only: each move places every label again).
  if (options.below !== undefined && boxes.length <= IMPROVED && options.improve !== false)
    for (const start of [...found, ...alternating(boxes, options)]) {
      const better = improve(boxes, start, options);
      if (better.cost < best.cost) best = better;
      if (keepsTo(best, options)) break;
    }
  return arrangementOf(best);
}

/** Whether a placement keeps to the room it was given, every leader clear. */
function keepsTo(found: Found, { room }: PlaceOptions): boolean {
  return room !== undefined && found.overflow === 0 && found.crossings === 0;
}

function arrangementOf({ placements, crossings, overflow }: Found): Arrangement {
  return { placements, crossings, overflow };
}

interface Found extends Arrangement {
  /** The chart's height, plus CROSSING for each leader that runs through a label and OVERFLOW per px past the room. */
  cost: number;
}

/** Height a crossed leader counts for when placements are compared: any height is better than one. */
const CROSSING = 10_000;
/** Height a px of overflow counts for: a taller chart within the room is better. */
const OVERFLOW = 100;

/** How far the labels' reach on each side goes past the room given. */
function overflowOf(extent: Readonly<Record<Side, number>>, room: PlaceOptions['room']): number {
  if (!room) return 0;
  return Math.max(0, extent.above - room.above) + (extent.below > 0 ? Math.max(0, extent.below - room.below) : 0);
}

/** What a placement reaching this far with this many crossed leaders costs: see Found. */
function costOf(extent: Readonly<Record<Side, number>>, crossings: number, { below, room }: PlaceOptions): Found {
  const overflow = overflowOf(extent, room);
  const height = extent.above + (extent.below > 0 ? extent.below + (below ?? 0) : 0);
  return { placements: [], crossings, overflow, cost: height + crossings * CROSSING + overflow * OVERFLOW };
}
/** Past this many labels, one order is tried rather than three: placing is cubic in the labels. */
const SEARCHED = 40;
/** Up to this many labels, the placement found is bettered a label at a time. */
const IMPROVED = 12;
/** Passes over the labels the improvement may make: a bound on its time, not a clock. */
const PASSES = 6;

type Choice = Pick<Placement, 'side' | 'anchor' | 'shape'>;

/**
 * Starts for the improvement that a greedy order does not find: labels taking turns above and
 * below in time order, which halves a staircase of crowded events, in their narrowest and their
 * lowest shapes.
 */
function alternating(boxes: readonly LabelBox[], options: PlaceOptions): Found[] {
  return [0, 1, 2, 3].map((start) =>
    placeChosen(
      boxes,
      boxes.map((box, i) => {
        const shape = start < 2 ? widestAlong(box, options.bounds) : 0;
        const { width } = shapesOf(box)[shape];
        return {
          side: (i + start) % 2 ? 'below' : 'above',
          anchor: inside(box.x, width, options.bounds).anchor,
          shape,
        };
      }),
      options,
    ),
  );
}

/**
 * Hill climbing: moves one label to another side, anchor or shape, and keeps the move if the
 * chart gets lower, until no move helps or the passes run out. Deterministic.
 */
function improve(boxes: readonly LabelBox[], found: Found, options: PlaceOptions): Found {
  let best = found;
  const choices: Choice[] = found.placements.map(({ side, anchor, shape }) => ({ side, anchor, shape }));
  const each = boxes.map((box) => choicesFor(box, options.bounds));
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    boxes.forEach((_, i) => {
      let kept = choices[i];
      for (const choice of each[i]) {
        choices[i] = choice;
        const tried = placeChosen(boxes, choices, options);
        if (tried.cost < best.cost) {
          best = tried;
          kept = choice;
          moved = true;
        }
      }
      choices[i] = kept;
    });
    if (!moved || keepsTo(best, options)) break;
  }
  return best;
}

/** Every side, anchor and shape a label may take inside the chart. */
function choicesFor(box: LabelBox, bounds: number): Choice[] {
  const choices: Choice[] = [];
  for (const side of ['above', 'below'] as const)
    for (const anchor of ['start', 'end'] as const)
      shapesOf(box).forEach(({ width }, shape) => {
        if (leftOf(box.x, width, anchor, bounds, shape === 0) !== undefined) choices.push({ side, anchor, shape });
      });
  return choices;
}

/**
 * Places labels whose side, anchor and shape are chosen: on each side, a label whose box covers
 * fewer other leaders goes first, so that the labels it covers are already below it.
 */
function placeChosen(boxes: readonly LabelBox[], choices: readonly Choice[], options: PlaceOptions): Found {
  const { bounds, gapX, gapY } = options;
  const labels: Placed[] = boxes.map((box, i) => {
    const { side, anchor, shape } = choices[i];
    const { width, height } = shapesOf(box)[shape];
    const left = leftOf(box.x, width, anchor, bounds) ?? inside(box.x, width, bounds).left;
    return { x: box.x, width, height, left, anchor, side, shape, level: 0 };
  });
  const covered = labels.map(
    (a) => labels.filter((b) => b !== a && b.side === a.side && b.x >= a.left && b.x <= a.left + a.width).length,
  );
  const order = labels.map((_, i) => i).sort((a, b) => covered[a] - covered[b] || labels[a].x - labels[b].x);
  const placed: Record<Side, Placed[]> = { above: [], below: [] };
  const extent: Record<Side, number> = { above: 0, below: 0 };
  let crossings = 0;
  for (const i of order) {
    const label = labels[i];
    const strict = lowestLevel(label, placed[label.side], gapX, gapY, true);
    if (strict === undefined) crossings++;
    label.level =
      strict ?? lowestLevel(label, placed[label.side], gapX, gapY, false) ?? topOf(placed[label.side], gapY);
    placed[label.side].push(label);
    extent[label.side] = Math.max(extent[label.side], label.level + label.height);
  }
  return {
    ...costOf(extent, crossings, options),
    placements: labels.map(({ left, level, anchor, side, shape }) => ({ left, level, anchor, side, shape })),
  };
}

function placeInOrder(boxes: readonly LabelBox[], order: readonly number[], options: PlaceOptions): Found {
  const { bounds, gapX, gapY, below } = options;
  const middle = bounds / 2;
  const sides: Side[] = below === undefined ? ['above'] : ['above', 'below'];
  const placed: Record<Side, Placed[]> = { above: [], below: [] };
  const extent: Record<Side, number> = { above: 0, below: 0 };
  const costWith = (side: Side, top: number) =>
    costOf({ ...extent, [side]: Math.max(extent[side], top) }, 0, options).cost;
  const result: Placement[] = new Array(boxes.length);
  const giveUp = options.giveUp && options.room && boxes.length > IMPROVED;
  let crossings = 0;
  for (const i of order) {
    const box = boxes[i];
    // The anchor toward the middle first: a label then grows into the chart, not off its edge.
    const natural: Placed['anchor'] = box.x <= middle ? 'start' : 'end';
    const anchors: Array<Placed['anchor']> = [natural, natural === 'start' ? 'end' : 'start'];
    const shapes = [box, ...(box.wider ?? [])];
    let chosen: { label: Placed; height: number } | undefined;
    for (const side of sides)
      for (const anchor of anchors)
        shapes.forEach(({ width, height: tall }, shape) => {
          const left = leftOf(box.x, width, anchor, bounds, shape === 0);
          if (left === undefined) return;
          const label: Placed = { x: box.x, width, height: tall, left, anchor, side, level: 0, shape };
          const level = lowestLevel(label, placed[side], gapX, gapY, true);
          if (level === undefined) return;
          const height = costWith(side, level + tall);
          // Lowest chart within the room first, then the label nearest the axis, then the narrowest.
          if (!chosen || height < chosen.height || (height === chosen.height && level < chosen.label.level))
            chosen = { label: { ...label, level }, height };
        });
    if (!chosen) {
      // Nowhere without crossing a leader: above, on the natural side, where its own leader passes
      // behind a lower label. The top level always allows that, so every label finds a place.
      const { anchor, left } = inside(box.x, box.width, bounds);
      const label: Placed = { ...box, left, anchor, side: 'above', level: 0, shape: 0 };
      label.level = lowestLevel(label, placed.above, gapX, gapY, false) ?? topOf(placed.above, gapY);
      chosen = { label, height: 0 };
      crossings++;
    }
    const { label } = chosen;
    placed[label.side].push(label);
    extent[label.side] = Math.max(extent[label.side], label.level + label.height);
    result[i] = { left: label.left, level: label.level, anchor: label.anchor, side: label.side, shape: label.shape };
    if (giveUp && (crossings || overflowOf(extent, options.room))) break;
  }
  return { ...costOf(extent, crossings, options), placements: result };
}

/**
 * Where a label of this width starts with its leader along the given side; undefined where that
 * would take it out of the chart while the other side has room. A label too wide for either side
 * of its leader is kept inside the chart all the same, on its natural side.
 */
function leftOf(
  x: number,
  width: number,
  anchor: Placed['anchor'],
  bounds: number,
  /** Kept inside where it fits along neither side: false for a wider shape, which is then no choice. */
  clamped = true,
): number | undefined {
  const start = (side: Placed['anchor']) => (side === 'start' ? x : x - width);
  const fits = (side: Placed['anchor']) => start(side) >= 0 && start(side) + width <= bounds;
  if (fits(anchor)) return start(anchor);
  if (!clamped) return undefined;
  const natural = x <= bounds / 2 ? 'start' : 'end';
  if (anchor !== natural || fits(natural === 'start' ? 'end' : 'start')) return undefined;
  return Math.min(Math.max(start(anchor), 0), Math.max(bounds - width, 0));
}

/** The anchor toward the middle where the label fits along it, else the other, and where it then starts. */
function inside(x: number, width: number, bounds: number): { anchor: Placed['anchor']; left: number } {
  const natural = x <= bounds / 2 ? 'start' : 'end';
  for (const anchor of [natural, natural === 'start' ? 'end' : 'start'] as const) {
    const left = leftOf(x, width, anchor, bounds);
    if (left !== undefined) return { anchor, left };
  }
  // leftOf keeps a label too wide for either side inside the chart on its natural side: not reached.
  return { anchor: natural, left: 0 };
}

/** The widest shape of a label that fits along one side of its leader or the other (else 0, the box as given). */
function widestAlong(box: LabelBox, bounds: number): number {
  const shapes = shapesOf(box);
  for (let shape = shapes.length - 1; shape > 0; shape--)
    if ((['start', 'end'] as const).some((a) => leftOf(box.x, shapes[shape].width, a, bounds, false) !== undefined))
      return shape;
  return 0;
}

/** A label's box as given, then its wider shapes. */
function shapesOf(box: LabelBox): ReadonlyArray<{ width: number; height: number }> {
  return [box, ...(box.wider ?? [])];
}

/** The level over every label placed: where a label always fits but for leaders. */
function topOf(placed: readonly Placed[], gapY: number): number {
  return Math.max(0, ...placed.map((p) => p.level + p.height + gapY));
}

/**
 * The lowest level where a label fits among those placed on its side: clear of each, out of the
 * leaders of those farther from the axis, and (strict) with its own leader out of those nearer.
 * Without strict, the top level always fits.
 */
function lowestLevel(label: Placed, placed: readonly Placed[], gapX: number, gapY: number, strict: boolean) {
  // Only labels beside it, or whose leaders it covers or that cover its leader, can be in the way:
  // sorted out once, so each level is a few comparisons (this runs thousands of times a layout).
  const near: Array<{ bottom: number; top: number; beside: boolean; coversIt: boolean; itCovers: boolean }> = [];
  const levels = [0];
  const right = label.left + label.width;
  for (const p of placed) {
    const beside = label.left < p.left + p.width + gapX && p.left < right + gapX;
    const itCovers = p.x > label.left - gapX / 2 && p.x < right + gapX / 2;
    // A label of the same instant on the same side is stacked: its leader runs along that one's edge.
    const stacked = p.x === label.x && p.anchor === label.anchor;
    const coversIt = strict && !stacked && label.x > p.left - gapX / 2 && label.x < p.left + p.width + gapX / 2;
    if (!beside && !itCovers && !coversIt) continue;
    near.push({ bottom: p.level, top: p.level + p.height + gapY, beside, coversIt, itCovers });
    levels.push(p.level + p.height + gapY);
  }
  levels.sort((a, b) => a - b);
  return levels.find((level) =>
    near.every(
      (p) =>
        // not overlapping it, nor below a label whose leader runs up through it, nor (strict)
        // above a label it would run its own leader through
        !(p.beside && level < p.top && p.bottom < level + label.height + gapY) &&
        !(p.itCovers && level < p.bottom) &&
        !(p.coversIt && p.bottom < level),
    ),
  );
}
