// The iframe embed as a newsroom uses it: dist/embed.html in a frame reports its height to the page
// around it (pym.js and Datawrapper messages), and dist/event-timeline-frame.js sizes the frame.
// `npm test` builds dist/ first.
import { expect } from '@open-wc/testing';
import { pymMessage } from '../../src/embed/messages.js';
import { cleanup, contentHeight, frameViolations, loadFrame, ready, sleep, until, widgetIn } from '../helpers/index.js';

interface Opened {
  frame: HTMLIFrameElement;
  /** Heights from Datawrapper messages, in order. */
  heights: number[];
  /** The pym.js messages, in order. */
  pym: string[];
}

/** A frame of the embed page, `width` px wide, whose messages to this page are recorded. */
async function open(search: string, width: number): Promise<Opened> {
  const heights: number[] = [];
  const pym: string[] = [];
  const frame = await loadFrame(
    (frame) => {
      frame.setAttribute('scrolling', 'no'); // as in the snippet: no scroll bar to change the width
      addEventListener('message', (event) => {
        if (event.source !== frame.contentWindow) return;
        if (typeof event.data === 'string') pym.push(event.data);
        else heights.push(...(Object.values(event.data['datawrapper-height'] ?? {}) as number[]));
      });
      frame.src = `/dist/embed.html${search}`;
    },
    { width, height: 400 },
  );
  return { frame, heights, pym };
}

/** An article page around the embeds. */
const ARTICLE = { width: 900, height: 600 };

const last = <T>(list: T[]) => list[list.length - 1];

