// The single file that producers paste into a CMS: dist/event-timeline.min.js, built by `npm run
// build` (which `npm test` runs first), loaded by plain <script> tags in a page of its own.
import { expect } from '@open-wc/testing';

function load(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  frame.src = src;
  return new Promise((resolve, reject) => {
    const errors: string[] = [];
    frame.addEventListener('load', () => {
      const win = frame.contentWindow!;
      win.addEventListener('error', (e) => errors.push(e.message));
      const el = frame.contentDocument!.querySelector('event-timeline')!;
      const done = (ok: boolean, why: string) => (ok && errors.length === 0 ? resolve(frame) : reject(new Error(why + errors.join('; '))));
      el.addEventListener('timeline-ready', () => done(true, ''));
      el.addEventListener('timeline-error', (e) => done(false, JSON.stringify((e as CustomEvent).detail)));
    });
    document.body.append(frame);
  });
}

describe('dist/event-timeline.min.js in a plain page', () => {
  it('registers the element once, though included twice, and renders the story with its styles', async () => {
    const frame = await load('/test/fixtures/bundle.html');
    const doc = frame.contentDocument!;
    const el = doc.querySelector('event-timeline')!;
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-event-id]')];
    expect(labels).to.have.length(8);
    // The minified stylesheet still applies: label padding and leader border as designed.
    const style = frame.contentWindow!.getComputedStyle(labels[0]);
    expect(style.paddingLeft).to.equal('8px');
    expect(style.borderLeftWidth).to.equal('2px');
    expect(style.position).to.equal('absolute');
    // The axis is labelled by the widget, not by d3's default formats (stubbed out of the bundle).
    const ticks = [...el.shadowRoot!.querySelectorAll('g.axis .tick text')].map((t) => t.textContent);
    expect(ticks[0]).to.equal('Jul 2016');
    expect(ticks.every((t) => t)).to.equal(true);
    frame.remove();
  });
});
