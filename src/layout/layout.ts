/**
 * From the model to positions: everything the render step places, already scaled. Pure: text
 * widths come from the `measure` function the caller passes in, the (zoomed) scale from the caller.
 */
import { max } from 'd3-array';
import type { ScaleTime } from 'd3-scale';
import { formatAxisRange, formatEventDate } from '../model/date-value.js';
import { formatYearNumber } from '../model/deep-time.js';
import { remember } from '../util/cache.js';
import type { Era, Timeline, TimelineEvent } from '../model/types.js';
import { clusterByInterval, type Item } from './clusters.js';
import { cullToView } from './cull.js';
import { placeLabels, wrapText, type LabelBox, type Measure, type Side } from './labels.js';
import { createTicks, TICK_ROOM, type Finest, type Tick } from '../scale/time-scale.js';
import { createYearTicks } from '../scale/year-scale.js';

/** Type sizes in px; the stylesheet uses the same numbers, so measured text is rendered text. */
export const TYPE = {
  date: { size: 12, weight: 700, line: 16 },
  title: { size: 15, weight: 400, line: 19 },
  /** A cluster's size, in place of a title. */
  count: { size: 15, weight: 700, line: 19 },
} as const;

/** Padding inside a label, in px; shared with the stylesheet like TYPE. */
export const PAD_X = 8;
export const PAD_Y = 4;

export type TextKind = keyof typeof TYPE;
/**
 * Widths of text in the label type, in px. The browser's type may differ from TYPE where a reader's
 * text settings (WCAG 1.4.12 spacing, a user style sheet) or the page's `::part(label)` change it:
 * the line heights it then has come with the function, so a layout is keyed on one value.
 */
export interface MeasureText {
  (text: string, kind: TextKind): number;
  /** Line heights by kind, where they differ from TYPE's. */
  lineHeight?: Readonly<Record<TextKind, number>>;
}

/** The widest a label grows to take fewer lines, in px: about 75 characters of its type. */
const WIDEST = 540;
const GAP_X = 6;
const GAP_Y = 8;
/** Room between the lowest labels and the axis line, for the leaders to be seen. */
const LEADER = 18;
const AXIS = 30;
/** Room between the axis's tick labels (or the era strip) and the labels hanging below them. */
const BELOW = 8;
/** The strip under the axis that names the eras. */
const ERA_STRIP = 24;
/** The width (px) a cluster's label wraps its lead event's title to, or its dates' where they are wider. */
const CLUSTER_WIDTH = 170;
/** A stretch at least this wide (px) lets its cluster show its lead event's title. */
const TITLED = 60;
/**
 * A view of this few events has its labels placed with care (see placeLabels' improve) in every
 * frame of a zoom; a view of more does so only as the overview, where its height is chosen.
 */
const CAREFUL = 12;
/** About one label per this many px of axis; a stretch between ticks with more becomes a cluster. */
const PX_PER_LABEL = 40;
/**
 * At the deepest zoom, where zooming cannot pull events on one day apart, a stretch stacks up to
 * this many labels (more where it has room, fewer where the overview's height has not) before it
 * folds all the same: a live-blog day of 1,000 updates without times must not become a chart
 * 50,000 px tall (nor take minutes to place).
 */
export const STACK_CAP = 10;
/** A title wraps to at most this many lines on the chart; its label's accessible name keeps it whole. */
export const TITLE_LINES = 8;

export interface MarkLayout {
  event: TimelineEvent;
  /** Start and exclusive end of the event on the axis, cut at the edges of the view. */
  x0: number;
  x1: number;
  /** Drawn as a point (a day or a moment) or as a band (a month, a year, a range). */
  shape: 'point' | 'band';
}

/** A label's box as placed: where its leader meets the axis (x), its size, and its lines. */
interface PlacedLabel extends LabelBox {
  left: number;
  top: number;
  anchor: 'start' | 'end';
  /** Above the axis, its leader running down to it; or below, under the tick labels, its leader running up. */
  side: Side;
  dateLines: string[];
  lines: string[];
}

export interface EventLabel extends PlacedLabel {
  kind: 'event';
  event: TimelineEvent;
  /** The date as the label and the accessible name say it. */
  date: string;
}

