// Addresses in a file are resolved, not refused (issue 13): relative, site-relative and
// protocol-relative addresses resolve against the events file's own URL; only an address that
// would run or hide content (javascript:, data:, blob:) is dropped, with a warning naming it, and
// the event stays.
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { readEvents } from '../../src/parse/read-events.js';
import type { EventEntry } from '../../src/model/types.js';

const BASE = 'https://news.example/data/story/events.json';

/** One event, with a source (an event without one is warned about, which is not what these tests are about). */
function withEvent(fields: Partial<EventEntry>) {
  const event = { id: 'a', start: '2016-09-08', title: 'A meeting', sources: [{ name: 'Wire' }], ...fields };
  return { version: 1, events: [event] };
}

const mediaOf = (fields: Partial<EventEntry>, options = { base: BASE as string | undefined }) =>
  parseTimeline(withEvent(fields), options);

describe('addresses in an events file', () => {
  const resolved: Array<[string, string]> = [
    ['img/a.jpg', 'https://news.example/data/story/img/a.jpg'],
    ['../shared/b.png', 'https://news.example/data/shared/b.png'],
    ['/static/img/family.jpg', 'https://news.example/static/img/family.jpg'],
    [
      '//upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
      'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
    ],
    ['https://example.org/a.jpg', 'https://example.org/a.jpg'],
  ];
  for (const [written, address] of resolved)
    it(`resolves the media address ${written} against the file`, () => {
      const { timeline, errors, warnings } = mediaOf({ media: { url: written } });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(timeline!.events[0].media!.url).to.equal(address);
    });

  it('resolves a source address, the media link and its thumbnail the same way', () => {
    const { timeline, warnings } = mediaOf({
      sources: [{ name: 'Archive', url: 'docs/letter.pdf' }],
      media: { url: 'https://youtu.be/dQw4w9WgXcQ', link: '/video-page', thumbnail: 'img/poster.jpg' },
    });
    expect(warnings).to.deep.equal([]);
    const { sources, media } = timeline!.events[0];
    expect(sources[0].url).to.equal('https://news.example/data/story/docs/letter.pdf');
    expect(media!.link).to.equal('https://news.example/video-page');
    expect(media!.thumbnail).to.equal('https://news.example/data/story/img/poster.jpg');
  });

  const unsafe = [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://news.example/1',
    'vbscript:x',
  ];
  for (const address of unsafe)
    it(`drops the media at ${address.slice(0, 20)} with a warning, and keeps the event`, () => {
      const { timeline, errors, warnings } = mediaOf({ media: { url: address, alt: 'x' } });
      expect(errors).to.deep.equal([]);
      expect(timeline!.events[0].media).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0].path).to.equal('events[0].media.url');
      expect(warnings[0].message).to.contain('the media is left out');
    });

  it('drops an unsafe source address and keeps the source by its name', () => {
    const { timeline, warnings } = mediaOf({ sources: [{ name: 'Wire', url: 'javascript:alert(1)' }] });
    expect(timeline!.events[0].sources).to.deep.equal([{ name: 'Wire', url: undefined, date: undefined }]);
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].sources[0].url']);
  });

  it('takes mailto: for a source, never for media', () => {
    const { timeline, warnings } = mediaOf({
      sources: [{ name: 'Press office', url: 'mailto:press@example.org' }],
      media: { url: 'mailto:press@example.org' },
    });
    expect(timeline!.events[0].sources[0].url).to.equal('mailto:press@example.org');
    expect(timeline!.events[0].media).to.equal(undefined);
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].media.url']);
  });

  it('loads media over https: an http address is upgraded, with a warning, since an https page would block it', () => {
    const { timeline, warnings } = mediaOf({ media: { url: 'http://farm8.staticflickr.com/7384/a_b.jpg' } });
    expect(timeline!.events[0].media!.url).to.equal('https://farm8.staticflickr.com/7384/a_b.jpg');
    expect(warnings).to.have.length(1);
    expect(warnings[0].message).to.contain('https://farm8.staticflickr.com/7384/a_b.jpg');
    // An http page fetching an https file shows http media as they are.
    const open = mediaOf({ media: { url: 'http://farm8.staticflickr.com/a.jpg' } }, {
      base: BASE,
      secure: false,
    } as never);
    expect(open.timeline!.events[0].media!.url).to.equal('http://farm8.staticflickr.com/a.jpg');
    // A link may stay http: the reader's browser opens it as it is.
    const link = mediaOf({ sources: [{ name: 'Old site', url: 'http://example.org/' }] });
    expect(link.timeline!.events[0].sources[0].url).to.equal('http://example.org/');
    expect(link.warnings).to.deep.equal([]);
  });

  it('keeps media without an address out, with a warning, instead of failing the file', () => {
    const { timeline, errors, warnings } = mediaOf({ media: { alt: 'A photo' } as never });
    expect(errors).to.deep.equal([]);
    expect(timeline!.events[0].media).to.equal(undefined);
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].media.url']);
  });

  it('without a base (a file checked on its own), keeps relative addresses as written and says how many there are', () => {
    const { timeline, warnings, relative } = mediaOf({ media: { url: 'img/a.jpg' } }, { base: undefined });
    expect(timeline!.events[0].media!.url).to.equal('img/a.jpg');
    expect(warnings).to.deep.equal([]);
    expect(relative).to.deep.equal([{ path: 'events[0].media.url', address: 'img/a.jpg' }]);
  });

  it('names each relative address it resolved', () => {
    const { relative } = mediaOf({ media: { url: 'img/a.jpg' } });
    expect(relative).to.deep.equal([
      { path: 'events[0].media.url', address: 'img/a.jpg', resolved: 'https://news.example/data/story/img/a.jpg' },
    ]);
  });

  it('keeps the markup of a description as written, and the base its links resolve against', () => {
    const description = '<p>See <a href="/about">our method</a>.</p>';
    const { timeline } = mediaOf({ description });
    expect(timeline!.events[0].description).to.equal(description);
    expect(timeline!.base).to.equal(BASE);
  });

  it('reads a text file with its base, in every format', () => {
    const csv =
      'start,title,display_date,media_url,media_link,media_thumbnail,source_name\n' +
      '2016-09-08,A meeting,Early September,https://youtu.be/dQw4w9WgXcQ,/video,img/a.jpg,Wire\n';
    const { timeline, warnings } = readEvents({ text: csv, name: 'events.csv', base: BASE });
    expect(warnings).to.deep.equal([]);
    const [event] = timeline!.events;
    expect(event.displayDate).to.equal('Early September');
    expect(event.media).to.deep.include({
      url: 'https://youtu.be/dQw4w9WgXcQ',
      link: 'https://news.example/video',
      thumbnail: 'https://news.example/data/story/img/a.jpg',
    });
    const value = readEvents({ value: withEvent({ media: { url: 'img/a.jpg' } }), base: BASE });
    expect(value.timeline!.events[0].media!.url).to.equal('https://news.example/data/story/img/a.jpg');
  });
});
