import { expect } from '@open-wc/testing';
import { placeLabels, wrapText, type LabelBox, type Placement } from '../../src/layout/labels.js';
import { random } from '../helpers/index.js';

const measure = (text: string) => text.length * 8;

function rects(boxes: LabelBox[], placed: Placement[]) {
  return placed.map((p, i) => ({
    left: p.left,
    right: p.left + boxes[i].width,
    bottom: p.level,
    top: p.level + boxes[i].height,
    x: boxes[i].x,
  }));
}

describe('wrapText', () => {
  it('breaks between words to fit the width', () => {
    expect(wrapText('Sessions meets Kislyak in his Senate office', 120, measure)).to.deep.equal([
      'Sessions meets',
      'Kislyak in his',
      'Senate office',
    ]);
  });

  it('keeps a word longer than the line whole, on its own line', () => {
    expect(wrapText('a Extraordinarily b', 80, measure)).to.deep.equal(['a', 'Extraordinarily', 'b']);
  });

  it('returns no line for no text', () => {
    expect(wrapText('  ', 80, measure)).to.deep.equal([]);
  });
});

describe('placeLabels', () => {
  const options = { bounds: 360, gapX: 6, gapY: 8 };

  it('keeps labels with room beside each other on the lowest level', () => {
    const placed = placeLabels(
      [
        { x: 20, width: 100, height: 40 },
        { x: 340, width: 100, height: 40 },
      ],
      options,
    ).placements;
    expect(placed.map((p) => p.level)).to.deep.equal([0, 0]);
    expect(placed.map((p) => p.anchor)).to.deep.equal(['start', 'end']);
    expect(placed[1].left).to.equal(240);
  });

  it('never lets a label leave the chart', () => {
    const placed = placeLabels(
      [
        { x: 355, width: 100, height: 40 },
        { x: 2, width: 100, height: 40 },
      ],
      { ...options, bounds: 360 },
    ).placements;
    for (const p of placed) {
      expect(p.left).to.be.at.least(0);
      expect(p.left + 100).to.be.at.most(360);
    }
  });

  for (const [count, bounds] of [
    [8, 360],
    [50, 768],
    [200, 1280],
  ]) {
    it(`never overlaps two of ${count} random labels in ${bounds} px, and each covers its own anchor`, () => {
      const next = random(count);
      const boxes = Array.from({ length: count }, () => ({
        x: Math.round(next() * bounds),
        width: 60 + Math.round(next() * 140),
        height: 24 + Math.round(next() * 3) * 19,
      }));
      const placed = rects(boxes, placeLabels(boxes, { ...options, bounds }).placements);
      placed.forEach((a, i) => {
        expect(a.left, `label ${i} left`).to.be.at.least(0);
        expect(a.right, `label ${i} right`).to.be.at.most(bounds);
        expect(a.x, `label ${i} anchor`).to.be.within(a.left, a.right);
        placed.slice(i + 1).forEach((b, j) => {
          const apart = a.right <= b.left || b.right <= a.left || a.top <= b.bottom || b.top <= a.bottom;
          expect(apart, `labels ${i} and ${i + j + 1} overlap`).to.equal(true);
        });
      });
    });
  }

  it('stacks labels that share a day in a stable order, the first one lowest', () => {
    const boxes = [0, 1, 2].map(() => ({ x: 100, width: 120, height: 40 }));
    expect(placeLabels(boxes, options).placements.map((p) => p.level)).to.deep.equal([0, 48, 96]);
  });

  it('keeps within the room it is given where it can, and says how far past it it goes where it cannot', () => {
    // Three labels on one day: stacked above they reach 136 px; with 90 px above and 50 below, two
    // go above and one below.
    const boxes = [0, 1, 2].map(() => ({ x: 100, width: 120, height: 40 }));
    const within = placeLabels(boxes, { ...options, below: 8, room: { above: 90, below: 50 } });
    expect(within.overflow).to.equal(0);
    expect(within.placements.map((p) => p.side).sort()).to.deep.equal(['above', 'above', 'below']);
    const past = placeLabels(boxes, { ...options, below: 8, room: { above: 40, below: 40 } });
    expect(past.overflow).to.equal(48);
  });

  it('keeps leader lines out of other labels when events are spread out', () => {
    // The story's rhythm: one early event, then a dense run near the end.
    const xs = [30, 90, 250, 262, 290, 300, 318, 320];
    const boxes = xs.map((x) => ({ x, width: 150, height: 60 }));
    const placed = rects(boxes, placeLabels(boxes, options).placements);
    placed.forEach((a, i) =>
      placed.forEach((b, j) => {
        const crosses = i !== j && a.x > b.left && a.x < b.right && b.bottom < a.bottom;
        expect(crosses, `leader of ${i} runs through label ${j}`).to.equal(false);
      }),
    );
  });
});