export interface ClusterLabel extends PlacedLabel {
  kind: 'cluster';
  /** The id by which it is rendered and focused, which no event of the timeline has (see clusterPrefix). */
  item: string;
  /** Whether zooming in can pull it apart; at the deepest zoom it cannot, and activating it opens its events. */
  zoomable: boolean;
  events: TimelineEvent[];
  /** The span the cluster covers, in px, to draw it and to zoom into it. */
  x0: number;
  x1: number;
  date: string;
  /** Its most important event, whose title it shows where its stretch has room for one. */
  lead: TimelineEvent;
  /** "+ 45 more" under the lead's title; '' where the label shows only its size. */
  more: string;
}

export type LabelLayout = EventLabel | ClusterLabel;

/**
 * What a cluster's item id starts with: `cluster:`, lengthened until no event id of the timeline
 * starts with it, so that an event named "cluster:x" cannot pass for the cluster of event "x".
 */
export function clusterPrefix(events: readonly TimelineEvent[]): string {
  let prefix = 'cluster:';
  while (events.some((e) => e.id.startsWith(prefix))) prefix += ':';
  return prefix;
}

/** A group's ticks in the density strip; `event` is any of its events, to colour them by. */
export interface StripGroup {
  event: TimelineEvent;
  xs: number[];
}

/** An era: a tinted band behind the chart, named in a strip under the axis. */
export interface EraLayout {
  era: Era;
  /** The band, clipped to the view. */
  x0: number;
  x1: number;
  /** Where its name starts: the band's start, or the view's edge while the start is out of view. */
  labelX: number;
  /** The room its name has before the band ends; the name is cut to fit. */
  labelWidth: number;
  /** The era goes on past the view's left or right edge: no edge is drawn there, since it is none. */
  openLeft: boolean;
  openRight: boolean;
}

export interface Layout {
  width: number;
  /** The height its labels take: the frame's, or taller where they cannot fit in it. */
  height: number;
  /**
   * The height the chart keeps on the page, the overview's in every view: where a view's labels
   * cannot fit in it even folded (a day of many events at the deepest zoom), the chart scrolls.
   */
  frame: number;
  /** y of the axis line, which the marks sit on. */
  axisY: number;
  scale: ScaleTime<number, number>;
  /** Axis ticks with their x; the axis line runs the whole width. */
  ticks: Array<Tick & { x: number }>;
  /** Marks of the events in view that are labelled one by one. */
  marks: MarkLayout[];
  /** Labels in time order: single events and clusters. */
  labels: LabelLayout[];
  /**
   * The density strip: every event in view as a tick on the axis, by group, whatever folds, so an
   * overview shows where events bunch. Each group's xs are whole pixels, each once.
   */
  strip: StripGroup[];
  eras: EraLayout[];
  /** y of the era strip's top, under the axis labels. */
  eraY: number;
  /** The level of folding the labels fit at (see foldingAt). */
  level: number;
}

export interface LayoutOptions {
  scale: ScaleTime<number, number>;
  width: number;
  locale: string;
  measure: MeasureText;
  /** How a cluster names its size: "12 events", in the reader's language. */
  countEvents?: (count: number) => string;
  /** A cluster's size as a number alone, in the reader's digits ("12", "١٢"), where words do not fit. */
  formatCount?: (count: number) => string;
  /** What a titled cluster says under its lead event's title: "+ 45 more", in the reader's language. */
  moreEvents?: (count: number) => string;
  /** Time runs right to left (a right-to-left page). */
  rtl?: boolean;
  /** Some event is key (importance 1): its label is kept where others fold. */
  keyed?: boolean;
  /**
   * The id of the event the reader has moved to: it keeps its own label where others fold, before
   * any key event. Given at the deepest zoom only, where zooming cannot pull it out of a cluster.
   */
  place?: string;
  /** The finest precision of the file's dates: no tick names anything finer (see createTicks). */
  finest?: Finest;
  /**
   * Where the overview's axis lies and how tall it is (px): a view with fewer labels places them
   * within that, so zooming, panning or filtering never shrinks the chart under the reader.
   */
  overview?: Pick<Layout, 'axisY' | 'height'>;
  /** 'years' for deep time: positions are year numbers (see year-scale.ts), not instants. */
  axis?: Timeline['scale'];
  /** Named spans of background context. */
  eras?: readonly Era[];
  /**
   * Fold crowded stretches into clusters (default). Off at the deepest zoom, where zooming
   * further cannot pull events on the same day apart: there they stack instead, up to STACK_CAP.
   */
  fold?: boolean;
  /**
   * The level of folding to start from (see foldingAt): the layout folds more where its labels do
   * not fit, never less. A caller holds a level while the reader pans, so that the clusters on
   * screen keep their events (see buildView).
   */
  level?: number;
  /** What cluster item ids start with (clusterPrefix of the timeline's events). */
  clusterPrefix?: string;
  /**
   * Label texts already wrapped, from earlier layouts of the same timeline (events and axis) with
   * the same locale, strings, width and text metrics (see createLabelTexts): a zoom frame then
   * measures only labels it has not seen.
   */
  texts?: LabelTexts;
}

