/**
 * The Embed page (demo/embed-code.html, built to dist/embed-code.js): reads the form, checks it
 * with the iframe page's own rules, writes both snippets and shows both versions live. The
 * previews are built with DOM APIs; the snippets are text in a textarea, never markup on this page.
 */
import { checkId, checkSrc, directionOf, type Theme } from './params.js';
import { loadedScript } from './loaded-script.js';
import { elementSnippet, frameUrl, iframeSnippet, INITIAL_FRAME_HEIGHT, type SnippetOptions } from './snippet.js';

const MIN_HEIGHT = 150;
const MAX_HEIGHT = 4000;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('options');
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList;
const value = (name: string) => (field(name) as { value: string }).value;

const addresses = {
  scriptUrl: loadedScript('event-timeline.min.js'),
  frameScriptUrl: loadedScript('event-timeline-frame.js'),
  // The iframe page lives beside this one, in demo/ and in dist/ alike.
  embedUrl: new URL('embed.html', location.href).href,
};

/** Shows or clears a field's message, and marks the field for assistive technology. */
function mark(input: HTMLElement, errorId: string, message: string | undefined): void {
  const error = byId<HTMLElement>(errorId);
  error.textContent = message ?? '';
  error.hidden = message === undefined;
  if (message === undefined) input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

/** The snippet options from the form; undefined while a field is wrong or the address is empty. */
function readForm(): SnippetOptions | undefined {
  const srcInput = byId<HTMLInputElement>('src');
  const idInput = byId<HTMLInputElement>('id');
  const pxInput = byId<HTMLInputElement>('height-px');
  const raw = srcInput.value.trim();
  const src = raw ? checkSrc(raw, location.href) : undefined;
  mark(srcInput, 'src-error', src && 'problem' in src ? src.problem : undefined);
  const id = checkId(idInput.value);
  mark(idInput, 'id-error', 'problem' in id ? id.problem : undefined);
  byId('id-example').textContent = 'value' in id ? id.value : 'timeline';
  const fixed = value('height') === 'fixed';
  const px = Number(pxInput.value);
  const pxOk = Number.isInteger(px) && px >= MIN_HEIGHT && px <= MAX_HEIGHT;
  mark(
    pxInput,
    'height-error',
    fixed && !pxOk ? `A whole number of pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}.` : undefined,
  );
  if (!src || !('value' in src) || !('value' in id) || (fixed && !pxOk)) return undefined;
  return {
    ...addresses,
    src: src.value,
    locale: value('locale') || undefined,
    theme: value('theme') as Theme,
    id: id.value,
    title: byId<HTMLInputElement>('title').value.trim() || 'Timeline',
    height: fixed ? px : 'auto',
  };
}

function placeholder(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}

/** The script version as a reader would get it: the element in the page, in the chosen language's direction. */
function elementPreview(options: SnippetOptions): HTMLElement {
  const page = document.createElement('div');
  if (options.locale) {
    page.lang = options.locale;
    page.dir = directionOf(options.locale);
  }
  const el = document.createElement('event-timeline');
  el.setAttribute('src', options.src);
  if (options.locale) el.setAttribute('locale', options.locale);
  if (options.theme) el.setAttribute('theme', options.theme);
  // No link-selection here: selecting in the preview must not rewrite this page's address.
  page.append(el);
  return page;
}

/** The iframe version; with an automatic height, this page's copy of the parent-side script sizes it. */
function framePreview(options: SnippetOptions): HTMLElement {
  const frame = document.createElement('iframe');
  frame.title = options.title;
  if (options.height === 'auto') {
    frame.dataset.eventTimeline = '';
    frame.setAttribute('scrolling', 'no');
  }
  frame.height = String(options.height === 'auto' ? INITIAL_FRAME_HEIGHT : options.height);
  frame.src = frameUrl(options);
  return frame;
}

/** Each code box as tall as its code, so nothing hides behind a scroll bar (CSSOM: allowed by a CSP). */
function fitCode(): void {
  for (const area of document.querySelectorAll<HTMLTextAreaElement>('.code textarea')) {
    area.style.height = 'auto';
    area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
  }
}
addEventListener('resize', fitCode);

let shown: string | undefined;
function update(): void {
  const options = readForm();
  const scriptCode = byId<HTMLTextAreaElement>('script-code');
  const frameCode = byId<HTMLTextAreaElement>('iframe-code');
  scriptCode.value = options ? elementSnippet(options) : '';
  frameCode.value = options ? iframeSnippet(options) : '';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.disabled = !options;
  // A "Copied" from before a change would describe code that is no longer there.
  for (const status of document.querySelectorAll('.code .status')) status.textContent = '';
  fitCode();
  const phone = value('preview') === 'phone';
  for (const preview of document.querySelectorAll<HTMLElement>('.preview')) {
    preview.classList.toggle('phone', phone);
    // The box takes the theme's background, as the article around the widget would have.
    preview.dataset.theme = options?.theme ?? '';
  }

  // Rebuild the previews only when what they show changes: not for the id or the title.
  const key = options ? JSON.stringify([options.src, options.locale, options.theme, options.height]) : '';
  if (key === shown) return;
  shown = key;
  const empty = 'Paste the address of an events file above to see the timeline here.';
  byId('script-preview').replaceChildren(options ? elementPreview(options) : placeholder(empty));
  byId('iframe-preview').replaceChildren(options ? framePreview(options) : placeholder(empty));
}

/** Copies a snippet; where the clipboard is not allowed (http, an old browser), selects it for Ctrl+C. */
async function copy(button: HTMLButtonElement): Promise<void> {
  const code = byId<HTMLTextAreaElement>(button.dataset.copy ?? '');
  const status = byId(button.getAttribute('aria-describedby') ?? '');
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Copied. Paste it into your story.';
    return;
  } catch {
    // no permission or no Clipboard API: fall back to a selection
  }
  code.focus();
  code.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  status.textContent = copied ? 'Copied. Paste it into your story.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
}

// Typing a height means a fixed one (not merely tabbing through the field): it chooses its option.
byId('height-px').addEventListener('input', () => {
  (form.querySelector('input[name="height"][value="fixed"]') as HTMLInputElement).checked = true;
});

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (event) => {
  clearTimeout(typing);
  // Wait for a pause in typing before loading a half-written address.
  if (['text', 'number'].includes((event.target as HTMLInputElement).type)) typing = setTimeout(update, 400);
  else update();
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]'))
  button.addEventListener('click', () => void copy(button));

// The demo starts with its own story; the copy in dist/ starts empty (its example is removed at build).
const example = form.dataset.example;
if (example && !byId<HTMLInputElement>('src').value)
  byId<HTMLInputElement>('src').value = new URL(example, location.href).href;
update();