describe('dist/embed.html in an iframe', () => {
  afterEach(cleanup);

  it('shows only the widget, full width, and reports its height on load in both formats', async () => {
    const { frame, heights, pym } = await open('?src=%2Fevents.json&id=story&childId=pym-1&locale=de&theme=dark', 1000);
    await until(() => ready(frame), 'the timeline');
    const height = await until(
      () =>
        heights.length > 0 && last(heights) === contentHeight(frame) && pym.length === heights.length && last(heights),
      'height messages matching the page',
    );
    expect(height).to.be.greaterThan(400);
    expect(last(pym)).to.equal(pymMessage('pym-1', 'height', height));

    // With axe's best practices too: one main landmark, a first-level heading, all content in landmarks.
    expect(await frameViolations(frame, ['best-practice'])).to.deep.equal([]);
    const doc = frame.contentDocument!;
    const el = widgetIn(frame)!;
    const main = doc.querySelector('main')!;
    expect([...doc.body.children].filter((child) => child.localName !== 'script')).to.deep.equal([main]);
    expect([...main.children].map((child) => child.localName)).to.deep.equal(['h1', 'event-timeline']);
    expect(main.querySelector('h1')!.textContent).to.equal('Sessions, Kislyak and the Senate');
    // Full width, less a margin that keeps focus rings (3 px, 2 px off the edge) inside the frame.
    expect(el.getBoundingClientRect().width).to.equal(1000 - 2 * 5);
    expect(el.id).to.equal('story');
    expect(el.getAttribute('src')).to.equal(`${location.origin}/events.json`);
    expect([el.getAttribute('locale'), el.getAttribute('theme'), el.hasAttribute('link-selection')]).to.deep.equal([
      'de',
      'dark',
      true,
    ]);
    expect(doc.documentElement.lang).to.equal('de');
    // The frame's page wears the widget's dark background, so no white edge shows around it.
    expect(getComputedStyle(doc.documentElement).backgroundColor).to.equal('rgb(21, 23, 26)');
  });

  it('reports again when the width changes: below 600 px the widget turns vertical, a longer list', async () => {
    const { frame, heights, pym } = await open('?src=%2Fevents.json&childId=c', 1000);
    await until(() => ready(frame), 'the timeline');
    // No locale given: the reader's own language, not the "en" of the page's markup.
    const reader = new Intl.DateTimeFormat().resolvedOptions().locale;
    expect([frame.contentDocument!.documentElement.lang, widgetIn(frame)!.hasAttribute('locale')]).to.deep.equal([
      reader,
      false,
    ]);
    const wide = await until(
      () => heights.length > 0 && last(heights) === contentHeight(frame) && last(heights),
      'the first height',
    );
    const sent = heights.length;

    frame.style.width = '400px';
    await until(() => widgetIn(frame)!.shadowRoot!.querySelector('figure.vertical'), 'the vertical layout');
    const narrow = await until(
      () => heights.length > sent && last(heights) === contentHeight(frame) && last(heights),
      'a new height',
    );
    expect(narrow).to.be.greaterThan(wide);
    await until(() => last(pym) === pymMessage('c', 'height', narrow), 'the same height for pym');

    frame.style.width = '1000px';
    await until(() => last(heights) === wide && contentHeight(frame) === wide, 'the first height again');
    // Only changes are sent: no two equal heights in a row.
    expect(heights.every((h, i) => i === 0 || h !== heights[i - 1])).to.equal(true);
  });

  it("answers pym's width requests with its height, even when unchanged", async () => {
    const { frame, pym } = await open('?src=%2Fevents.json&childId=c9', 700);
    await until(
      () => ready(frame) && pym.length > 0 && last(pym) === pymMessage('c9', 'height', contentHeight(frame)),
      'a pym height',
    );
    const sent = pym.length;
    frame.contentWindow!.postMessage(pymMessage('c9', 'width', 700), '*');
    await until(() => pym.length > sent, 'a reply');
    expect(last(pym)).to.equal(pymMessage('c9', 'height', contentHeight(frame)));
    // A request for another frame's id is not answered.
    frame.contentWindow!.postMessage(pymMessage('someone-else', 'width', 700), '*');
    await sleep(200);
    expect(pym.length).to.equal(sent + 1);
  });

  it('shows a message for an invalid src and runs nothing from the query string', async () => {
    const win = window as unknown as { __embedRan?: string };
    const search =
      `?src=${encodeURIComponent("javascript:parent.__embedRan='src'")}` +
      `&locale=${encodeURIComponent('<img src=x onerror="parent.__embedRan=\'locale\'">')}` +
      `&theme=${encodeURIComponent("</title><script>parent.__embedRan='theme'</script>")}`;
    const { frame, heights } = await open(search, 600);
    const doc = frame.contentDocument!;
    const alert = await until(() => doc.querySelector('[role="alert"]'), 'the message');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(alert.querySelector('p')!.textContent).to.equal('This timeline cannot be shown: its address has a mistake.');
    expect(items).to.deep.equal([
      `src: only http and https addresses or paths on this site are allowed; got 'javascript:parent.__embedRan='src''`,
      `locale: expected a language tag like en, de-CH or pt-BR; got '<img src=x onerror="parent.__embedRan='locale'">'`,
      `theme: expected light, dark, auto; got '</title><script>parent.__embedRan='theme'</script>'`,
    ]);
    // Text, not markup: no element came from the values, no widget was made, nothing ran.
    expect(doc.querySelectorAll('img, event-timeline')).to.have.length(0);
    expect([...doc.scripts].filter((script) => !script.src)).to.have.length(0);
    await sleep(300);
    expect(win.__embedRan).to.equal(undefined);
    // The parent is still told the height, so the frame fits the message.
    await until(() => heights.length > 0 && last(heights) === contentHeight(frame), 'a height for the message');
    expect(last(heights)).to.be.within(40, 400);
    expect(await frameViolations(frame)).to.deep.equal([]);
  });

  it('asks for the events file when src is missing', async () => {
    const { frame } = await open('?theme=dark', 600);
    const alert = await until(() => frame.contentDocument!.querySelector('[role="alert"]'), 'the message');
    expect(alert.querySelector('li')!.textContent).to.equal(
      'src: missing: add ?src= and the address of the events file (JSON or CSV)',
    );
  });

  it('loads a CSV file and mirrors a right-to-left language, under its own script policy', async () => {
    const { frame } = await open('?src=%2Ftest%2Ffixtures%2Fstory.csv&locale=ar', 1000);
    await until(() => ready(frame), 'the timeline');
    const doc = frame.contentDocument!;
    expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain(
      "script-src 'self'",
    );
    // The widget's styles apply: its stylesheet, and the chart's height set at its first render.
    const root = widgetIn(frame)!.shadowRoot!;
    expect(frame.contentWindow!.getComputedStyle(root.querySelector('[data-event-id]')!).position).to.equal('absolute');
    expect(root.querySelector('.chart')!.getBoundingClientRect().height).to.be.greaterThan(150);
  });

  it('opens the event that the address links to, and follows later links', async () => {
    const { frame } = await open('?src=%2Fevents.json&id=story#story=senate-office-meeting', 1000);
    await until(() => ready(frame), 'the timeline');
    const title = () => widgetIn(frame)!.shadowRoot!.querySelector('#detail-title')?.textContent;
    expect(await until(title, 'the detail')).to.equal('Sessions meets Kislyak in his Senate office');
    frame.contentWindow!.location.hash = '#story=flynn-resigns';
    await until(() => title() === 'Michael Flynn resigns as National Security Adviser', 'the linked event');
  });
});