/** A label's text wrapped to one width, and the size it then takes. */
interface Shape {
  dateLines: string[];
  lines: string[];
  more: string;
  width: number;
  height: number;
}

interface LabelText {
  date: string;
  /** The text wrapped to the label's width, then to wider widths that take fewer lines. */
  shapes: Shape[];
}

/** Wrapped label texts by event, or by a cluster's first and last start and size. */
export type LabelTexts = Map<TimelineEvent | string, LabelText>;

export function createLabelTexts(): LabelTexts {
  return new Map();
}

export function layoutTimeline(events: readonly TimelineEvent[], options: LayoutOptions): Layout {
  if (!options.rtl) return layoutLeftToRight(events, options);
  // Right to left: lay out on the mirror image of the scale, then mirror every position back.
  const { scale, width } = options;
  const mirrored = layoutLeftToRight(events, mirror(options));
  const flip = (x: number) => width - x;
  return {
    ...mirrored,
    scale,
    ticks: mirrored.ticks.map((t) => ({ ...t, x: flip(t.x) })),
    eras: mirrored.eras.map((e) => ({
      ...e,
      x0: flip(e.x1),
      x1: flip(e.x0),
      labelX: flip(e.labelX) - e.labelWidth,
      openLeft: e.openRight,
      openRight: e.openLeft,
    })),
    marks: mirrored.marks.map((m) => ({ ...m, x0: flip(m.x0), x1: flip(m.x1) })),
    strip: mirrored.strip.map((g) => ({ ...g, xs: g.xs.map(flip) })),
    labels: mirrored.labels.map((l) => {
      const label = {
        ...l,
        x: flip(l.x),
        left: width - l.left - l.width,
        anchor: l.anchor === 'start' ? ('end' as const) : ('start' as const),
      };
      return label.kind === 'cluster' ? { ...label, x0: flip(label.x1), x1: flip(label.x0) } : label;
    }),
  };
}

/** The level of folding at which a view's labels fit (see foldingAt), without laying out the rest. */
export function foldingLevel(events: readonly TimelineEvent[], options: LayoutOptions): number {
  return arrangeLabels(events, options.rtl ? mirror(options) : options).level;
}

/** The options of a right-to-left layout on the mirror image of its scale, to lay out left to right. */
function mirror(options: LayoutOptions): LayoutOptions {
  const { scale, width } = options;
  return { ...options, scale: scale.copy().range(scale.range().map((r) => width - r)) };
}

/**
 * Steps 1 to 3 of a layout: the events in view, the axis's ticks, and the labels folded and
 * placed at the lowest level of folding (see foldingAt) where they fit.
 */
