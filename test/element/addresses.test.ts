// A file's addresses resolve against the file, wherever the page is (issue 13): a newsroom keeps
// its story's images beside its events file, under a path of its own. And a date written as words
// (displayDate) is what the reader sees and hears, the real date still placing the event.
import { expect } from '@open-wc/testing';
import { cleanup, marks, mount, openDetail, until } from '../helpers/index.js';

const FILE = '/test/fixtures/data/story/events.json';

describe('addresses in the events file', () => {
  afterEach(cleanup);

  it('resolves relative media, links and sources against the file, not the page', async () => {
    const { el } = await mount({ src: FILE, width: 1000 });
    const detail = await openDetail(el, marks(el)[0]);
    const img = detail.querySelector('img')!;
    expect(img.src).to.equal(`${location.origin}/test/fixtures/data/story/img/senate.png`);
    await until(() => img.complete && img.naturalWidth > 0, 'the image loaded');
    const article = `${location.origin}/test/fixtures/embed-article.html`;
    // The media's link and the description's link, both written relative to the file.
    expect(detail.querySelector<HTMLAnchorElement>('figure.media a')!.href).to.equal(article);
    const link = await until(() => detail.querySelector<HTMLAnchorElement>('.text a'), 'the description link');
    expect(link.href).to.equal(article);
  });

  it('resolves against where the file is after a redirect', async () => {
    const { el } = await mount({ src: '/test/faults/moved', width: 1000 });
    const detail = await openDetail(el, marks(el)[0]);
    expect(detail.querySelector('img')!.src).to.equal(`${location.origin}/test/fixtures/data/story/img/senate.png`);
  });

  it('leaves out an unsafe media address, keeps its event, and lists the warning on timeline-ready', async () => {
    const { el, outcome } = await mount({ src: FILE, width: 1000 });
    expect(outcome.type).to.equal('timeline-ready');
    expect(outcome.detail.count).to.equal(2);
    expect(outcome.detail.warnings).to.deep.equal([
      {
        path: 'events[1].media.url',
        message: "expected a web address (https:); got 'javascript:alert(1)': the media is left out",
      },
    ]);
    marks(el)[1].click();
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector('#detail')!;
    expect(detail.querySelector('figure, img, iframe, video, audio'), 'no media').to.equal(null);
    for (const element of el.shadowRoot!.querySelectorAll('[src], [href]'))
      expect(element.getAttribute('src') ?? element.getAttribute('href')).not.to.match(/^\s*javascript:/i);
  });

  it("resolves the events property against the page's <base href>", async () => {
    const base = document.head.appendChild(
      Object.assign(document.createElement('base'), { href: '/test/fixtures/data/story/' }),
    );
    try {
      const events = {
        version: 1,
        events: [
          { id: 'a', start: '2016-09-08', title: 'A', media: { url: 'img/senate.png' }, sources: [{ name: 'W' }] },
        ],
      };
      const { el } = await mount({ events: events as never, width: 1000 });
      const detail = await openDetail(el, marks(el)[0]);
      expect(detail.querySelector('img')!.src).to.equal(`${location.origin}/test/fixtures/data/story/img/senate.png`);
    } finally {
      base.remove();
    }
  });

  it('resolves inline data and the events property against the page', async () => {
    const events = {
      version: 1,
      events: [
        {
          id: 'a',
          start: '2016-09-08',
          title: 'A meeting',
          media: { url: 'fixtures/data/story/img/senate.png' },
          sources: [{ name: 'Wire' }],
        },
      ],
    };
    const { el } = await mount({ events: events as never, width: 1000 });
    marks(el)[0].click();
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('#detail img')!;
    expect(img.src).to.equal(new URL('fixtures/data/story/img/senate.png', document.baseURI).href);
  });

  it('shows and names an event by its displayDate, and places it by its start', async () => {
    const events = {
      version: 1,
      events: [
        {
          id: 'a',
          start: '1969-06',
          end: '1969-08',
          displayDate: 'Summer 1969',
          title: 'Woodstock summer',
          sources: [{ name: 'W' }],
        },
        { id: 'b', start: '1969-07-20', title: 'Moon landing', sources: [{ name: 'W' }] },
      ],
    };
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const { el } = await mount({ events: events as never, width: 1000, orientation });
      const [summer] = marks(el);
      expect(summer.querySelector('.date')!.textContent!.trim()).to.equal('Summer 1969');
      expect(summer.querySelector('time')!.getAttribute('datetime')).to.equal('1969-06');
      // The file's words, in the file's language (the page's here), not the widget's.
      expect(summer.querySelector('time')!.hasAttribute('lang')).to.equal(true);
      summer.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#detail .meta')!.textContent).to.contain('Summer 1969');
      cleanup();
    }
  });
});
