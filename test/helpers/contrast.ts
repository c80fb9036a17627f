// WCAG contrast of what the browser actually paints: computed colours in any syntax Chromium gives
// back (rgb(), rgba(), color(srgb …) from color-mix, oklab(), system colours), translucent ones
// composited over what lies behind them.

/** An sRGB colour, channels 0–255, alpha 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

let pen: CanvasRenderingContext2D | undefined;

/**
 * A CSS colour as the browser resolves it. A canvas parses every syntax a computed style can hold,
 * so no colour function needs a parser of its own here; it draws on a 1×1 pixel and reads it back.
 */
export function rgba(color: string): Rgba {
  pen ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  pen.clearRect(0, 0, 1, 1);
  pen.fillStyle = 'rgb(0 0 0 / 0)';
  pen.fillStyle = color;
  pen.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pen.getImageData(0, 0, 1, 1).data;
  if (a === 0) return [0, 0, 0, 0];
  return [r, g, b, a / 255];
}

/** `top` painted over `bottom` (source-over), `bottom` made opaque first. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const [r, g, b] = bottom;
  const a = top[3];
  return [top[0] * a + r * (1 - a), top[1] * a + g * (1 - a), top[2] * a + b * (1 - a), 1];
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's parent, through shadow roots to their hosts. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind an element's content: its own background over its ancestors', up to
 * the first opaque one (white, the canvas, if none is). `own: false` starts at the parent: what the
 * element sits on.
 */
export function backdrop(element: Element, { own = true } = {}): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = own ? element : parentOf(element); node; node = parentOf(node)) {
    const layer = rgba(getComputedStyle(node).backgroundColor);
    layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** A colour (CSS syntax, possibly translucent) over an opaque backdrop. */
export function paint(color: string, on: Rgba): Rgba {
  return over(rgba(color), on);
}

/** The colours in a computed value that may hold several (box-shadow lists, for one). */
export function colorsIn(value: string): string[] {
  return value.match(/(?:rgba?|color|oklab|oklch|lab|lch|hsla?|hwb)\([^()]*\)/g) ?? [];
}

/**
 * The lines drawn along an element's left and right sides: a border there, or a box shadow with a
 * horizontal offset (inset or outset) whose only visible part is a vertical line at that side.
 */
export function sideEdges(element: Element): { left: string[]; right: string[] } {
  const style = getComputedStyle(element);
  const edges = { left: [] as string[], right: [] as string[] };
  for (const side of ['left', 'right'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
    const kind = style.getPropertyValue(`border-${side}-style`);
    if (width > 0 && kind !== 'none' && kind !== 'hidden')
      edges[side].push(style.getPropertyValue(`border-${side}-color`));
  }
  if (style.boxShadow !== 'none')
    for (const shadow of style.boxShadow.split(/,(?![^()]*\))/)) {
      const [color] = colorsIn(shadow);
      const lengths = shadow.replace(color ?? '', '').match(/-?[\d.]+px/g) ?? [];
      const [x = 0, y = 0, blur = 0] = lengths.map(parseFloat);
      if (!color || x === 0 || y !== 0 || blur !== 0) continue;
      const inset = /\binset\b/.test(shadow);
      // An inset shadow moved right shows at the left side; an outer one moved right, past the right.
      edges[x > 0 === inset ? 'left' : 'right'].push(color);
    }
  return edges;
}
