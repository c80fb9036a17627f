// A CMS page in a legacy charset: many templates still send `text/html; charset=windows-1252` (or
// ISO-8859-1) and no <meta charset>, and many CDNs send scripts with no charset parameter. The
// browser then decodes the classic single file in the page's charset, so every non-ASCII character
// in it ("−", "–", "…", luxon's digit tables) would be garbled unless the file is ASCII. The test
// server makes such pages (web-test-runner.config.mjs, charsetPageMiddleware) around
// dist/event-timeline.min.js, built by `npm run build`.
import { expect } from '@open-wc/testing';
import { nameOf, openPage, plain, sleep, widgetIn } from '../helpers/index.js';

/** What a reader sees and hears of the widget: its text, every accessible name, every title. */
function reading(frame: HTMLIFrameElement): { text: string; names: string[]; titles: string[] } {
  const root = widgetIn(frame)!.shadowRoot!;
  const all = [...root.querySelectorAll('*')];
  return {
    text: plain(root.textContent),
    names: all
      .filter((e) => e.matches('button, a[href], [role], [aria-label], [aria-labelledby], svg, figure, h2, h3'))
      .map((e) => `${e.localName}: ${nameOf(e)}`),
    titles: [
      ...all.filter((e) => e.hasAttribute('title')).map((e) => e.getAttribute('title')!),
      ...all.filter((e) => e.localName === 'title').map((e) => e.textContent ?? ''),
    ],
  };
}

/** The page in `charset`, read as it opens (eras with date ranges, "July 2016 – November 8, 2016"), then with an event open. */
async function readPage(charset: string) {
  const frame = await openPage(`/test/charset/page/${charset}`);
  expect(frame.contentDocument!.characterSet.toLowerCase()).to.equal(charset);
  const before = reading(frame);
  widgetIn(frame)!.setAttribute('selected', 'senate-office-meeting');
  await sleep(300);
  const selected = reading(frame);
  frame.remove();
  return { before, selected };
}

describe('dist/event-timeline.min.js in a page that is not UTF-8', () => {
  it('is sent by the test server with no charset, in a page with no <meta charset>', async () => {
    const script = await fetch('/test/charset/event-timeline.min.js');
    expect(script.headers.get('content-type')).to.equal('text/javascript');
    const page = await fetch('/test/charset/page/windows-1252');
    expect(page.headers.get('content-type')).to.equal('text/html; charset=windows-1252');
    expect(await page.text()).not.to.match(/<meta/i);
  });

  it('reads the same in a windows-1252 page as in a UTF-8 page: text, accessible names and titles', async () => {
    const utf8 = await readPage('utf-8');
    const legacy = await readPage('windows-1252');
    // Not a vacuous match: the UTF-8 reading has the widget's own non-ASCII characters.
    expect(utf8.before.names).to.include('button: − Zoom out');
    expect(utf8.before.text).to.contain('\u2212'); // the zoom-out button's "−"
    expect(utf8.before.text).to.contain('\u2013'); // a range dash, in an era's dates
    expect(utf8.selected.text).to.contain('September 8, 2016');
    expect(legacy.before.names).to.deep.equal(utf8.before.names);
    expect(legacy.before.titles).to.deep.equal(utf8.before.titles);
    expect(legacy.before.text).to.equal(utf8.before.text);
    expect(legacy.selected).to.deep.equal(utf8.selected);
  });
});