function arrangeLabels(events: readonly TimelineEvent[], options: LayoutOptions) {
  const {
    scale,
    width,
    locale,
    measure,
    fold = true,
    countEvents = (n) => `${n} events`,
    moreEvents = (n) => `+ ${n} more`,
    formatCount = String,
    axis = 'calendar',
    finest = 'time',
    eras = [],
  } = options;
  const maxWidth = Math.min(240, Math.max(120, width * 0.45));
  // At most a comfortable line of reading, about 75 characters.
  const widest = Math.max(maxWidth, Math.min(WIDEST, width * 0.54));
  const widerWidths = [Math.min(maxWidth * 1.6, widest), widest].filter(
    (w, i, all) => w > maxWidth && all.indexOf(w) === i,
  );
  const measureDate: Measure = (text) => measure(text, 'date');
  const measureTitle: Measure = (text) => measure(text, 'title');
  const measureCount: Measure = (text) => measure(text, 'count');
  const lineOf = (kind: TextKind) => measure.lineHeight?.[kind] ?? TYPE[kind].line;

  // 1. Cull: only events that reach into the view are drawn.
  const { visible, x } = cullToView(events, scale, width);
  const xAt = (index: number) => clamp(x(visible[index].from), 0, width);
  // 2. Ticks: the stretches between them are what crowded events fold by.
  const ticksFor = (room: number) =>
    axis === 'years' ? createYearTicks(scale, room, locale) : createTicks(scale, room, locale, finest);
  const ticks = fitTicks(ticksFor, scale, width, measureDate);
  const tickXs = ticks.map((t) => scale(t.value));
  // Key events (importance 1) keep their titles where the others fold; most files have none to look for.
  const keys = options.keyed ? visible.flatMap((event, i) => (event.importance === 1 ? [i] : [])) : [];
  const place = options.place === undefined ? -1 : visible.findIndex((e) => e.id === options.place);
  const texts = options.texts ?? createLabelTexts();
  // A deeper view keeps to the overview's room on either side of its axis (see overview).
  const { overview } = options;
  const belowFrom = (axisY: number) => axisY + AXIS + (eras.length ? ERA_STRIP : 0) + BELOW;
  const room = overview && { above: overview.axisY - LEADER, below: overview.height - belowFrom(overview.axisY) };

  /** Folds the events as `fold` says, then wraps and places the labels. */
  const arrange = ({ boundaries, capacity, stretch }: Folding, giveUp: boolean, plain: boolean) => {
    // At the deepest zoom, a crowded stretch's first events keep their labels, as many as it holds.
    const items = clusterByInterval(visible.length, xAt, boundaries, capacity, fold ? 0 : Infinity, keys, place);
    // A cluster says "12 events" where a stretch has room for it, else only "12", as map clusters do.
    const largest = max(items, (item) => (item.kind === 'cluster' ? item.end - item.start : 0)) ?? 0;
    const roomy = measureCount(countEvents(largest)) + 2 * PAD_X + GAP_X <= stretch;
    const count = roomy ? countEvents : formatCount;
    // Where a stretch has room for a line of a title, a cluster shows its lead event's.
    const titled = !plain && stretch >= TITLED;
    const boxes = items.map((item) => {
      const key =
        item.kind === 'event'
          ? visible[item.index]
          : `${visible[item.start].from} ${visible[item.end - 1].from} ${item.end - item.start} ${roomy} ${titled}`;
      // The text of each label, wrapped: the same on every frame of a zoom, so kept. Clusters differ
      // at every zoom level: forget them now and then rather than hold them all.
      const text = remember(
        texts,
        key,
        () => {
          const { date, title, more } = describeItem(
            item,
            visible,
            locale,
            count,
            titled ? moreEvents : undefined,
            axis,
          );
          // A cluster names its lead event and how many more it holds where its stretch has room, else
          // only its size: its stretch is drawn on the axis between the ticks, and its accessible name
          // says the dates. Small, clusters share the lowest level instead of stacking up a level each.
          const wrap = (labelWidth: number): Shape => {
            const inner = labelWidth - 2 * PAD_X;
            const dateLines = item.kind === 'event' || more ? wrapText(date, inner, measureDate) : [];
            const measureLine = item.kind === 'event' || more ? measureTitle : measureCount;
            const lines = wrapText(title, inner, measureLine, item.kind === 'event' ? TITLE_LINES : 2);
            const moreLines = more ? [more] : [];
            const textWidth = Math.max(
              max(dateLines, measureDate) ?? 0,
              max(lines, measureLine) ?? 0,
              max(moreLines, measureCount) ?? 0,
            );
            return {
              // +2: a pixel of slack each side, so rounding never wraps a line the layout measured as fitting
              width: Math.min(labelWidth, Math.ceil(textWidth) + 2 * PAD_X + 2),
              height:
                dateLines.length * lineOf('date') +
                lines.length * lineOf(measureLine === measureCount ? 'count' : 'title') +
                moreLines.length * lineOf('count') +
                2 * PAD_Y,
              dateLines,
              lines,
              more,
            };
          };
          // A cluster's title is two lines at most: narrower than an event's label, as wide as its dates
          // need, so that more clusters stand side by side in a view's room.
          const width =
            item.kind === 'event'
              ? maxWidth
              : Math.min(maxWidth, Math.max(CLUSTER_WIDTH, measureDate(date) + 2 * PAD_X + 2));
          const shapes = [wrap(width)];
          // Wider, a title takes fewer lines: where the chart has room, a lower label makes it lower.
          if (item.kind === 'event')
            for (const wider of widerWidths) {
              const shape = wrap(wider);
              if (shape.height < shapes[shapes.length - 1].height) shapes.push(shape);
            }
          return { date, shapes };
        },
        2 * events.length + 2000,
      );
      const [shape, ...wider] = text.shapes;
      return { ...shape, wider, date: text.date, x: xAt(item.kind === 'event' ? item.index : item.start) };
    });
    const arrangement = placeLabels(boxes, {
      bounds: width,
      gapX: GAP_X,
      gapY: GAP_Y,
      below: BELOW,
      room,
      giveUp,
      improve: !room || visible.length <= CAREFUL,
    });
    return { items, boxes, ...arrangement };
  };

  // 3. Fold crowded stretches into clusters, and place the labels clear of each other, above the axis
  // and under its tick labels. Where they do not fit (a leader through a label, or past the overview's
  // room), fold more, a level at a time (see foldingAt), from the level the caller asks for.
  // Clusters named by their lead event first; where no level fits those, clusters that say only
  // their size, a line high. Placements that fail are given up at once (see giveUp); where none
  // fits, the most folded is placed whole, and the chart scrolls.
  const folding = foldingAt(tickXs, fold, width, (room) => ticksFor(room).map((t) => scale(t.value)));
  const start = Math.min(options.level ?? 0, folding.last);
  for (const plain of [false, true])
    for (let level = start; level <= folding.last; level++) {
      const arranged = arrange(folding.at(level), true, plain);
      if (!arranged.overflow && !arranged.crossings)
        return { visible, x, xAt, ticks, tickXs, ...arranged, level, room, belowFrom };
    }
  const arranged = arrange(folding.at(folding.last), false, true);
  return { visible, x, xAt, ticks, tickXs, ...arranged, level: folding.last, room, belowFrom };
}

