/**
 * The iframe page's script (dist/event-timeline-embed.js, loaded by embed.html after the single
 * file): builds the timeline from the page's query parameters, and tells the parent page its
 * height in pym.js's and Datawrapper's formats (see messages.ts).
 *
 * Everything is built with DOM APIs; a query value reaches the page only as an attribute value the
 * widget reads, or as text in a message. This script sets no inline style and the page has no
 * inline script or style: embed.html runs under `script-src 'self'; style-src 'self'`.
 */
import { hashMessage, selectionFromHash } from './deep-link.js';
import { datawrapperMessage, parsePymMessage, pymMessage } from './messages.js';
import { directionOf, readEmbedParams, type EmbedOptions, type ParamProblem } from './params.js';

const root = document.documentElement;

function showTimeline(options: EmbedOptions): void {
  const el = document.createElement('event-timeline');
  el.id = options.id;
  el.setAttribute('link-selection', '');
  el.setAttribute('src', options.src);
  if (options.locale) el.setAttribute('locale', options.locale);
  // Without a locale the widget takes its page's lang, so the page takes the reader's language
  // (embed.html says "en" only for the messages above). The widget mirrors for right-to-left
  // languages by following its page's direction.
  const language = options.locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;
  root.lang = language;
  root.dir = directionOf(language);
  if (options.orientation) el.setAttribute('orientation', options.orientation);
  el.setAttribute('theme', options.theme ?? 'light');
  root.dataset.theme = options.theme ?? 'light';
  (document.querySelector('main') ?? document.body).append(el);
  // The page's heading names the timeline once its file is read.
  el.addEventListener('timeline-ready', () => {
    const heading = document.querySelector('h1');
    if (heading && el.timeline?.title) heading.textContent = el.timeline.title;
  });
  // The parent-side script may pass a link to an event after the frame has loaded (a reader
  // follows an in-page link); the widget reads the address only when its data arrives.
  addEventListener('hashchange', () => {
    const selected = selectionFromHash(location.hash, options.id);
    if (selected !== undefined) el.setAttribute('selected', selected);
  });
  // The other way: the reader picks an event (or closes it), the widget writes the link into the
  // frame's address, and the page around may put it into its own (parent.ts), to be shared. Only
  // the reader's picks: the page setting `selected` (a link passed in above) fires no
  // timeline-select, so a link never comes back to where it came from.
  el.addEventListener('timeline-select', () => {
    if (window.parent === window) return;
    const hash = selectionFromHash(location.hash, options.id) === undefined ? '' : location.hash;
    window.parent.postMessage(hashMessage(hash), '*');
  });
}

function showProblems(problems: ParamProblem[]): void {
  const box = document.createElement('div');
  box.className = 'problems';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'problems-heading';
  heading.textContent = 'This timeline cannot be shown: its address has a mistake.';
  const list = document.createElement('ul');
  for (const { param, message } of problems) {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = param;
    item.append(name, `: ${message}`);
    list.append(item);
  }
  box.append(heading, list);
  (document.querySelector('main') ?? document.body).append(box);
}

/**
 * Sends the page's height to the parent whenever its integer value changes. A ResizeObserver
 * callback runs at most once per animation frame, after layout, so it is the throttle. Browsers
 * may pause rendering in a cross-origin frame out of view, and then the observer: the widget's own
 * events and pym's width requests also measure, so the first height never waits for a scroll.
 * (The widget reaches timeline-ready there because its first layout reads its width at once,
 * size-controller.ts's hostUpdate, instead of waiting for its own observer; a test guards both.)
 */
function reportHeights(chartId: string, childId: string | undefined): void {
  if (window.parent === window) return;
  let last = -1;
  const send = (always: boolean) => {
    // The root's box holds the body and its margins; scrollHeight never goes below the frame's own height.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === 0 || (height === last && !always)) return;
    last = height;
    window.parent.postMessage(datawrapperMessage(chartId, height), '*');
    if (childId !== undefined) window.parent.postMessage(pymMessage(childId, 'height', height), '*');
  };
  new ResizeObserver(() => send(false)).observe(root);
  for (const type of ['load', 'timeline-ready', 'timeline-error']) addEventListener(type, () => send(false));
  // pym's parent sends its width when it resizes and expects a height in reply.
  addEventListener('message', (event) => {
    const message = event.source === window.parent ? parsePymMessage(event.data) : undefined;
    if (message && message.id === childId && message.type === 'width') send(true);
  });
  send(false);
}

const { options, problems, id, childId } = readEmbedParams(location.search, location.href);
if (options) showTimeline(options);
else showProblems(problems);
reportHeights(id, childId);
