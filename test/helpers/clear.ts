// What every chart layout keeps to, whatever it shows: labels apart, inside the chart, each leader
// at its label's edge and through no other label.
import { expect } from '@open-wc/testing';
import type { Layout } from '../../src/layout/layout.js';

/** Every pair of labels apart, every label inside the chart, every leader clear of other labels. */
export function expectClear(layout: Layout, what: string) {
  const { labels, width, height, axisY } = layout;
  labels.forEach((a, i) => {
    expect(a.left, `${what}: label ${i} left`).to.be.at.least(0);
    expect(a.left + a.width, `${what}: label ${i} right`).to.be.at.most(width + 0.5);
    expect(a.top, `${what}: label ${i} top`).to.be.at.least(0);
    expect(a.top + a.height, `${what}: label ${i} bottom`).to.be.at.most(height);
    // Its leader meets it at one of its edges, on the side it grows from.
    const edge = a.anchor === 'start' ? a.left : a.left + a.width;
    if (a.width < width) expect(Math.abs(edge - a.x), `${what}: label ${i} leader at its edge`).to.be.below(1);
    labels.slice(i + 1).forEach((b, j) => {
      const apart =
        a.left + a.width <= b.left ||
        b.left + b.width <= a.left ||
        a.top + a.height <= b.top ||
        b.top + b.height <= a.top;
      expect(apart, `${what}: labels ${i} and ${i + j + 1} overlap`).to.equal(true);
    });
  });
  // A leader runs from the axis to its label: through no other label on the way.
  for (const a of labels) {
    const [from, to] = a.side === 'above' ? [a.top + a.height, axisY] : [axisY, a.top];
    for (const b of labels) {
      if (b === a) continue;
      const through = a.x > b.left + 1 && a.x < b.left + b.width - 1 && b.top < to && b.top + b.height > from;
      if (through) expect.fail(`${what}: the leader at ${a.x} runs through a label at ${b.left}–${b.left + b.width}`);
    }
  }
}
