// The code the Embed page hands out, and the deep links through the iframe.
import { expect } from '@open-wc/testing';
import {
  frameId,
  frameSrcWithHash,
  hashMessage,
  readHashMessage,
  selectionFromHash,
} from '../../src/embed/deep-link.js';
import {
  elementSnippet,
  escapeAttribute,
  frameUrl,
  iframeSnippet,
  type SnippetOptions,
} from '../../src/embed/snippet.js';

const OPTIONS: SnippetOptions = {
  src: 'https://cdn.example/story/events.json',
  locale: 'de',
  theme: 'dark',
  id: 'timeline',
  title: 'Zeitleiste',
  height: 'auto',
  scriptUrl: 'https://cdn.example/et/event-timeline.min.js',
  embedUrl: 'https://cdn.example/et/embed.html',
  frameScriptUrl: 'https://cdn.example/et/event-timeline-frame.js',
};

/** Parses markup the way a CMS's page would, without running anything (an inert document). */
function parse(markup: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
}

describe('embed snippets', () => {
  it('escapes everything that could end an attribute or a tag', () => {
    expect(escapeAttribute(`a&b"c<d>e'f`)).to.equal(`a&amp;b&quot;c&lt;d&gt;e'f`);
    expect(escapeAttribute('&amp;')).to.equal('&amp;amp;');
  });

  it('writes the script-tag version', () => {
    expect(elementSnippet(OPTIONS)).to.equal(
      '<script src="https://cdn.example/et/event-timeline.min.js" defer></script>\n' +
        '<event-timeline id="timeline" src="https://cdn.example/story/events.json" locale="de" theme="dark" link-selection></event-timeline>',
    );
    expect(elementSnippet({ ...OPTIONS, locale: undefined, theme: undefined })).to.contain(
      '<event-timeline id="timeline" src="https://cdn.example/story/events.json" link-selection></event-timeline>',
    );
  });

  it('writes the iframe version with automatic height and its script', () => {
    expect(iframeSnippet(OPTIONS)).to.equal(
      '<iframe data-event-timeline title="Zeitleiste" src="https://cdn.example/et/embed.html?src=https%3A%2F%2Fcdn.example%2Fstory%2Fevents.json&amp;locale=de&amp;theme=dark&amp;id=timeline" height="500" style="width:100%;border:0" scrolling="no" loading="lazy"></iframe>\n' +
        '<script src="https://cdn.example/et/event-timeline-frame.js" async></script>',
    );
  });

  it('writes the iframe version with a fixed height and no script', () => {
    const code = iframeSnippet({ ...OPTIONS, height: 640, locale: undefined });
    expect(code).to.equal(
      '<iframe title="Zeitleiste" src="https://cdn.example/et/embed.html?src=https%3A%2F%2Fcdn.example%2Fstory%2Fevents.json&amp;theme=dark&amp;id=timeline" height="640" style="width:100%;border:0" loading="lazy"></iframe>',
    );
  });

  it('keeps hostile field values inside their attributes', () => {
    const hostile = {
      ...OPTIONS,
      src: 'https://x.example/a.json?q="><script>alert(1)</script>&b=\'<',
      title: '"><img src=x onerror=alert(1)>',
    };
    for (const code of [elementSnippet(hostile), iframeSnippet(hostile)]) {
      const doc = parse(code);
      expect(doc.querySelectorAll('img')).to.have.length(0);
      expect([...doc.querySelectorAll('script')].every((s) => s.textContent === '')).to.equal(true);
    }
    const element = parse(elementSnippet(hostile)).querySelector('event-timeline')!;
    expect(element.getAttribute('src')).to.equal(hostile.src);
    const frame = parse(iframeSnippet(hostile)).querySelector('iframe')!;
    expect(frame.title).to.equal(hostile.title);
    // The frame's address carries the events file's address as one query value, intact.
    expect(new URL(frame.getAttribute('src')!).searchParams.get('src')).to.equal(hostile.src);
    expect(frame.getAttribute('src')).to.equal(frameUrl(hostile));
  });

  it('reads back, parsed, as the options it was built from', () => {
    const frame = parse(iframeSnippet(OPTIONS)).querySelector('iframe')!;
    const params = new URL(frame.src).searchParams;
    expect(Object.fromEntries(params)).to.deep.equal({ src: OPTIONS.src, locale: 'de', theme: 'dark', id: 'timeline' });
    expect(frame.hasAttribute('data-event-timeline')).to.equal(true);
  });
});

