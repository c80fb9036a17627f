// The Embed page (demo/embed-code.html): a producer fills in the form, sees both versions live, and
// copies code that works when pasted into a page. Uses the built scripts in dist/ (npm test builds).
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import { elementSnippet, iframeSnippet, type SnippetOptions } from '../../src/embed/snippet.js';
import { cleanup, contentHeight, frameViolations, loadFrame, ready, until, widgetIn } from '../helpers/index.js';

/** The Embed page, in a frame wide enough for its two columns. */
const WIDE = { width: 1100 };

/** The page's controls, used the way a producer does: typing, picking, clicking. */
function controls(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const $ = <T extends HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;
  const fire = (el: HTMLElement, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
  return {
    doc,
    $,
    type(id: string, text: string) {
      const input = $<HTMLInputElement>(`#${id}`);
      input.focus();
      input.value = text;
      fire(input, 'input');
      fire(input, 'change'); // as on leaving the field: no wait for the typing pause
    },
    pick(id: string, value: string) {
      const select = $<HTMLSelectElement>(`#${id}`);
      select.value = value;
      fire(select, 'change');
    },
    check(name: string, value: string) {
      $<HTMLInputElement>(`input[name="${name}"][value="${value}"]`).click();
    },
    code: (which: 'script' | 'iframe') => $<HTMLTextAreaElement>(`#${which}-code`).value,
    previewElement: () => $('#script-preview').querySelector<EventTimeline>('event-timeline'),
    previewFrame: () => $('#iframe-preview').querySelector('iframe'),
  };
}

describe('the Embed page', () => {
  afterEach(cleanup);

  it('starts with the demo story: both previews live, both snippets pointing at this site', async () => {
    const page = controls(await loadFrame('/demo/embed-code.html', WIDE));
    await until(() => ready(page.previewElement()), 'the script preview');
    const frame = page.previewFrame()!;
    await until(() => ready(frame), 'the iframe preview');
    // The page's copy of the parent-side script sizes the preview frame to its content.
    await until(() => frame.style.height === `${contentHeight(frame)}px`, 'the preview frame at its height');

    const o = location.origin;
    const options: SnippetOptions = {
      src: `${o}/events.json`,
      locale: 'en',
      theme: 'light',
      id: 'timeline',
      title: 'Timeline',
      height: 'auto',
      scriptUrl: `${o}/dist/event-timeline.min.js`,
      embedUrl: `${o}/demo/embed.html`,
      frameScriptUrl: `${o}/dist/event-timeline-frame.js`,
    };
    expect(page.code('script')).to.equal(elementSnippet(options));
    expect(page.code('iframe')).to.equal(iframeSnippet(options));
    expect(page.code('iframe')).to.contain(
      `src="${o}/demo/embed.html?src=${encodeURIComponent(`${o}/events.json`)}&amp;locale=en&amp;theme=light&amp;id=timeline"`,
    );
  });

  it('works from dist/ too: starts empty there, and points at the files beside it', async () => {
    const page = controls(await loadFrame('/dist/embed-code.html', WIDE));
    expect(page.$<HTMLInputElement>('#src').value).to.equal('');
    expect(page.$('#iframe-preview').textContent).to.equal(
      'Paste the address of an events file above to see the timeline here.',
    );
    expect(page.code('iframe')).to.equal('');
    page.type('src', '/events.json');
    const o = location.origin;
    expect(page.code('script')).to.contain(`<script src="${o}/dist/event-timeline.min.js" defer></script>`);
    expect(page.code('iframe')).to.contain(`src="${o}/dist/embed.html?src=`);
    expect(page.code('iframe')).to.contain(`<script src="${o}/dist/event-timeline-frame.js" async></script>`);
    const frame = page.previewFrame()!;
    await until(() => ready(frame) && frame.style.height === `${contentHeight(frame)}px`, 'the iframe preview');
  });

  it('follows every choice in the code and the previews', async () => {
    const page = controls(await loadFrame('/demo/embed-code.html', WIDE));
    await until(() => ready(page.previewElement()), 'the script preview');
    page.type('src', '/test/fixtures/story.csv');
    page.pick('locale', 'ar');
    page.check('theme', 'dark');
    page.type('height-px', '640'); // typing a height chooses "Fixed"
    expect(page.$<HTMLInputElement>('input[name="height"][value="fixed"]').checked).to.equal(true);
    page.type('id', 'story');
    page.type('title', 'خط زمني');
    page.check('preview', 'phone');

    const o = location.origin;
    const code = page.code('iframe');
    expect(code).to.equal(
      `<iframe title="خط زمني" src="${o}/demo/embed.html?src=${encodeURIComponent(`${o}/test/fixtures/story.csv`)}&amp;locale=ar&amp;theme=dark&amp;id=story" height="640" style="width:100%;border:0" loading="lazy"></iframe>`,
    );
    expect(page.code('script')).to.contain(
      `<event-timeline id="story" src="${o}/test/fixtures/story.csv" locale="ar" theme="dark" link-selection>`,
    );
    expect(page.$('#id-example').textContent).to.equal('story');

    // The previews show the choices: Arabic, right to left, dark, phone width, a fixed frame.
    const el = await until(() => ready(page.previewElement()) && page.previewElement(), 'the new script preview');
    expect([el.getAttribute('locale'), el.getAttribute('theme'), el.parentElement!.dir]).to.deep.equal([
      'ar',
      'dark',
      'rtl',
    ]);
    expect(el.getBoundingClientRect().width).to.equal(375);
    expect(el.shadowRoot!.querySelector('figure.vertical')).not.to.equal(null);
    const frame = page.previewFrame()!;
    expect([
      frame.hasAttribute('data-event-timeline'),
      frame.height,
      frame.getBoundingClientRect().height,
    ]).to.deep.equal([false, '640', 640]);
    await until(() => ready(frame), 'the iframe preview');
    expect(frame.contentDocument!.documentElement.dir).to.equal('rtl');
  });

  it('has no WCAG 2.2 AA violations, with the previews, a dark preview and a field in error', async () => {
    const outer = await loadFrame('/demo/embed-code.html', WIDE);
    const page = controls(outer);
    await until(() => ready(page.previewElement()), 'the script preview');
    expect(await frameViolations(outer)).to.deep.equal([]);
    page.check('theme', 'dark');
    page.type('src', 'data:,{}');
    expect(page.$('#src-error').hidden).to.equal(false);
    expect(await frameViolations(outer)).to.deep.equal([]);
  });

  it('refuses a script address and an unusable id, and offers no code for them', async () => {
    const page = controls(await loadFrame('/demo/embed-code.html', WIDE));
    await until(() => ready(page.previewElement()), 'the script preview');
    page.type('src', 'javascript:alert(document.domain)');
    const error = page.$('#src-error');
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.equal(
      "only http and https addresses or paths on this site are allowed; got 'javascript:alert(document.domain)'",
    );
    expect(page.$('#src').getAttribute('aria-invalid')).to.equal('true');
    expect([page.code('script'), page.code('iframe')]).to.deep.equal(['', '']);
    expect([...page.doc.querySelectorAll<HTMLButtonElement>('.copy')].map((b) => b.disabled)).to.deep.equal([
      true,
      true,
    ]);
    expect(page.$('#script-preview').textContent).to.equal(
      'Paste the address of an events file above to see the timeline here.',
    );
    expect(page.doc.querySelectorAll('.preview iframe, .preview event-timeline')).to.have.length(0);

    page.type('src', '/events.json');
    page.type('id', 'my timeline"><b>');
    expect(page.$('#id-error').textContent).to.match(/^expected a letter, then letters, digits, - or _/);
    expect(page.code('iframe')).to.equal('');
    expect(page.doc.querySelectorAll('b')).to.have.length(0);
    page.type('id', 'ok-now');
    expect(page.$('#id-error').hidden).to.equal(true);
    expect(page.code('iframe')).to.contain('id=ok-now');
  });

  it('copies a snippet with the clipboard, or selects it all where the clipboard is refused', async () => {
    const page = controls(await loadFrame('/demo/embed-code.html', WIDE));
    await until(() => page.code('iframe'), 'the code');
    const win = frame(page) as Window & typeof globalThis;
    const written: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    page.$<HTMLButtonElement>('[data-copy="iframe-code"]').click();
    await until(() => page.$('#iframe-status').textContent, 'the status');
    expect(written).to.deep.equal([page.code('iframe')]);
    expect(page.$('#iframe-status').textContent).to.equal('Copied. Paste it into your story.');

    // No clipboard (an http page, an old browser): the whole snippet is selected instead.
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: undefined });
    win.document.execCommand = () => false;
    page.$<HTMLButtonElement>('[data-copy="script-code"]').click();
    const status = await until(() => page.$('#script-status').textContent, 'the status');
    expect(status).to.equal('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    const area = page.$<HTMLTextAreaElement>('#script-code');
    expect([page.doc.activeElement, area.selectionStart, area.selectionEnd]).to.deep.equal([
      area,
      0,
      area.value.length,
    ]);
  });

  it('hands out code that works when pasted into a page: iframe version and script version', async () => {
    const page = controls(await loadFrame('/demo/embed-code.html', WIDE));
    page.type('id', 'story');
    const iframeCode = await until(() => page.code('iframe'), 'the iframe code');
    const scriptCode = page.code('script');

    // Pasted into an article, with a link to an event in the article's address.
    const article = await loadFrame(
      (f) => (f.srcdoc = `<!doctype html><html lang="en"><body><p>Story.</p>${iframeCode}</body></html>`),
      { width: 900 },
    );
    const embed = article.contentDocument!.querySelector('iframe')!;
    await until(() => ready(embed), 'the timeline in the pasted iframe');
    await until(() => embed.style.height === `${contentHeight(embed)}px`, 'the pasted iframe at its content height');
    expect(embed.getBoundingClientRect().width).to.equal(900 - 16); // 100% of the article's body

    const withScript = await loadFrame(
      (f) => (f.srcdoc = `<!doctype html><html lang="en"><body>${scriptCode}</body></html>`),
      { width: 900 },
    );
    const pasted = widgetIn(withScript)!;
    await until(() => ready(pasted), 'the timeline from the pasted script');
    expect(pasted.shadowRoot!.querySelectorAll('[data-event-id]')).to.have.length(8);
  });
});

function frame(page: ReturnType<typeof controls>): Window {
  return page.doc.defaultView!;
}
