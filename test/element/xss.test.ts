// A hostile events file changes nothing but the text shown: XSS payloads in every field.
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import { readEvents } from '../../src/parse/read-events.js';
import { sanitizeHtml } from '../../src/render/sanitize.js';
import { cleanup, marks, mount, openDetail, plain, sleep } from '../helpers/index.js';

const hits: string[] = [];
(window as unknown as { __xss: (tag: string) => void }).__xss = (tag) => hits.push(tag);

/** Each calls window.__xss if it ever runs. */
const PAYLOADS = [
  `<script>window.__xss('script')</script>`,
  `<img src=x onerror="window.__xss('img')">`,
  `<svg onload="window.__xss('svg')"></svg>`,
  `<svg><script>window.__xss('svg-script')</script></svg>`,
  `<svg><a xlink:href="javascript:window.__xss('xlink')"><text y="20">x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss('mathml')">`,
  `<math href="javascript:window.__xss('math-href')">x</math>`,
  `<a href="javascript:window.__xss('href')">link</a>`,
  `<a href="JaVaScRiPt:window.__xss('case')">link</a>`,
  `<a href="&#106;avascript:window.__xss('entity')">link</a>`,
  `<a href="java&#x09;script:window.__xss('tab')">link</a>`,
  `<a href="  javascript:window.__xss('space')">link</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoJ2RhdGEnKTwvc2NyaXB0Pg==">link</a>`,
  `<iframe src="javascript:window.__xss('iframe')"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss('srcdoc')</script>"></iframe>`,
  `<p onclick="window.__xss('p')" onmouseover="window.__xss('p2')" style="background:url(javascript:window.__xss('css'))">text</p>`,
  `<details open ontoggle="window.__xss('details')"><summary>x</summary></details>`,
  `<body onload="window.__xss('body')">`,
  `<input autofocus onfocus="window.__xss('focus')">`,
  `<video><source onerror="window.__xss('video')"></video>`,
  `<form><button formaction="javascript:window.__xss('form')">x</button></form>`,
  `<object data="javascript:window.__xss('object')"></object>`,
  `<embed src="data:text/html,<script>window.__xss('embed')</script>">`,
  `<noscript><p title="</noscript><img src=x onerror=window.__xss('noscript')>"></noscript>`,
  `<style>*{background:url("javascript:window.__xss('style')")}</style>`,
  `&lt;img src=x onerror="window.__xss('encoded')"&gt;`,
  `&#60;script&#62;window.__xss('numeric')&#60;/script&#62;`,
  `"><img src=x onerror=window.__xss('attribute')>`,
  `\${window.__xss('template')}`,
  `<!--?lit$123456$--><img src=x onerror="window.__xss('lit-marker')">`,
  `<a href="https://example.com/" onclick="window.__xss('a-onclick')" target="_self">safe link, hostile handler</a>`,
];

const SAFE_URL = 'https://example.com/a.jpg';

/** The payload in every text field of a file, with safe addresses. */
function hostileFile(payload: string) {
  return {
    version: 1,
    title: payload,
    description: payload,
    groups: [{ id: 'g', label: payload }],
    eras: [{ id: 'era', start: '2016', end: '2017', label: payload }],
    events: [
      {
        id: `id ${payload}`,
        start: '2016-09-08',
        title: payload,
        description: payload,
        group: 'g',
        place: payload,
        note: payload,
        sources: [{ name: payload, url: 'https://example.com/' }],
        media: { url: SAFE_URL, alt: payload, caption: payload, credit: payload },
      },
    ],
  };
}

const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

/** Every element of the shadow tree, with no event-handler attribute and no unsafe address. */
function expectInert(el: EventTimeline, payload: string) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const attribute of node.attributes) {
      expect(attribute.name.startsWith('on'), `${node.localName}[${attribute.name}] from ${payload}`).to.equal(false);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc'].includes(attribute.name)) {
        expect(UNSAFE_URL.test(attribute.value), `${node.localName}[${attribute.name}=${attribute.value}]`).to.equal(
          false,
        );
      }
    }
  }
  // Markup from the file appears only in the sanitised description and caption, and only from the allow-list.
  for (const node of el.shadowRoot!.querySelectorAll('.detail .text *, .detail figcaption *')) {
    expect(
      ['a', 'em', 'strong', 'i', 'b', 'br', 'p', 'ul', 'ol', 'li', 'span'],
      `<${node.localName}> from ${payload}`,
    ).to.include(node.localName);
    if (node.localName === 'a' && node.hasAttribute('href')) {
      expect(node.getAttribute('href')).to.match(/^(https?|mailto):/i);
      expect(node.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(node.getAttribute('target')).to.equal('_blank');
    }
  }
}

