/**
 * Measures label text in the font the labels are drawn in, with a canvas (no layout reads), and
 * re-measures when web fonts finish loading, since their widths differ from the fallback's. The
 * measuring function is replaced whenever widths may have changed, so a layout keyed on it (see
 * buildView) is made again, and one keyed on the same function can be kept.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TYPE, type MeasureText, type TextKind } from '../layout/layout.js';
import { remember } from '../util/cache.js';

export class TextMeasureController implements ReactiveController {
  private readonly cache = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private family = '';
  private font = '';
  private readonly onFontsLoaded = () => {
    this.renew();
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  /** The host's writing direction, read with the font (one style read per update). */
  direction = 'ltr';

  /** Reads the host's font family once per update; call before `measure`. */
  refresh(): void {
    const style = getComputedStyle(this.host);
    this.direction = style.direction;
    const family = style.fontFamily;
    if (family === this.family) return;
    this.family = family;
    this.renew();
  }

  /** Width in px of a text in the font of its kind. */
  measure: MeasureText = this.createMeasure();

  private renew(): void {
    this.cache.clear();
    this.measure = this.createMeasure();
  }

  private createMeasure(): MeasureText {
    // Words, titles and dates of every data set shown: a page that keeps replacing its data (a live
    // blog) must not grow the cache without end.
    return (text: string, kind: TextKind) =>
      remember(this.cache, kind + '\u0000' + text, () => this.measureNow(text, kind), 20_000);
  }

  private measureNow(text: string, kind: TextKind): number {
    this.context ??= document.createElement('canvas').getContext('2d');
    const { size, weight } = TYPE[kind];
    const font = `${weight} ${size}px ${this.family || 'sans-serif'}`;
    // Setting a canvas font parses it: only when it changes, not for every word.
    if (this.context && this.font !== font) this.context.font = this.font = font;
    // Without a canvas, an average glyph of 0.6 em is a safe over-estimate.
    return this.context ? this.context.measureText(text).width : text.length * size * 0.6;
  }
}
