/**
 * The code a producer pastes into a CMS, built as text from the Embed page's fields. Every value
 * is written inside double quotes with `& " < >` escaped, so a field can end neither the attribute
 * nor the tag, whatever was typed into it.
 */
import type { Theme } from './params.js';

export interface SnippetOptions {
  /** Absolute address of the events file. */
  src: string;
  /** BCP 47 tag; none: the page's language (script version) or the reader's browser's (iframe). */
  locale?: string;
  theme?: Theme;
  /** Element id, for links to an event: `#<id>=<event id>`. */
  id: string;
  /** The frame's accessible name. */
  title: string;
  /** `auto`: the frame takes its content's height (needs the parent-side script); a number: fixed px. */
  height: 'auto' | number;
  /** Absolute addresses of dist/event-timeline.min.js, dist/embed.html, dist/event-timeline-frame.js. */
  scriptUrl: string;
  embedUrl: string;
  frameScriptUrl: string;
}

/** The height a frame has before its first height message arrives. */
export const INITIAL_FRAME_HEIGHT = 500;

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** ` name="value"` for each value given, ` name` for `true`, nothing for undefined. */
function attributes(pairs: Array<[string, string | number | true | undefined]>): string {
  return pairs
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
}

/** The frame page's address with the options as query parameters (percent-encoded by URLSearchParams). */
export function frameUrl(options: Pick<SnippetOptions, 'embedUrl' | 'src' | 'locale' | 'theme' | 'id'>): string {
  const url = new URL(options.embedUrl);
  const params = new URLSearchParams({ src: options.src });
  if (options.locale) params.set('locale', options.locale);
  if (options.theme) params.set('theme', options.theme);
  params.set('id', options.id);
  url.search = params.toString();
  return url.href;
}

/** The script-tag version: the widget in the page itself; it always takes its content's height. */
export function elementSnippet(options: SnippetOptions): string {
  return (
    `<script${attributes([
      ['src', options.scriptUrl],
      ['defer', true],
    ])}></script>\n` +
    `<event-timeline${attributes([
      ['id', options.id],
      ['src', options.src],
      ['locale', options.locale],
      ['theme', options.theme],
      ['link-selection', true],
    ])}></event-timeline>`
  );
}

/** The iframe version, for CMSs that accept only iframes. */
export function iframeSnippet(options: SnippetOptions): string {
  const auto = options.height === 'auto';
  const frame = `<iframe${attributes([
    ['data-event-timeline', auto ? true : undefined],
    ['title', options.title],
    ['src', frameUrl(options)],
    ['height', auto ? INITIAL_FRAME_HEIGHT : options.height],
    ['style', 'width:100%;border:0'],
    // The height follows the content, so a scroll bar would only flash while it changes.
    ['scrolling', auto ? 'no' : undefined],
    ['loading', 'lazy'],
  ])}></iframe>`;
  return auto
    ? `${frame}\n<script${attributes([
        ['src', options.frameScriptUrl],
        ['async', true],
      ])}></script>`
    : frame;
}
