// The widget inside other people's pages: strict security policies, hostile global CSS, many
// instances, and removal without leftovers.
import { expect, oneEvent } from '@open-wc/testing';
import { cleanup, fetchBody, loadStory, marks, openPage, overlap, sleep, widgetIn } from '../helpers/index.js';

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders, loads its parts, sanitises markup and zooms with no violation', async () => {
    const iframe = await openPage('/test/fixtures/strict.html');
    const win = iframe.contentWindow as Window & { violations: string[] };
    const el = widgetIn(iframe)!;
    const shown = el.shadowRoot!.querySelectorAll('[data-event-id]').length;
    expect(shown).to.be.greaterThan(2);
    expect(shown).to.equal(el.timeline!.events.length);
    el.setAttribute('selected', 'senate-office-meeting');
    await sleep(400);
    expect(el.shadowRoot!.querySelector('#detail .text em')?.textContent).to.equal('two');
    el.dispatchEvent(new (win as unknown as typeof globalThis).PointerEvent('pointerover', { bubbles: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="+ Zoom in"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="− Zoom out"]')!.disabled).to.equal(false);
    // The label styles apply: constructed stylesheets are not inline styles.
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('.label')!).position).to.equal('absolute');
    expect(win.violations).to.deep.equal([]);
    iframe.remove();
  });

  it('has no eval or new Function in any file it ships to readers', async () => {
    for (const file of [
      'event-timeline.min.js',
      'event-timeline-formats.js',
      'event-timeline-sanitize.js',
      'event-timeline-zoom-behavior.js',
    ]) {
      const code = await fetchBody(`/dist/${file}`);
      expect(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"]/.test(code), file).to.equal(false);
    }
  });
});

describe('a page with hostile global CSS', () => {
  it('keeps its layout: labels apart, inside, with their dates and padding', async () => {
    const iframe = await openPage('/test/fixtures/hostile.html');
    const win = iframe.contentWindow!;
    const el = widgetIn(iframe)!;
    const labels = marks(el);
    expect(labels).to.have.length(8);
    const rects = labels.map((l) => l.getBoundingClientRect());
    const host = el.getBoundingClientRect();
    rects.forEach((a, i) => {
      expect(a.left >= host.left - 0.5 && a.right <= host.right + 0.5, `label ${i} inside`).to.equal(true);
      rects.slice(i + 1).forEach((b, j) => expect(overlap(a, b), `labels ${i} and ${i + 1 + j}`).to.equal(false));
    });
    expect(win.getComputedStyle(labels[0]).paddingLeft).to.equal('8px');
    expect(win.getComputedStyle(labels[0].querySelector('time')!).display).to.equal('block');
    const svg = el.shadowRoot!.querySelector('.chart > svg')!;
    expect(svg.getBoundingClientRect().width).to.equal(1000);
    iframe.remove();
  });
});