function layoutLeftToRight(events: readonly TimelineEvent[], options: LayoutOptions): Layout {
  const { scale, width, overview, fold = true, eras = [], clusterPrefix: prefix = 'cluster:' } = options;
  const {
    visible,
    x,
    xAt,
    ticks,
    tickXs,
    items,
    boxes,
    placements: placed,
    level,
    room,
    belowFrom,
  } = arrangeLabels(events, options);
  // 4. Heights: the labels' above the axis and below it, within the overview's.
  const heightOf = (i: number) => (placed[i].shape ? boxes[i].wider[placed[i].shape - 1] : boxes[i]).height;
  const reach = (side: Side) => max(placed, (p, i) => (p.side === side ? p.level + heightOf(i) : 0)) ?? 0;
  // Within the overview's height, where the labels fit in it; taller, and scrolled, only where they cannot.
  const labelsHeight = Math.max(reach('above'), room?.above ?? 0);
  const axisY = labelsHeight + LEADER;
  const eraY = axisY + AXIS;
  const belowY = belowFrom(axisY);
  const lowest = reach('below');
  const height = Math.max(
    lowest ? belowY + lowest : belowY - BELOW,
    overview ? overview.height - overview.axisY + axisY : 0,
  );

  // 5. The labels where they were placed, the marks of the events labelled, the eras and the strip.
  const labels = items.map((item, i): LabelLayout => {
    const { side, level, left, anchor, shape } = placed[i];
    const { x, date } = boxes[i];
    const { width: labelWidth, height, dateLines, lines, more } = shape ? boxes[i].wider[shape - 1] : boxes[i];
    const top = side === 'above' ? labelsHeight - level - height : belowY + level;
    const box = { x, date, width: labelWidth, height, dateLines, lines, left, top, anchor, side };
    if (item.kind === 'event') return { ...box, kind: 'event', event: visible[item.index] };
    const members = visible.slice(item.start, item.end);
    return {
      ...box,
      more,
      lead: leadOf(members),
      kind: 'cluster',
      item: prefix + members[0].id,
      zoomable: fold,
      events: members,
      x0: box.x,
      x1: xAt(item.end - 1),
    };
  });
  const eraLayouts = layoutEras(eras, scale, width);
  return {
    width,
    // The era strip stays while no era is in view: the chart keeps its height.
    height,
    frame: overview?.height ?? height,
    level,
    axisY,
    eras: eraLayouts,
    eraY,
    scale,
    ticks: ticks.map((tick, i) => ({ ...tick, x: tickXs[i] })),
    strip: layoutStrip(visible, x, width),
    marks: labels
      .filter((l): l is EventLabel => l.kind === 'event')
      // A range that runs past the view is cut at its edges, as the eras are: the SVG draws past
      // its box (for marks and halos at the very ends), so nothing else would stop a zoomed bar.
      .map(({ event }) => ({
        event,
        x0: clamp(scale(event.from), 0, width),
        x1: clamp(scale(event.to), 0, width),
        shape: shapeOf(event),
      })),
    labels,
  };
}

