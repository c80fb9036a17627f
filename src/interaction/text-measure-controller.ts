/**
 * Measures label text in the type the labels are drawn in, with a canvas (no layout reads), so
 * that the layout can place labels without overlap before they exist.
 *
 * The type is TYPE's until the browser says otherwise: the chart holds a hidden probe, a label's
 * date, title and count in the label's styles, and a ResizeObserver on it sees whatever changes the
 * rendered type (web fonts arriving, a reader's text-spacing tool or style sheet, the page's
 * `::part(label)`). Its computed font, letter and word spacing and line height then replace the
 * assumed ones. The measuring function is replaced whenever widths may have changed, so a layout
 * keyed on it (see buildView) is made again, and one keyed on the same function can be kept.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TYPE, type MeasureText, type TextKind } from '../layout/layout.js';
import { remember } from '../util/cache.js';

/** How the browser sets text of one kind: what a canvas needs to measure it as drawn. */
interface KindType {
  /** A canvas font: style, small caps, weight, size and family. */
  font: string;
  /** CSS text-transform: the letters drawn may not be the letters of the text. */
  transform: string;
  letterSpacing: number;
  wordSpacing: number;
  lineHeight: number;
}

type LabelType = Record<TextKind, KindType>;

const KINDS = Object.keys(TYPE) as TextKind[];

export class TextMeasureController implements ReactiveController {
  private readonly cache = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private family = '';
  private font = '';
  /** The type as the browser applies it, once the probe has been read; TYPE in the host's family until then. */
  private type?: LabelType;
  private probe?: Element;
  private observer?: ResizeObserver;
  private readonly onFontsLoaded = () => {
    this.renew();
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
    // Moved in the page: the same probe, watched again (its type may differ where it now stands).
    if (this.probe) this.observer?.observe(this.probe);
  }

  hostUpdated(): void {
    const probe = this.host.shadowRoot?.querySelector('.probe') ?? undefined;
    if (probe === this.probe) return;
    this.observer?.disconnect();
    this.probe = probe;
    if (!probe || typeof ResizeObserver === 'undefined') return;
    // Called once as it starts observing, then whenever the type changes the probe's size.
    this.observer ??= new ResizeObserver(() => this.readProbe());
    this.observer.observe(probe);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
    this.observer?.disconnect();
  }

  /** The host's writing direction, read with the font (one style read per update). */
  direction: 'ltr' | 'rtl' = 'ltr';

  /** Reads the host's font family once per update; call before `measure`. */
  refresh(): void {
    const style = getComputedStyle(this.host);
    this.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    const family = style.fontFamily;
    if (family === this.family) return;
    this.family = family;
    // The probe's type named the old family: TYPE in the new one until the probe is read again.
    this.type = undefined;
    this.renew();
  }

  /** Width in px of a text in the type of its kind. */
  measure: MeasureText = this.createMeasure();

  /** Takes the probe's type; lays out again only if it differs from the type measured in. */
  private readProbe(): void {
    const probe = this.probe;
    if (!probe?.isConnected) return;
    const type = {} as LabelType;
    for (const kind of KINDS) {
      const element = probe.querySelector(`.${kind}`);
      if (!element) return;
      type[kind] = readType(getComputedStyle(element), TYPE[kind].line);
    }
    if (sameType(type, this.type ?? this.assumedType())) return;
    this.type = type;
    this.renew();
    // Not within the observer's callback: a layout changed there leaves other observers' notes
    // undelivered, which the page sees as an error. The labels are placed again in the next frame.
    requestAnimationFrame(() => this.host.isConnected && this.host.requestUpdate());
  }

  /** TYPE in the host's font family, with no extra spacing: what a page without text settings shows. */
  private assumedType(): LabelType {
    const family = this.family || 'sans-serif';
    const type = {} as LabelType;
    for (const kind of KINDS) {
      const { size, weight, line } = TYPE[kind];
      const font = `${weight} ${size}px ${family}`;
      type[kind] = { font, transform: 'none', letterSpacing: 0, wordSpacing: 0, lineHeight: line };
    }
    return type;
  }

  private renew(): void {
    this.cache.clear();
    this.measure = this.createMeasure();
  }

  private createMeasure(): MeasureText {
    // Words, titles and dates of every data set shown: a page that keeps replacing its data (a live
    // blog) must not grow the cache without end.
    const measure: MeasureText = (text: string, kind: TextKind) =>
      remember(this.cache, kind + '\u0000' + text, () => this.measureNow(text, kind), 20_000);
    if (this.type) {
      const { date, title, count } = this.type;
      measure.lineHeight = { date: date.lineHeight, title: title.lineHeight, count: count.lineHeight };
    }
    return measure;
  }

  private measureNow(text: string, kind: TextKind): number {
    const { font, transform, letterSpacing, wordSpacing } = (this.type ?? this.assumedType())[kind];
    text = transformText(text, transform);
    this.context ??= document.createElement('canvas').getContext('2d');
    // Setting a canvas font parses it: only when it changes, not for every word.
    if (this.context && this.font !== font) this.context.font = this.font = font;
    // Without a canvas, an average glyph of 0.6 em is a safe over-estimate.
    const width = this.context ? this.context.measureText(text).width : text.length * TYPE[kind].size * 0.6;
    if (!letterSpacing && !wordSpacing) return width;
    // The browser adds letter spacing after every character and word spacing to every space.
    return width + letterSpacing * [...text].length + wordSpacing * (text.match(/ /g)?.length ?? 0);
  }
}

function readType(style: CSSStyleDeclaration, fallbackLine: number): KindType {
  const size = parseFloat(style.fontSize);
  const italic = style.fontStyle === 'normal' ? '' : `${style.fontStyle} `;
  // The font shorthand a canvas takes knows small caps, of the variants a page may set.
  const caps = style.fontVariantCaps === 'small-caps' ? 'small-caps ' : '';
  return {
    font: `${italic}${caps}${style.fontWeight} ${style.fontSize} ${style.fontFamily || 'sans-serif'}`,
    transform: style.textTransform,
    // 'normal' is 0 for spacing; a line height of 'normal' is about 1.2 em in common fonts.
    letterSpacing: parseFloat(style.letterSpacing) || 0,
    wordSpacing: parseFloat(style.wordSpacing) || 0,
    lineHeight: style.lineHeight === 'normal' ? Math.ceil(size * 1.2) || fallbackLine : parseFloat(style.lineHeight),
  };
}

const sameType = (a: LabelType, b: LabelType) =>
  KINDS.every((kind) => Object.entries(a[kind]).every(([key, value]) => b[kind][key as keyof KindType] === value));

/** The letters CSS draws for a text-transform (capitalize as most scripts do it: each word's first letter). */
function transformText(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toLocaleUpperCase();
  if (transform === 'lowercase') return text.toLocaleLowerCase();
  if (transform === 'capitalize')
    return text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase());
  return text;
}
