/**
 * An event's media in its detail: an image, the browser's own player for a video or audio file, a
 * provider's player, or a card that links to a page. A provider's player loads on click: until the
 * reader presses its button, nothing is requested from the provider (no frame, no thumbnail of
 * theirs, no preconnect), so a reader who only reads tells no provider so.
 *
 * Which players were pressed is the one piece of state here. It is each widget's, kept outside its
 * templates by event and address, so that a re-render, a resize or reopening the detail keeps a
 * pressed player a player, and lasts as long as the widget.
 */
import type { html as litHtml, nothing as litNothing, ReactiveElement, TemplateResult } from 'lit';
import { fill, type Strings } from '../i18n/strings.js';
import type { MediaEntry, TimelineEvent } from '../model/types.js';
import { recognizeAddress, type MediaInfo } from '../parse/media-providers.js';
import type { RenderContext } from './context.js';
import type { RichText } from './rich-text.js';
import type { setStyle as setStyleDirective } from './set-style.js';

export { mediaCss } from './media.styles.js';

/**
 * The caller's Lit and directives. Taken, not imported, so that this module can become a part
 * loaded on demand (like table.ts) without a second copy of Lit in the page.
 */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  setStyle: typeof setStyleDirective;
}

interface Pressed {
  played: Set<string>;
  /** Pressed players whose frame the page's Content-Security-Policy refused: links from then on. */
  refused: Set<string>;
}
const pressed = new WeakMap<object, Pressed>();
function pressedIn(host: object): Pressed {
  let state = pressed.get(host);
  if (!state) pressed.set(host, (state = { played: new Set(), refused: new Set() }));
  return state;
}
/** Players pressed and framed, to match a refusal with by the embed's origin. */
const framed = new Set<{ origin: string; box: Element; host: Partial<ReactiveElement>; key: string }>();
const watching = new WeakSet<Document>();

const PRESS: Record<NonNullable<MediaInfo['shows']>, keyof Strings> = {
  video: 'playVideo',
  audio: 'playAudio',
  map: 'showMap',
  document: 'showDocument',
};

// Drawn rather than typed: the single file stays ASCII, and a glyph font may lack the signs.
const GLYPHS = {
  video: 'M9 6.5v11l9-5.5z',
  map: 'M12 2.5a6.5 6.5 0 0 0-6.5 6.5c0 4.9 6.5 12.5 6.5 12.5s6.5-7.6 6.5-12.5A6.5 6.5 0 0 0 12 2.5zm0 9a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z',
  document: 'M6 2.5h7.5l4.5 4.5v14.5H6zM13 3v4.5h4.5z',
};

/**
 * @param host the element the template is rendered in, whose players these are: asked to render
 *   again when one is pressed
 * @param renderRich the detail's way of showing a caption's sanitised markup, which stays the one
 *   place that renders markup unescaped
 */