/** How crowded stretches fold at one level: between which boundaries, and how many labels each keeps. */
interface Folding {
  boundaries: readonly number[];
  capacity: number;
  /** The stretches' width (px), which says whether a cluster has room to name its lead event. */
  stretch: number;
}

/**
 * The levels of folding, from the fewest clusters to the most: level 0 folds a stretch between
 * the axis's ticks past about one label per 40 px; each level up keeps half as many labels a
 * stretch, down to one; then the stretches are those of coarser ticks, each level twice as coarse
 * (calendar ticks, so a pan does not move them: quarters for months, decades for years); the
 * last level is the view as one stretch. A level depends on the zoom (and, a little, on the ticks
 * in view), not on where the view is: the caller may hold one level while the reader pans (see
 * buildView).
 */
function foldingAt(
  tickXs: readonly number[],
  fold: boolean,
  width: number,
  ticksFor: (room: number) => number[],
): { at(level: number): Folding; last: number } {
  const spacing = tickXs.length > 1 ? (tickXs[tickXs.length - 1] - tickXs[0]) / (tickXs.length - 1) : width;
  const perStretch = Math.max(1, Math.floor(spacing / PX_PER_LABEL));
  // At the deepest zoom, where zooming cannot pull events on one day apart, a stretch stacks more.
  const most = fold ? perStretch : Math.max(perStretch, STACK_CAP);
  const halvings = Math.floor(Math.log2(most));
  // Coarser ticks down to two in the view (d3 asks for at least two), then the view as one stretch.
  const coarsenings = Math.max(0, Math.ceil(Math.log2(width / (2 * TICK_ROOM))));
  const at = (level: number): Folding => {
    if (level <= halvings) return { boundaries: tickXs, capacity: Math.max(1, most >> level), stretch: spacing };
    if (level > halvings + coarsenings) return { boundaries: [], capacity: 1, stretch: width };
    const boundaries = ticksFor(width / 2 ** (level - halvings));
    const stretch =
      boundaries.length > 1 ? (boundaries[boundaries.length - 1] - boundaries[0]) / (boundaries.length - 1) : width;
    return { boundaries, capacity: 1, stretch };
  };
  // Each level made once: the search may try a level twice (titled clusters, then plain ones).
  const made: Folding[] = [];
  return { last: halvings + coarsenings + 1, at: (level) => (made[level] ??= at(level)) };
}

