/**
 * The one place a picture is computed: a validated timeline and the room it is shown in go in,
 * everything the render step places comes out, already scaled and positioned. The element calls
 * it on every update (through one memo), and so do keyboard navigation (`reveal`), zoom
 * preparation and the warm-up, each with the view it needs: none of them repeats its steps.
 *
 * Pure in what it returns: the same timeline and inputs give the same picture. What does not
 * change while a reader zooms (the shown events, the base scale, the zoom limit, the summary, the
 * credits, the wrapped label texts) is kept per timeline, so a zoom frame pays only for its layout.
 */
import type { ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import { countEvents, countMore, formatNumber, type Strings } from '../i18n/strings.js';
import { summarize } from '../i18n/summary.js';
import type { Orientation, Timeline, TimelineEvent } from '../model/types.js';
import { createTimeScale, finestPrecision, MARGIN_X, maxZoom, type Finest } from '../scale/time-scale.js';
import { createYearScale } from '../scale/year-scale.js';
import { remember } from '../util/cache.js';
import { memoize } from '../util/memoize.js';
import { listSourceNames } from './credits.js';
import {
  clusterPrefix,
  createLabelTexts,
  foldingLevel,
  layoutTimeline,
  type LabelTexts,
  type Layout,
  type MeasureText,
} from './layout.js';
import { layoutList, type ListItems } from './list.js';

export interface ViewInput {
  /** The widget's inner width in px. */
  width: number;
  /** The resolved BCP 47 locale of dates, numbers and words. */
  locale: string;
  /** The page's writing direction: on a right-to-left page, time runs from right to left. */
  direction: 'ltr' | 'rtl';
  /** A chart (horizontal) or the list (vertical). */
  orientation: Orientation;
  /** The reader's zoom and pan of the chart. */
  view: ZoomTransform;
  /** Widths of label text in the label fonts; a new function whenever the fonts change. */
  measure: MeasureText;
  /** The widget's words in the reader's language. */
  strings: Strings;
  /** Groups the reader has hidden with the legend. */
  hidden: ReadonlySet<string>;
  /**
   * The id of the event the reader has moved to with the keys or the detail's Next: at the deepest
   * zoom, where zooming cannot pull it out of its cluster, it keeps a label of its own.
   */
  place?: string;
}

export interface Picture {
  /** The events shown, in time order: all but those of hidden groups. */
  events: TimelineEvent[];
  /** The unzoomed scale over every event of the timeline (hiding a group does not rescale). */
  scale: ScaleTime<number, number>;
  /** The deepest zoom the data allows. */
  maxScale: number;
  /** The view the chart was laid out in. */
  view: ZoomTransform;
  /** The chart, ticks included: horizontal pictures only. */
  layout?: Layout;
  /** The events as a list: vertical pictures only. */
  list?: ListItems;
  /** The sentence before the events, for screen readers. */
  summary: string;
  /** The publications the events draw on, each once. */
  credits: string[];
}

export function buildView(timeline: Timeline, input: ViewInput): Picture {
  const { width, locale, direction, view, measure, strings } = input;
  const kept = keptFor(timeline);
  // 1. Filter: the legend hides groups.
  const events = kept.shown(input.hidden);
  // 2. Scale: the whole timeline across the width, time running with the page's direction.
  const scale = kept.scale(width, direction);
  const maxScale = kept.maxScale(scale);
  const common = {
    events,
    scale,
    maxScale,
    view,
    summary: kept.summary(events, strings, locale),
    credits: kept.credits(),
  };
  // 3a. Narrow or chosen: the list, which has nothing to place but year headings.
  if (input.orientation === 'vertical') return { ...common, list: kept.list(events, locale) };
  // 3b. The chart: cull to the view, fold crowded stretches, place the labels. The overview, the whole
  // story with every group shown, sets the height that zooming and filtering keep.
  const overview = kept.overview(scale, maxScale, width, locale, direction, measure, strings);
  // At the deepest zoom, zooming further cannot pull apart events on one day: they stack instead, and
  // the reader's place keeps its label.
  const deepest = view.k >= maxScale;
  const place = deepest ? input.place : undefined;
  if (view.k === 1 && view.x === 0 && events === timeline.events && place === undefined)
    return { ...common, layout: overview };
  const options = {
    ...chartOptions(timeline, input, kept),
    fold: !deepest,
    overview: { axisY: overview.axisY, height: overview.height },
  };
  // A pan must not refold the labels under the reader: the view folds at the level of the pages it
  // overlaps (spans of the zoomed timeline one view wide, in fixed places), each laid out alone
  // once per zoom. It folds further only where its own labels still do not fit.
  const levels = kept.levels({ events, width, locale, direction, measure, strings });
  const pageAt = (page: number) => view.translate((-page * width - view.x) / view.k, 0);
  const levelOf = (page: number) =>
    remember(
      levels,
      `${view.k} ${page}`,
      () => foldingLevel(events, { ...options, scale: pageAt(page).rescaleX(scale) }),
      PAGES,
    );
  const page = Math.floor(-view.x / width);
  const level = Math.max(levelOf(page), levelOf(page + 1));
  const layout = layoutTimeline(events, { ...options, scale: view.rescaleX(scale), place, level });
  return { ...common, layout };
}

/** Levels of folding kept per zoom and page: a pan across a few pages at a few zooms. */
const PAGES = 64;

/** What a chart of the timeline is laid out with, whatever the view. */
function chartOptions(
  timeline: Timeline,
  {
    width,
    locale,
    direction,
    measure,
    strings,
  }: Pick<ViewInput, 'width' | 'locale' | 'direction' | 'measure' | 'strings'>,
  kept: Kept,
) {
  return {
    clusterPrefix: kept.clusterPrefix(),
    width,
    locale,
    measure,
    rtl: direction === 'rtl',
    axis: timeline.scale,
    finest: kept.finest(),
    keyed: kept.keyed(),
    eras: timeline.eras,
    countEvents: (count: number) => countEvents(strings, count, locale),
    moreEvents: (count: number) => countMore(strings, count, locale),
    formatCount: (count: number) => formatNumber(count, locale),
    texts: kept.texts({ width, locale, strings, measure }),
  };
}

/** Stories this short read better as the list than as a chart that folds most of them. */
const FEW_EVENTS = 50;
/** Stories this short read better as the list than as a chart that folds any of them. */
const SHORT = 12;

/**
 * Whether a chart folds most of a short story into clusters: fewer than half its events keep a
 * label of their own, key events (which always do) left out of the count where there are others.
 * A long one always folds at first (its clusters are its overview).
 */
export function foldsMost(timeline: Timeline, input: ViewInput): boolean {
  // Counted before any layout: a long story is never judged, so it costs nothing.
  if (timeline.events.length > FEW_EVENTS) return false;
  const { layout, events } = buildView(timeline, input);
  if (!layout) return false;
  const others = events.filter((e) => e.importance !== 1);
  const judged = others.length ? others : events;
  const labelled = layout.labels.filter((l) => l.kind === 'event' && judged.includes(l.event)).length;
  // A story of a few events loses a title it cannot spare in any fold.
  return timeline.events.length <= SHORT ? labelled < judged.length : labelled * 2 < judged.length;
}

/** What stays the same for a timeline while the reader zooms, each part remade only when its own inputs change. */
interface Kept {
  shown(hidden: ReadonlySet<string>): TimelineEvent[];
  scale(width: number, direction: 'ltr' | 'rtl'): ScaleTime<number, number>;
  maxScale(scale: ScaleTime<number, number>): number;
  summary(events: readonly TimelineEvent[], strings: Strings, locale: string): string;
  credits(): string[];
  clusterPrefix(): string;
  /** The finest precision of the events' dates. */
  finest(): Finest;
  /** Whether any event is key (importance 1). */
  keyed(): boolean;
  /** The chart of the whole timeline, every group shown: its height is every view's. */
  overview(
    scale: ScaleTime<number, number>,
    maxScale: number,
    width: number,
    locale: string,
    direction: 'ltr' | 'rtl',
    measure: MeasureText,
    strings: Strings,
  ): Layout;
  list(events: readonly TimelineEvent[], locale: string): ListItems;
  /** The level of folding of each page at each zoom (see buildView), for the events shown and their text. */
  levels(madeOf: PageInputs): Map<string, number>;
  texts(madeOf: LabelTextInputs): LabelTexts;
}

/** What a label's wrapped text depends on besides its event. */
interface LabelTextInputs {
  width: number;
  locale: string;
  strings: Strings;
  measure: MeasureText;
}

/** What the folding of a page depends on besides its zoom. */
interface PageInputs extends LabelTextInputs {
  events: readonly TimelineEvent[];
  direction: 'ltr' | 'rtl';
}

const keptByTimeline = new WeakMap<Timeline, Kept>();

function keptFor(timeline: Timeline): Kept {
  let kept = keptByTimeline.get(timeline);
  if (kept) return kept;
  kept = {
    shown: memoize((hidden) =>
      hidden.size ? timeline.events.filter((e) => !e.group || !hidden.has(e.group)) : timeline.events,
    ),
    scale: memoize((width, direction) => {
      // Deep time: a year-number axis (see year-scale.ts); every ordinary file takes the calendar.
      const create = timeline.scale === 'years' ? createYearScale : createTimeScale;
      return create(timeline.events, direction === 'rtl' ? [width - MARGIN_X, MARGIN_X] : [MARGIN_X, width - MARGIN_X]);
    }),
    maxScale: memoize((scale) => maxZoom(scale, timeline)),
    summary: memoize(summarize),
    credits: memoize(() => listSourceNames(timeline.events)),
    clusterPrefix: memoize(() => clusterPrefix(timeline.events)),
    finest: memoize(() => finestPrecision(timeline.events)),
    keyed: memoize(() => timeline.events.some((e) => e.importance === 1)),
    // Kept while the width, language, words and type hold: one layout per resize, none per zoom frame.
    overview: memoize((scale, maxScale, width, locale, direction, measure, strings) => {
      const options = chartOptions(timeline, { width, locale, direction, measure, strings }, kept as Kept);
      return layoutTimeline(timeline.events, { ...options, scale, fold: maxScale > 1 });
    }),
    list: memoize(layoutList),
    // Wrapped label texts hold while what they are made of holds: kept across the frames of a zoom.
    texts: memoize((_madeOf: LabelTextInputs) => createLabelTexts()),
    levels: memoize((_madeOf: PageInputs) => new Map<string, number>()),
  };
  keptByTimeline.set(timeline, kept);
  return kept;
}