describe('a hostile events file', () => {
  afterEach(cleanup);

  for (const payload of PAYLOADS) {
    it(`shows ${payload.slice(0, 60)} as text, and runs nothing`, async () => {
      hits.length = 0;
      const { el, outcome } = await mount({ events: hostileFile(payload) as never });
      expect(outcome.type, JSON.stringify(outcome.detail)).to.equal('timeline-ready');
      await openDetail(el, marks(el)[0]);
      // Titles, places, labels and credits are text, exactly as written.
      expect(plain(el.shadowRoot!.querySelector('.heading')!.textContent)).to.equal(plain(payload));
      expect(plain(el.shadowRoot!.querySelector('#detail h3')!.textContent)).to.equal(plain(payload));
      expect(plain(el.shadowRoot!.querySelector('#detail .credit')!.textContent)).to.equal(plain(payload));
      expect(el.shadowRoot!.querySelector('#detail img')!.getAttribute('alt')).to.equal(payload.trim());
      // Give handlers, image errors and focus a chance to fire, as they would for a reader.
      el.shadowRoot!.querySelectorAll<HTMLElement>('#detail *').forEach((node) =>
        node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })),
      );
      await sleep(50);
      expectInert(el, payload);
      expect(hits).to.deep.equal([]);
    });
  }

  it('leaves out unsafe addresses in every URL field with a warning naming each path, and keeps the event', () => {
    for (const url of [
      'javascript:window.__xss(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'java\tscript:alert(1)',
    ]) {
      const file = hostileFile('x');
      file.events[0].sources[0].url = url;
      file.events[0].media.url = url;
      const { timeline, warnings } = readEvents({ value: file, base: 'https://news.example/story/' });
      expect(timeline, url).to.not.equal(null);
      expect(timeline!.events[0].media, url).to.equal(undefined);
      expect(timeline!.events[0].sources[0].url, url).to.equal(undefined);
      expect(
        warnings.map((e) => e.path),
        url,
      ).to.deep.equal(['events[0].sources[0].url', 'events[0].media.url']);
    }
    // A protocol-relative address is another site's in the page's scheme: an image, like any other,
    // over https where the page is https.
    const file = hostileFile('x');
    file.events[0].media.url = '//evil.example/x.jpg';
    const { timeline } = readEvents({ value: file, base: 'https://news.example/story/' });
    expect(timeline!.events[0].media!.url).to.equal('https://evil.example/x.jpg');
  });

  it('resolves relative links against the events file, as a browser reads the markup, and nothing else', () => {
    const base = 'https://news.example/data/story/events.json';
    const resolved = (html: string) => sanitizeHtml(html, base);
    expect(resolved('<a href="/about">a</a> <a href=\'docs/x.pdf\'>b</a> <a href=y.html>c</a>')).to.equal(
      '<a href="https://news.example/about" target="_blank" rel="noopener noreferrer">a</a> ' +
        '<a href="https://news.example/data/story/docs/x.pdf" target="_blank" rel="noopener noreferrer">b</a> ' +
        '<a href="https://news.example/data/story/y.html" target="_blank" rel="noopener noreferrer">c</a>',
    );
    // Entities are read first; markup inside another attribute is not a link; a data- attribute is no href.
    expect(resolved('<a href="&#47;about">a</a>')).to.equal(
      '<a href="https://news.example/about" target="_blank" rel="noopener noreferrer">a</a>',
    );
    expect(resolved('<a title="<a href=onclick=alert(1)//>">t</a>')).to.equal('<a>t</a>');
    expect(resolved('<a data-href=x href=y>z</a>')).to.equal(
      '<a href="https://news.example/data/story/y" target="_blank" rel="noopener noreferrer">z</a>',
    );
    expect(resolved('<a href="javascript:alert(1)">j</a> <a href=" JavaScript:alert(1)">k</a>')).to.equal(
      '<a>j</a> <a>k</a>',
    );
    // 100,000 characters of unclosed tags: linear, as DOMPurify parses.
    const started = performance.now();
    resolved('<a '.repeat(33_000));
    expect(performance.now() - started).to.be.below(2000);
  });

  it('keeps the allowed markup, and links only to http, https and mailto, opening safely', () => {
    expect(
      sanitizeHtml('<p>A <em>b</em> <strong>c</strong> <a href="https://example.com/">d</a></p><ul><li>e</li></ul>'),
    ).to.equal(
      '<p>A <em>b</em> <strong>c</strong> <a href="https://example.com/" target="_blank" rel="noopener noreferrer">d</a></p><ul><li>e</li></ul>',
    );
    expect(sanitizeHtml('<a href="mailto:desk@example.com">mail</a>')).to.equal(
      '<a href="mailto:desk@example.com" target="_blank" rel="noopener noreferrer">mail</a>',
    );
    expect(sanitizeHtml('<a href="/relative">x</a><span class="c">words</span><h1>kept</h1>')).to.equal(
      '<a>x</a>wordskept',
    );
    expect(sanitizeHtml('<script>alert(1)</script>after')).to.equal('after');
  });

  it('turns markup in TimelineJS headlines into text, and sanitises its text like a description', async () => {
    hits.length = 0;
    const timelineJs = {
      title: { text: { headline: `<b>Title</b><img src=x onerror="window.__xss('tjs-title')">` } },
      events: [
        {
          start_date: { year: '2016', month: '9', day: '8' },
          text: {
            headline: `<i>Sessions</i> <script>window.__xss('tjs')</script>meets Kislyak`,
            text: `<p onclick="window.__xss('tjs-p')">Body <a href="javascript:window.__xss('tjs-a')">x</a></p>`,
          },
        },
      ],
    };
    const { el } = await mount({ events: timelineJs as never });
    expect(plain(el.shadowRoot!.querySelector('.heading')!.textContent)).to.equal('Title');
    marks(el)[0].click();
    await el.updateComplete;
    expect(plain(el.shadowRoot!.querySelector('#detail h3')!.textContent)).to.equal('Sessions meets Kislyak');
    // (Lit's own marker comment aside)
    expect(el.shadowRoot!.querySelector('#detail .text')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
      '<p>Body <a>x</a></p>',
    );
    await sleep(50);
    expectInert(el, 'TimelineJS');
    expect(hits).to.deep.equal([]);
  });
});
