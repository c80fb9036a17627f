// WCAG 1.4.11 non-text contrast: every graphic a reader needs (era edges and rule, axis, button
// boundaries, the focus ring) reaches 3:1 against each colour it touches, in both themes and with
// the dark system setting; in forced colours the eras keep their edges and names.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import {
  backdrop,
  cleanup,
  contrastRatio,
  generateTimeline,
  marks,
  mount,
  paint,
  type Rgba,
  rgba,
  sideEdges,
  STORY_URL,
  type Setup,
} from '../helpers/index.js';

const MIN = 3;

/** One failing pair per line: "what on what: ratio". */
class Contrast {
  readonly failures: string[] = [];
  /** `color` (any CSS colour, maybe translucent) painted on each of `surfaces`, which must differ from it by 3:1. */
  check(what: string, color: string, surfaces: Record<string, Rgba>) {
    for (const [name, surface] of Object.entries(surfaces)) {
      const ratio = contrastRatio(paint(color, surface), surface);
      if (!(ratio >= MIN)) this.failures.push(`${what} (${color}) on ${name}: ${ratio.toFixed(2)}`);
    }
  }
}

const all = <T extends Element>(el: EventTimeline, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** A stroke as painted: its colour with its own and the element's opacity. */
/** An edge on each side where the era ends, and none where it goes on out of view (a line there would be no boundary). */
function expectEdges(era: HTMLElement, edges: { left: string[]; right: string[] }, i: number): void {
  for (const side of ['left', 'right'] as const) {
    const open = era.classList.contains(`open-${side}`);
    expect(edges[side].length > 0, `era ${i + 1}: ${open ? 'no' : 'an'} edge on the ${side}`).to.equal(!open);
  }
}

function stroke(element: Element): string {
  const style = getComputedStyle(element);
  const [r, g, b, a] = rgba(style.stroke);
  return `rgb(${r} ${g} ${b} / ${a * Number(style.strokeOpacity) * Number(style.opacity)})`;
}

/** Each side's border of an enabled button, against what it sits on and against its own fill. */
function checkButtons(contrast: Contrast, buttons: HTMLElement[]) {
  for (const button of buttons) {
    if ((button as HTMLButtonElement).disabled) continue; // inactive controls are exempt (1.4.11)
    const style = getComputedStyle(button);
    const name = `${button.className} button "${button.textContent!.trim()}"`;
    const surfaces = { 'its backdrop': backdrop(button, { own: false }), 'its fill': backdrop(button) };
    for (const side of ['top', 'right', 'bottom', 'left']) {
      expect(parseFloat(style.getPropertyValue(`border-${side}-width`)), `${name}: ${side} border`).to.be.above(0);
      contrast.check(`${name} ${side} border`, style.getPropertyValue(`border-${side}-color`), surfaces);
    }
  }
}

/** The focus ring of a button focused from the keyboard, against what the button sits on. */
function checkFocusRing(contrast: Contrast, button: HTMLElement) {
  button.focus({ focusVisible: true } as FocusOptions);
  const style = getComputedStyle(button);
  expect(button.matches(':focus-visible'), `${button.className} shows its focus ring`).to.equal(true);
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  contrast.check(`focus ring of ${button.className}`, style.outlineColor, {
    'its backdrop': backdrop(button, { own: false }),
  });
  button.blur();
}

const themes: Array<{ name: string; setup: Setup; scheme?: 'dark' }> = [
  { name: 'light', setup: { theme: 'light' } },
  { name: 'dark', setup: { theme: 'dark' } },
  { name: 'auto, dark system setting', setup: { theme: 'auto' }, scheme: 'dark' },
];

for (const { name, setup, scheme } of themes) {
  describe(`non-text contrast, ${name} theme`, () => {
    before(() => (scheme ? emulateMedia({ colorScheme: scheme }) : undefined));
    after(() => (scheme ? emulateMedia({ colorScheme: 'light' }) : undefined));
    afterEach(cleanup);

    it('edges every era, and rules the era strip, at 3:1 against the page and every era fill', async () => {
      const { el } = await mount({ src: STORY_URL, width: 1000, ...setup });
      const eras = all<HTMLElement>(el, '.era');
      expect(eras).to.have.length(3);
      const surfaces: Record<string, Rgba> = { page: backdrop(el) };
      eras.forEach((era, i) => (surfaces[`era ${i + 1} fill`] = backdrop(era)));
      const contrast = new Contrast();
      eras.forEach((era, i) => {
        const edges = sideEdges(era);
        // Both sides: where an era begins and where it ends, whether or not another era follows.
        expectEdges(era, edges, i);
        for (const color of [...edges.left, ...edges.right]) contrast.check(`era ${i + 1} edge`, color, surfaces);
        const style = getComputedStyle(era);
        expect(parseFloat(style.borderTopWidth), `era ${i + 1}: a rule`).to.be.above(0);
        contrast.check(`era ${i + 1} rule`, style.borderTopColor, surfaces);
      });
      expect(contrast.failures).to.deep.equal([]);
    });

    it('draws the axis line and every tick mark at 3:1 against the chart', async () => {
      const { el } = await mount({ src: STORY_URL, width: 1000, ...setup });
      const lines = [...all(el, '.axis .domain'), ...all(el, '.axis .tick line')];
      expect(lines.length).to.be.above(3);
      const contrast = new Contrast();
      for (const line of lines)
        contrast.check(`axis ${line.tagName}`, stroke(line), { chart: backdrop(line, { own: false }) });
      expect(contrast.failures).to.deep.equal([]);
    });

    it("outlines the toolbar's and the detail's buttons, and rings focus, at 3:1", async () => {
      const { el } = await mount({ src: STORY_URL, width: 1000, ...setup });
      marks(el)[1].click();
      await el.updateComplete;
      const buttons = all<HTMLElement>(el, '.legend-item, .zoom-button, .view-button, .close, .step');
      for (const kind of ['legend-item', 'zoom-button', 'view-button', 'close', 'step'])
        expect(
          buttons.some((b) => b.classList.contains(kind)),
          kind,
        ).to.equal(true);
      const contrast = new Contrast();
      checkButtons(contrast, buttons);
      checkFocusRing(contrast, el.shadowRoot!.querySelector<HTMLElement>('.view-button')!);
      checkFocusRing(contrast, el.shadowRoot!.querySelector<HTMLElement>('.close')!);
      expect(contrast.failures).to.deep.equal([]);
    });

    it("outlines the list's show-more button at 3:1", async () => {
      const { el } = await mount({ events: generateTimeline(300), width: 400, ...setup });
      const buttons = all<HTMLElement>(el, '.show-more');
      expect(buttons).to.have.length.above(0);
      const contrast = new Contrast();
      checkButtons(contrast, buttons);
      expect(contrast.failures).to.deep.equal([]);
    });
  });
}

describe('eras in forced colours', () => {
  before(() => emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]));
  after(() => emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]));
  afterEach(cleanup);

  it('keeps each era drawn, edged in a system colour, with its name', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const eras = all<HTMLElement>(el, '.era');
    expect(eras).to.have.length(3);
    const contrast = new Contrast();
    eras.forEach((era, i) => {
      const edges = sideEdges(era);
      expectEdges(era, edges, i);
      for (const color of [...edges.left, ...edges.right])
        contrast.check(`era ${i + 1} edge`, color, { 'its fill': backdrop(era) });
      const style = getComputedStyle(era);
      expect(parseFloat(style.borderTopWidth), `era ${i + 1}: a rule`).to.be.above(0);
      contrast.check(`era ${i + 1} rule`, style.borderTopColor, { 'its fill': backdrop(era) });
      const name = era.querySelector<HTMLElement>('.name');
      expect(name?.textContent?.trim(), `era ${i + 1}: its name`).to.not.equal('');
      expect(era.getBoundingClientRect().width, `era ${i + 1}: laid out`).to.be.above(0);
      contrast.check(`era ${i + 1} name`, style.color, { 'its fill': backdrop(era) });
    });
    expect(contrast.failures).to.deep.equal([]);
  });
});
