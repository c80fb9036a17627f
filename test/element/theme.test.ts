// Both themes meet WCAG contrast: text 4.5:1 on the backgrounds it sits on, marks, group colours
// and the focus ring 3:1.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cleanup, mount, STORY_URL } from '../helpers/index.js';

/** sRGB relative luminance of a CSS colour (#hex or rgb()). */
function luminance(color: string): number {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe)
    .color.match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  probe.remove();
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('theme contrast', () => {
  afterEach(cleanup);

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA in the ${theme} theme`, async () => {
      const { el } = await mount({ src: STORY_URL, theme });
      const style = getComputedStyle(el);
      const v = (name: string) => style.getPropertyValue(`--event-timeline-${name}`).trim();
      const failures: string[] = [];
      const check = (fg: string, bg: string, min: number) => {
        const ratio = contrast(v(fg), v(bg));
        if (ratio < min) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
      };
      for (const bg of ['background', 'panel']) {
        check('text', bg, 4.5);
        check('muted', bg, 4.5);
        check('accent', bg, 4.5); // the selected event's title is written in it
        check('mark', bg, 4.5); // links
      }
      for (const fg of ['focus', 'error', 'group-1', 'group-2', 'group-3', 'group-4', 'group-5', 'group-6'])
        check(fg, 'background', 3);
      expect(failures).to.deep.equal([]);
    });
  }

  it('follows the reader\'s system setting with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { el } = await mount({ src: STORY_URL });
      el.setAttribute('theme', 'auto');
      await el.updateComplete;
      expect(luminance(getComputedStyle(el).backgroundColor)).to.be.lessThan(0.05);
      el.setAttribute('theme', 'light');
      expect(luminance(getComputedStyle(el).backgroundColor)).to.be.greaterThan(0.9);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('range marks', () => {
  afterEach(cleanup);

  // A month, a year or a range is a band; without a group it takes --event-timeline-band. It was
  // drawn black: the group rule also matched g0, whose group colour is unset.
  it('fill with --event-timeline-band for an event without a group, and with the group colour for one with', async () => {
    const source = [{ name: 'S' }];
    const events = {
      version: 1 as const,
      groups: [{ id: 'g', label: 'G' }],
      events: [
        { id: 'month', start: '2016-07', title: 'A month', sources: source },
        { id: 'grouped', start: '2016-09', title: 'A grouped month', group: 'g', sources: source },
      ],
    };
    const { el } = await mount({ events, css: '--event-timeline-band: rgb(10, 20, 30)' });
    const fill = (id: string) => getComputedStyle(el.shadowRoot!.querySelector(`[data-mark="${id}"]`)!).fill;
    expect(fill('month')).to.equal('rgb(10, 20, 30)');
    expect(fill('grouped')).to.not.equal('rgb(0, 0, 0)');
    expect(fill('grouped')).to.not.equal('rgb(10, 20, 30)');
  });
});
