// The density strip (issue 14, part 1): a tick per event in its group's colour and shape, and a
// pointer target: a click on it zooms in where it was clicked.
import { expect } from '@open-wc/testing';
import { button, generateTimeline, mount } from '../helpers/index.js';

/** The instant the axis shows at `x` px from the chart's left, read from its ticks. */
function instantAt(root: ShadowRoot, x: number): number {
  const ticks = [...root.querySelectorAll<SVGGElement>('.tick')].map((t) => ({
    value: Number(t.dataset.value),
    x: Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform')!)![1]),
  }));
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  return a.value + ((x - a.x) * (b.value - a.value)) / (b.x - a.x);
}

describe('density strip', () => {
  it('zooms in around the point of a click, keeping that date under the pointer', async () => {
    const { el } = await mount({ events: generateTimeline(500), width: 1000 });
    const root = el.shadowRoot!;
    const target = root.querySelector<SVGRectElement>('.strip-target')!;
    const chart = root.querySelector('.chart')!.getBoundingClientRect();
    const before = instantAt(root, 700);
    const span = instantAt(root, 900) - instantAt(root, 100);
    target.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        clientX: chart.left + 700,
        clientY: target.getBoundingClientRect().top + 8,
      }),
    );
    await el.updateComplete;
    expect(button(el, 'Reset zoom').disabled).to.equal(false);
    // Four times deeper, and the date that was under the pointer is still there (to within a day).
    expect(span / (instantAt(root, 900) - instantAt(root, 100))).to.be.closeTo(4, 0.01);
    expect(Math.abs(instantAt(root, 700) - before)).to.be.below(86_400_000);
  });

  it('draws each group in the shape its legend swatch has', async () => {
    const { el } = await mount({ events: generateTimeline(500), width: 1000 });
    const root = el.shadowRoot!;
    // The legend's swatch by its element, the strip's tick by its path: circle, square, diamond, triangle.
    const swatchShape = (e: Element) =>
      e.localName === 'circle'
        ? 'circle'
        : e.localName === 'rect'
          ? 'square'
          : e.getAttribute('d')!.includes('l7.5 7.5')
            ? 'diamond'
            : 'triangle';
    const tickShape = (d: string) =>
      d.includes('a2.5') ? 'circle' : d.includes('h5v5') ? 'square' : d.includes('l3.5 3.5') ? 'diamond' : 'triangle';
    const swatches = [...root.querySelectorAll('.legend-item svg > *')];
    expect(swatches.length).to.equal(3);
    swatches.forEach((swatch, i) => {
      const strip = root.querySelector(`path.strip.g${i + 1}`)!;
      const d = strip.getAttribute('d')!;
      expect(tickShape(d), `group ${i + 1}`).to.equal(swatchShape(swatch));
      // One tick for each of its pixels: every segment the same shape.
      expect(
        new Set(
          d
            .split('M')
            .filter(Boolean)
            .map((segment) => tickShape(segment)),
        ).size,
      ).to.equal(1);
    });
  });
});