describe('many widgets on one page', () => {
  afterEach(cleanup);

  it('keeps 20 instances independent, and removing them leaves no listener behind', async () => {
    const story = await loadStory();
    const listeners = new Map<string, number>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    const count = (type: string, delta: number) => listeners.set(type, (listeners.get(type) ?? 0) + delta);
    window.addEventListener = ((type: string, ...rest: unknown[]) => (
      count(type, 1),
      (add as (...a: unknown[]) => void)(type, ...rest)
    )) as typeof window.addEventListener;
    window.removeEventListener = ((type: string, ...rest: unknown[]) => (
      count(type, -1),
      (remove as (...a: unknown[]) => void)(type, ...rest)
    )) as typeof window.removeEventListener;
    try {
      const elements = Array.from({ length: 20 }, (_, i) => {
        const el = document.createElement('event-timeline');
        el.id = `t${i}`;
        el.style.width = '1000px';
        el.events = story;
        return el;
      });
      const ready = elements.map((el) => oneEvent(el, 'timeline-ready'));
      document.body.append(...elements);
      await Promise.all(ready);
      marks(elements[3])[2].click();
      await elements[3].updateComplete;
      expect(elements.map((el) => el.selected ?? '')).to.deep.equal(
        elements.map((_, i) => (i === 3 ? 'leahy-written-answer' : '')),
      );
      elements.forEach((el) => el.remove());
      const left = [...listeners].filter(([, n]) => n !== 0);
      expect(left).to.deep.equal([]);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });

  it('disconnects its observers and its document, font and media listeners when removed', async () => {
    const story = await loadStory();
    // Count what the widgets hold on to outside themselves, for as long as it is held.
    const listening = new Map<string, number>();
    const outside = (target: EventTarget) =>
      target === window || target === document || target === document.fonts || target instanceof MediaQueryList;
    const name = (target: EventTarget, type: string) =>
      `${target === window ? 'window' : target === document ? 'document' : target === document.fonts ? 'fonts' : 'media query'} ${type}`;
    const observed = new Map<object, Set<Node>>();
    const proto = EventTarget.prototype;
    const originals = {
      add: proto.addEventListener,
      remove: proto.removeEventListener,
      resizeObserve: ResizeObserver.prototype.observe,
      resizeUnobserve: ResizeObserver.prototype.unobserve,
      resizeDisconnect: ResizeObserver.prototype.disconnect,
      mutationObserve: MutationObserver.prototype.observe,
      mutationDisconnect: MutationObserver.prototype.disconnect,
    };
    const seen = new WeakSet<object>();
    proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const key = `${name(this, type)}`;
      if (outside(this) && listener && !seen.has(listener as object)) {
        seen.add(listener as object);
        listening.set(key, (listening.get(key) ?? 0) + 1);
      }
      return (originals.add as (...a: unknown[]) => void).call(this, type, listener, options);
    } as typeof proto.addEventListener;
    proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const key = `${name(this, type)}`;
      if (outside(this) && listener && seen.has(listener as object)) {
        seen.delete(listener as object);
        listening.set(key, (listening.get(key) ?? 0) - 1);
      }
      return (originals.remove as (...a: unknown[]) => void).call(this, type, listener, options);
    } as typeof proto.removeEventListener;
    const targets = (observer: object) => observed.get(observer) ?? observed.set(observer, new Set()).get(observer)!;
    ResizeObserver.prototype.observe = function (
      this: ResizeObserver,
      target: Element,
      options?: ResizeObserverOptions,
    ) {
      targets(this).add(target);
      return originals.resizeObserve.call(this, target, options);
    };
    ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
      targets(this).delete(target);
      return originals.resizeUnobserve.call(this, target);
    };
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      targets(this).clear();
      return originals.resizeDisconnect.call(this);
    };
    MutationObserver.prototype.observe = function (
      this: MutationObserver,
      target: Node,
      options?: MutationObserverInit,
    ) {
      targets(this).add(target);
      return originals.mutationObserve.call(this, target, options);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      targets(this).clear();
      return originals.mutationDisconnect.call(this);
    };
    try {
      // Data as a property and inline data (watched by a MutationObserver), five of each.
      const elements = Array.from({ length: 10 }, (_, i) => {
        const el = document.createElement('event-timeline');
        el.style.width = '1000px';
        if (i % 2)
          el.innerHTML = `<script type="application/json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script>`;
        else el.events = story;
        return el;
      });
      const ready = elements.map((el) => oneEvent(el, 'timeline-ready'));
      document.body.append(...elements);
      await Promise.all(ready);
      // The premise: while on the page, they do observe and listen.
      const held = () =>
        [...observed.values()].reduce(
          (n, set) => n + [...set].filter((t) => elements.some((el) => el === t || el.contains(t))).length,
          0,
        );
      expect(held(), 'observations while shown').to.be.greaterThan(0);
      expect(
        [...listening.values()].some((n) => n > 0),
        'listeners while shown',
      ).to.equal(true);
      elements.forEach((el) => el.remove());
      await sleep();
      expect(held(), 'observations left').to.equal(0);
      expect([...listening].filter(([, n]) => n !== 0)).to.deep.equal([]);
    } finally {
      Object.assign(proto, { addEventListener: originals.add, removeEventListener: originals.remove });
      Object.assign(ResizeObserver.prototype, {
        observe: originals.resizeObserve,
        unobserve: originals.resizeUnobserve,
        disconnect: originals.resizeDisconnect,
      });
      Object.assign(MutationObserver.prototype, {
        observe: originals.mutationObserve,
        disconnect: originals.mutationDisconnect,
      });
    }
  });
});