export function renderMedia(
  { html, nothing, setStyle }: Lit,
  host: Partial<ReactiveElement>,
  event: TimelineEvent,
  media: MediaEntry,
  ctx: RenderContext,
  lang: string,
  renderRich: (rich: RichText) => unknown,
): TemplateResult {
  const info = recognizeAddress(media.url);
  const caption = media.caption ? ctx.richText(media.caption) : undefined;
  // One open detail has ids; on paper every detail is open, and nothing there plays.
  const labelledBy = caption && !ctx.printing ? 'media-caption' : undefined;
  // A card says its link in words: the alt text, else a caption without markup, else the title.
  const words = media.alt ?? caption?.text ?? event.title;
  const card = (href: string, site: string) =>
    html`<a class="card" href=${href} target="_blank" rel="noopener noreferrer" aria-label=${fill(ctx.strings.openLink, { site, title: words }, ctx.language)}
      ><span class="site">${site}</span> <span class="words" lang=${lang}>${words}</span></a
    >`;
  const key = `${event.id} ${media.url}`;
  const src = info.src ?? media.url;
  let content: unknown;
  let captioned = true;
  if (info.kind === 'image') {
    const img = html`<img src=${src} alt=${media.alt ?? ''} lang=${lang} loading="lazy" decoding="async" />`;
    content = media.link
      ? html`<a
          href=${media.link}
          target="_blank"
          rel="noopener noreferrer"
          aria-label=${media.alt ? nothing : fill(ctx.strings.openLink, { site: recognizeAddress(media.link).provider, title: event.title }, ctx.language)}
          >${img}</a
        >`
      : img;
  } else if (info.kind === 'link' || ctx.printing) {
    content = card(media.url, info.provider);
    captioned = words !== caption?.text;
  } else if (info.kind === 'player') {
    const size: Record<string, string> = info.height
      ? { height: `${info.height}px` }
      : { 'aspect-ratio': String(info.aspect ?? 16 / 9) };
    // Upright players (shorts, documents) are only as wide as keeps them within a screen's height.
    if (info.aspect && info.aspect < 1) size['max-width'] = `${Math.round(info.aspect * 480)}px`;
    const shows = info.shows ?? 'video';
    // One box throughout, so that focus can follow from the button to what takes its place.
    const { played, refused } = pressedIn(host);
    const gone = refused.has(key);
    content = html`<div class="player ${shows}" ${setStyle(gone ? {} : size)}>
        ${
          gone
            ? card(media.url, info.provider)
            : played.has(key)
              ? html`<iframe
                  src=${src}
                  title=${fill(ctx.strings.openLink, { site: info.provider, title: event.title }, ctx.language)}
                  allow=${info.allow ?? nothing}
                  referrerpolicy="strict-origin-when-cross-origin"
                  loading="lazy"
                  allowfullscreen
                  sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
                ></iframe>`
              : html`<button
                  type="button"
                  class="play"
                  part="play-button"
                  aria-label=${fill(ctx.strings[PRESS[shows]] as string, { site: info.provider, title: event.title }, ctx.language)}
                  @click=${(e: Event) => press(host, e.currentTarget as Element, key, src)}
                >
                  ${media.thumbnail ? html`<img src=${media.thumbnail} alt="" loading="lazy" decoding="async" />` : nothing}
                  <span class="glyph"
                    ><svg viewBox="0 0 24 24" aria-hidden="true"><path fill-rule="evenodd" d=${GLYPHS[shows === 'audio' ? 'video' : shows]} /></svg
                  ></span>
                  <span class="provider">${info.provider}</span>
                </button>`
        }
      </div>`;
  } else {
    // A file the browser plays itself: named by its caption, else its alt text, else the title.
    const name = labelledBy ? nothing : (media.alt ?? event.title);
    content =
      info.kind === 'video'
        ? html`<video
            src=${src}
            controls
            preload="none"
            playsinline
            poster=${media.thumbnail ?? nothing}
            aria-labelledby=${labelledBy ?? nothing}
            aria-label=${name}
          ></video>`
        : html`<audio src=${src} controls preload="none" aria-labelledby=${labelledBy ?? nothing} aria-label=${name}></audio>`;
  }
  return html`<figure class="media ${info.kind}">
    ${content}
    ${
      (caption && captioned) || media.credit
        ? html`<figcaption lang=${lang}>${
            caption && captioned ? html`<span id=${labelledBy ?? nothing}>${renderRich(caption)}</span>` : nothing
          }${media.credit ? html` <span class="credit">${media.credit}</span>` : nothing}</figcaption>`
        : nothing
    }
  </figure>`;
}

/** What an address is; one the parser let through but no URL can read is a link to itself. */

/**
 * The reader pressed play: the player takes the button's place, and focus moves into it. The
 * element is asked to render again, as for anything else that changes what it shows.
 */
async function press(host: Partial<ReactiveElement>, button: Element, key: string, src: string): Promise<void> {
  const box = button.parentElement;
  if (!box) return;
  pressedIn(host).played.add(key);
  for (const frame of framed) if (!frame.box.isConnected) framed.delete(frame);
  framed.add({ origin: new URL(src).origin, box, host, key });
  watchPolicy(box.ownerDocument);
  if (!host.requestUpdate) return;
  host.requestUpdate();
  await host.updateComplete;
  box.querySelector<HTMLElement>('iframe, a')?.focus();
}

/**
 * A page whose Content-Security-Policy forbids the provider's frames gets a link in their place,
 * not the browser's error page in a box. The browser says so with a `securitypolicyviolation`
 * event, composed out of the shadow root to the document, before it makes any request.
 */
function watchPolicy(doc: Document): void {
  if (watching.has(doc)) return;
  watching.add(doc);
  doc.addEventListener('securitypolicyviolation', (e) => {
    if (!/^(?:frame|child|default)-src/.test(e.effectiveDirective || e.violatedDirective)) return;
    for (const frame of framed)
      if (`${e.blockedURI}/`.startsWith(`${frame.origin}/`)) {
        framed.delete(frame);
        pressedIn(frame.host).refused.add(frame.key);
        void showLink(frame.host, frame.box);
      }
  });
}

async function showLink(host: Partial<ReactiveElement>, box: Element): Promise<void> {
  if (!host.requestUpdate) return;
  // Focus follows only from the player: a reader who went on elsewhere stays there.
  const followed = box.contains((box.getRootNode() as ShadowRoot).activeElement);
  host.requestUpdate();
  await host.updateComplete;
  if (followed) box.querySelector('a')?.focus();
}