describe('embed deep links', () => {
  it('reads the event a hash selects, as the widget does', () => {
    expect(selectionFromHash('#timeline=senate-office-meeting', 'timeline')).to.equal('senate-office-meeting');
    expect(selectionFromHash('#timeline=caf%C3%A9', 'timeline')).to.equal('café');
    expect(selectionFromHash('#timeline=', 'timeline')).to.equal(undefined);
    expect(selectionFromHash('#timeline2=x', 'timeline')).to.equal(undefined);
    expect(selectionFromHash('#comments', 'timeline')).to.equal(undefined);
    expect(selectionFromHash('#timeline=%E0%A4%A', 'timeline')).to.equal(undefined);
  });

  it("puts the article's link to an event onto the frame it is for, and only then", () => {
    const base = 'https://news.example/story.html';
    const src = 'https://cdn.example/et/embed.html?src=a.json&id=story';
    expect(frameSrcWithHash(src, '#story=senate-office-meeting', base)).to.equal(`${src}#story=senate-office-meeting`);
    expect(frameSrcWithHash(`${src}#story=other`, '#story=senate-office-meeting', base)).to.equal(
      `${src}#story=senate-office-meeting`,
    );
    // Already there, another timeline's link, an unrelated hash: the frame is left alone (no reload).
    expect(frameSrcWithHash(`${src}#story=senate-office-meeting`, '#story=senate-office-meeting', base)).to.equal(
      undefined,
    );
    expect(frameSrcWithHash(src, '#timeline=senate-office-meeting', base)).to.equal(undefined);
    expect(frameSrcWithHash(src, '#comments', base)).to.equal(undefined);
    expect(frameSrcWithHash(src, '', base)).to.equal(undefined);
    // Without an id parameter the frame's timeline is called "timeline"; relative addresses resolve.
    expect(frameSrcWithHash('/dist/embed.html?src=a.json', '#timeline=x', base)).to.equal(
      'https://news.example/dist/embed.html?src=a.json#timeline=x',
    );
    // Once the frame has said which event its reader picked, that is what its address is compared with.
    expect(
      frameSrcWithHash(
        `${src}#story=senate-office-meeting`,
        '#story=senate-office-meeting',
        base,
        '#story=flynn-resigns',
      ),
    ).to.equal(`${src}#story=senate-office-meeting`);
    expect(frameSrcWithHash(src, '#story=flynn-resigns', base, '#story=flynn-resigns')).to.equal(undefined);
    expect(frameSrcWithHash(`${src}#story=flynn-resigns`, '#story=flynn-resigns', base, '')).to.equal(
      `${src}#story=flynn-resigns`,
    );
  });

  it("names a frame's timeline as its page does: the id parameter, else timeline", () => {
    const base = 'https://news.example/story.html';
    expect(frameId('https://cdn.example/et/embed.html?src=a.json&id=story#story=x', base)).to.equal('story');
    expect(frameId('/et/embed.html?src=a.json', base)).to.equal('timeline');
    expect(frameId('https://[', base)).to.equal('timeline');
  });

  it('builds the message a frame sends when its reader picks an event, and reads it back only for that timeline', () => {
    expect(hashMessage('#story=flynn-resigns')).to.deep.equal({ 'event-timeline-hash': '#story=flynn-resigns' });
    expect(readHashMessage(hashMessage('#story=flynn-resigns'), 'story')).to.equal('#story=flynn-resigns');
    // Nothing picked (the detail closed); an id escaped as the widget writes it.
    expect(readHashMessage(hashMessage(''), 'story')).to.equal('');
    expect(readHashMessage(hashMessage(`#story=${encodeURIComponent("Café (2016)'s *note*!~")}`), 'story')).to.equal(
      "#story=Caf%C3%A9%20(2016)'s%20*note*!~",
    );
    const refused: unknown[] = [
      hashMessage('#timeline=flynn-resigns'), // another timeline's link
      hashMessage('#storyx=1'),
      hashMessage('#story='),
      hashMessage(`#story=${'x'.repeat(600)}`),
      hashMessage('#story=a b'),
      hashMessage('#story=x#y'),
      hashMessage('#story=<img src=x>'),
      hashMessage('#story=%E0%A4%A'), // a broken escape
      hashMessage('javascript:alert(1)'),
      hashMessage('?story=x'),
      { 'event-timeline-hash': 42 },
      { 'event-timeline-hash': { id: 'story', hash: '#story=x' } },
      { 'datawrapper-height': { story: 5 } },
      '#story=x',
      null,
      undefined,
    ];
    for (const message of refused)
      expect(readHashMessage(message, 'story'), JSON.stringify(message)).to.equal(undefined);
  });
});