/** Every event's tick, a whole pixel each, once per pixel and group: 10,000 events draw no more than the width. */
function layoutStrip(visible: readonly TimelineEvent[], x: (value: number) => number, width: number): StripGroup[] {
  const groups = new Map<string | undefined, { event: TimelineEvent; seen: Set<number> }>();
  for (const event of visible) {
    const at = Math.round(clamp(x(event.from), 0, width));
    let group = groups.get(event.group);
    if (!group) groups.set(event.group, (group = { event, seen: new Set() }));
    group.seen.add(at);
  }
  return [...groups.values()].map(({ event, seen }) => ({ event, xs: [...seen] }));
}

/** Room between two tick labels, in px. */
const TICK_GAP = 8;

/**
 * Ticks whose labels do not run into each other: d3 may give twice as many ticks as asked for, and
 * a label naming its year is wider. While two neighbours collide, ask for half as many.
 */
function fitTicks(
  make: (room: number) => Tick[],
  scale: LayoutOptions['scale'],
  width: number,
  measure: Measure,
): Tick[] {
  const fit = (ticks: Tick[]) => {
    const xs = ticks.map((t) => scale(t.value));
    const half = ticks.map((t) => measure(t.label) / 2);
    return ticks.every((_, i) => i === 0 || xs[i] - xs[i - 1] >= half[i] + half[i - 1] + TICK_GAP);
  };
  let room = width;
  let ticks = make(room);
  while (room >= 200 && !fit(ticks)) ticks = make((room /= 2));
  // A narrow chart asks d3 for 2 ticks and may still get more: keep every other one.
  while (ticks.length > 2 && !fit(ticks)) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}

/** Eras in view, each band clipped to the view and its name kept in view while any of it is. */
function layoutEras(eras: readonly Era[], scale: LayoutOptions['scale'], width: number): EraLayout[] {
  return eras
    .map((era) => {
      const [from, to] = [scale(era.from), scale(era.to)];
      return { era, x0: Math.max(from, 0), x1: Math.min(to, width), openLeft: from < 0, openRight: to > width };
    })
    .filter(({ x0, x1 }) => x1 > x0)
    .map((e) => ({ ...e, labelX: e.x0, labelWidth: e.x1 - e.x0 }));
}

function describeItem(
  item: Item,
  events: readonly TimelineEvent[],
  locale: string,
  formatCount: (n: number) => string,
  /** Given, the cluster is titled: its lead's title, then "+ 45 more". */
  moreEvents: ((n: number) => string) | undefined,
  axis: Timeline['scale'],
): { date: string; title: string; more: string } {
  if (item.kind === 'event')
    return { date: formatEventDate(events[item.index], locale), title: events[item.index].title, more: '' };
  const first = events[item.start];
  const last = events[item.end - 1];
  // From the first start to the last start: a long range inside must not stretch the cluster.
  const date =
    axis === 'years'
      ? `${formatYearNumber(first.from, locale)} – ${formatYearNumber(last.from, locale)}`
      : formatAxisRange(first.from, last.from, locale);
  const size = item.end - item.start;
  return moreEvents
    ? { date, title: leadOf(events.slice(item.start, item.end)).title, more: moreEvents(size - 1) }
    : { date, title: formatCount(size), more: '' };
}

/** A cluster's most important event: the first of its key events, else of its default ones, else its first. */
export function leadOf(events: readonly TimelineEvent[]): TimelineEvent {
  return leadingEvents(events, 1)[0];
}

/**
 * A cluster's first `count` events by importance, then time: what its accessible name reads out.
 * Walks the events once per level of importance and stops when it has enough.
 */
export function leadingEvents(events: readonly TimelineEvent[], count: number): TimelineEvent[] {
  const found: TimelineEvent[] = [];
  for (const level of [1, 2, 3])
    for (const event of events) {
      if (found.length === count) return found;
      if ((event.importance ?? 2) === level) found.push(event);
    }
  return found;
}

/** A day or a moment is a point; a month, a year or a range covers its span. */
export function shapeOf(event: TimelineEvent): 'point' | 'band' {
  const { precision } = event.start;
  return event.end || precision === 'month' || precision === 'year' ? 'band' : 'point';
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