/** This test server under its other name (127.0.0.1 for localhost): another origin and site, so a cross-origin frame. */
function otherOrigin(): string {
  const url = new URL(location.origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

describe('dist/embed.html in a cross-origin iframe far below the fold', () => {
  afterEach(() => {
    cleanup();
    document.querySelector('.spacer')?.remove();
  });

  it('reports its final height without being scrolled into view, though the browser pauses its rendering', async () => {
    // The file arrives after the frame has been found out of view and its rendering paused.
    const search = `?src=${encodeURIComponent('/test/faults/slow?ms=1000')}&id=story`;
    const messages: Array<{ source: MessageEventSource | null; data: Record<string, unknown> }> = [];
    addEventListener('message', ({ source, data }) => messages.push({ source, data }));
    const frame = (src: string) => {
      const f = document.createElement('iframe');
      f.style.cssText = 'display: block; width: 1000px; height: 300px; border: 0';
      f.setAttribute('scrolling', 'no');
      f.src = src;
      return f;
    };
    // The same page in view, and so rendered, says what the final height is.
    const control = frame(`/dist/embed.html${search}`);
    const spacer = Object.assign(document.createElement('div'), { className: 'spacer' });
    spacer.style.height = '5000px';
    const far = frame(`${otherOrigin()}/dist/embed.html${search}`);
    const probe = frame(`${otherOrigin()}/test/fixtures/frame-probe.html`);
    document.body.append(control, spacer, far, probe);

    const from = (f: HTMLIFrameElement, key: string) =>
      messages.filter((m) => m.source === f.contentWindow && key in m.data).map((m) => m.data[key] as unknown);
    const heights = () => from(far, 'datawrapper-height').map((h) => Object.values(h as Record<string, number>)[0]);
    // The premise: a cross-origin frame out of view gets no animation frames (and so no ResizeObserver
    // callbacks) after its first one or two; in view it would get about 60 in that second.
    const [animationFrames] = await until(
      () => from(probe, 'frame-probe').length > 0 && from(probe, 'frame-probe'),
      'the probe',
    );
    expect(animationFrames).to.be.below(5);

    await until(() => ready(control), 'the timeline in view');
    const expected = await until(
      () => contentHeight(control) > 400 && contentHeight(control),
      'the final height in view',
    );
    await until(() => last(heights()) === expected, 'the final height from the far frame').catch(() => {
      throw new Error(`the far frame reported ${JSON.stringify(heights())}, not the final height ${expected}`);
    });
    // Nothing was scrolled: the frame is still far below the visible part of the page.
    expect([scrollY, far.getBoundingClientRect().top > innerHeight + 4000]).to.deep.equal([0, true]);
  });
});

describe('dist/event-timeline-frame.js in an article page', () => {
  afterEach(cleanup);

  it('sizes each marked frame to its own content, passes links to events, and leaves other frames alone', async () => {
    const article = await loadFrame('/test/fixtures/embed-article.html#story=senate-office-meeting', ARTICLE);
    const doc = article.contentDocument!;
    const [story, other, fixed] = ['story', 'other', 'fixed'].map((id) => doc.getElementById(id) as HTMLIFrameElement);

    for (const frame of [story, other]) {
      await until(() => ready(frame), 'the timelines');
      await until(() => frame.style.height === `${contentHeight(frame)}px`, `${frame.id}: the height of its content`);
    }
    // The horizontal story (its detail open) and the forced-vertical list differ: each frame got its own.
    expect(story.style.height).not.to.equal(other.style.height);
    expect(story.getBoundingClientRect().height).to.equal(contentHeight(story));
    // The hash of the article went to the frame whose id it names, and opened the event.
    expect(new URL(story.src).hash).to.equal('#story=senate-office-meeting');
    expect(new URL(other.src).hash).to.equal('');
    const title = () => widgetIn(story)!.shadowRoot!.querySelector('#detail-title')?.textContent;
    expect(await until(title, 'the linked event')).to.equal('Sessions meets Kislyak in his Senate office');
    // Not marked: keeps its fixed height, though its page sends messages too.
    await until(() => ready(fixed), 'the fixed frame');
    expect([fixed.style.height, fixed.getBoundingClientRect().height]).to.deep.equal(['', 300]);

    // A reader follows an in-page link to another event.
    article.contentWindow!.location.hash = '#story=flynn-resigns';
    await until(() => title() === 'Michael Flynn resigns as National Security Adviser', 'the newly linked event');

    // The frame narrows (a phone): the vertical list is taller, and the frame follows.
    const before = parseInt(story.style.height, 10);
    article.style.width = '380px';
    await until(() => widgetIn(story)!.shadowRoot!.querySelector('figure.vertical'), 'the vertical layout');
    await until(
      () => story.style.height !== `${before}px` && story.style.height === `${contentHeight(story)}px`,
      'the new height',
    );
  });

  it("puts the event a reader picks inside the frame into the article's address, with no reload, history entry or scroll", async () => {
    const article = await loadFrame('/test/fixtures/embed-links.html#story=senate-office-meeting', ARTICLE);
    const win = article.contentWindow!;
    const story = article.contentDocument!.getElementById('story') as HTMLIFrameElement;
    const sender = article.contentDocument!.getElementById('sender') as HTMLIFrameElement;
    await until(() => ready(story), 'the timeline');
    const title = () => widgetIn(story)!.shadowRoot!.querySelector('#detail-title')?.textContent;
    const pick = (id: string) =>
      widgetIn(story)!.shadowRoot!.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!.click();
    const close = () =>
      widgetIn(story)!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    const settle = () => sleep(300);
    expect(await until(title, 'the linked event')).to.equal('Sessions meets Kislyak in his Senate office');
    // The other marked frame's refused link messages came before its height: once the height is
    // applied, they have been handled, and none of them touched the address.
    await until(() => sender.style.height === '77px', "the other frame's height");
    expect(win.location.hash).to.equal('#story=senate-office-meeting');

    const entries = win.history.length;
    const page = story.contentWindow as Window & { notReloaded?: boolean };
    page.notReloaded = true;
    const src = story.getAttribute('src');
    pick('flynn-resigns');
    await until(() => win.location.hash === '#story=flynn-resigns', "the link in the article's address");
    await settle();
    // The frame kept its page and the reader's pick (the link was not sent back to it); the article
    // has no new history entry and did not scroll.
    expect([
      title(),
      page.notReloaded,
      story.getAttribute('src') === src,
      win.history.length === entries,
      win.scrollY,
    ]).to.deep.equal(['Michael Flynn resigns as National Security Adviser', true, true, true, 0]);

    // An in-page link back to the first event still reaches the frame, though its address named that event already.
    win.location.hash = '#story=senate-office-meeting';
    await until(() => title() === 'Sessions meets Kislyak in his Senate office', 'the event linked again');

    // Closing the detail takes the link out of the address.
    close();
    await until(
      () => win.location.href === new URL('/test/fixtures/embed-links.html', location.href).href,
      'an address without the link',
    );

    // A hash that is not this timeline's is not the frame's to clear.
    pick('flynn-resigns');
    await until(() => win.location.hash === '#story=flynn-resigns', 'the link again');
    win.history.replaceState(null, '', '#comments');
    close();
    await settle();
    expect(win.location.hash).to.equal('#comments');
    // A link message from a window that is not one of the marked frames (this test page) is refused.
    win.postMessage({ 'event-timeline-hash': '#story=flynn-resigns' }, '*');
    await settle();
    expect(win.location.hash).to.equal('#comments');
  });

  it("changes only the hash of the article's own address when the article has a <base href>", async () => {
    const article = await loadFrame('/test/fixtures/embed-links-base.html', ARTICLE);
    const win = article.contentWindow!;
    const story = article.contentDocument!.getElementById('story') as HTMLIFrameElement;
    await until(() => ready(story), 'the timeline');
    const page = win.location.pathname;
    const pick = (id: string) =>
      widgetIn(story)!.shadowRoot!.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!.click();
    pick('flynn-resigns');
    await until(() => win.location.hash === '#story=flynn-resigns', "the link in the article's address");
    expect(win.location.pathname).to.equal(page);
    pick('flynn-resigns'); // closes it
    await until(() => win.location.hash === '', 'an address without the link');
    expect(win.location.href).to.equal(new URL('/test/fixtures/embed-links-base.html', location.href).href);
  });

  it('ignores height messages from anything but the frame itself', async () => {
    const article = await loadFrame('/test/fixtures/embed-article.html', ARTICLE);
    const doc = article.contentDocument!;
    const story = doc.getElementById('story') as HTMLIFrameElement;
    await until(() => ready(story) && story.style.height === `${contentHeight(story)}px`, 'the height of its content');
    const height = story.style.height;
    // Another window (this test page) claims a height for "story", in both formats; the second
    // frame's own messages are covered above (each frame kept its own height).
    article.contentWindow!.postMessage({ 'datawrapper-height': { story: 5 } }, '*');
    article.contentWindow!.postMessage(pymMessage('story', 'height', 6), '*');
    await sleep(300);
    expect(story.style.height).to.equal(height);
  });
});
