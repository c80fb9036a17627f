/**
 * The detail panel of the selected event, under the chart or inside its list item (and every
 * event's, when printing): the only place an event's text, media and sources are shown, so the
 * only template that renders sanitised markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { adoptSheet } from './adopt-sheet.js';
import { withHost } from './with-host.js';
import type { RenderContext } from './context.js';
import type { RichText } from './rich-text.js';
import type { Lit } from './media.js';
import { setStyle } from './set-style.js';
import { formatDateValue, toDatetimeAttribute } from '../model/date-value.js';
import type { MediaEntry, TimelineEvent } from '../model/types.js';
import { fill } from '../i18n/strings.js';

export function renderDetail(
  event: TimelineEvent,
  date: string,
  ctx: RenderContext,
  position: { index: number; count: number },
): TemplateResult {
  // The event's own language, for one quote in another language than the rest of the file.
  const lang = event.lang ?? ctx.dataLang;
  return html`
    <section
      class="detail"
      part="detail"
      id=${ctx.printing ? nothing : 'detail'}
      aria-labelledby=${ctx.printing ? nothing : 'detail-title'}
      @keydown=${ctx.onKeydown}
    >
      <button class="close" part="close-button" aria-label=${ctx.strings.close} @click=${ctx.onCloseDetail}>&times;</button>
      <p class="meta">
        <time datetime=${toDatetimeAttribute(event.start)} lang=${event.displayDate ? lang : nothing}>${date}</time>${
          event.place ? html` &middot; <span class="place" dir="auto" lang=${lang}>${event.place}</span>` : nothing
        }
      </p>
      <h3 id=${ctx.printing ? nothing : 'detail-title'} dir="auto" lang=${lang}>${event.title}</h3>
      ${event.description ? renderDescription(ctx.richText(event.description), lang) : nothing}
      ${event.media ? renderMediaOf(event, event.media, ctx, lang) : nothing}
      ${event.note ? html`<p class="note" dir="auto" lang=${lang}>${event.note}</p>` : nothing}
      ${
        event.sources.length
          ? html`<h4>${ctx.strings.sources}</h4>
            <ul class="sources">
              ${event.sources.map(
                (s) => html`<li>
                  ${s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.name}</a>` : s.name}${
                    s.date
                      ? html`, <time datetime=${s.date.iso}>${formatDateValue(s.date, ctx.language)}</time>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="steps">
        <button class="step previous" part="step-button" ?disabled=${position.index === 0} @click=${() => ctx.onStep(-1)}>${ctx.strings.previous}</button>
        <span class="count">${fill(ctx.strings.position, { index: position.index + 1, count: position.count }, ctx.language)}</span>
        <button
          class="step next"
          part="step-button"
          ?disabled=${position.index === position.count - 1}
          @click=${() => ctx.onStep(1)}
        >${ctx.strings.next}</button>
      </div>
    </section>
  `;
}

/** Markup under its own direction, as dir="auto" is slow to fill with many nodes (see sanitize.ts). */
function renderDescription(rich: RichText, lang: string) {
  return html`<div class="text" dir=${rich.dir ?? 'auto'} lang=${lang}>${renderRichText(rich)}</div>`;
}

/** Sanitised markup is the only HTML ever rendered unescaped; everything else is text. */
function renderRichText(rich: RichText) {
  return rich.html !== undefined ? unsafeHTML(rich.html) : rich.text;
}

const LIT: Lit = { html, nothing, setStyle };

/**
 * The media's template, once loaded: it knows every provider and kind of file, which a story
 * without media never needs, and a detail with media is opened only by a reader who asks.
 */
let mediaPart: typeof import('./media.js') | undefined;
let mediaLoading: Promise<unknown> | undefined;
/** The part could not be fetched (offline, blocked): the media is a plain link. */
let mediaFailed = false;

/** The event's media, with the element it is shown in. */
function renderMediaOf(event: TimelineEvent, media: MediaEntry, ctx: RenderContext, lang: string) {
  return withHost((host) => {
    if (mediaPart) {
      adoptSheet(host, mediaPart.mediaCss);
      return mediaPart.renderMedia(LIT, host, event, media, ctx, lang, renderRichText);
    }
    if (!mediaFailed) {
      mediaLoading ??= import('./media.js').then(
        (part) => void (mediaPart = part),
        () => void (mediaFailed = true),
      );
      void mediaLoading.then(() => host.requestUpdate?.());
    }
    // Until it arrives (paper cannot wait for it), or if it cannot: the media as a link.
    return html`<p class="media-link"><a href=${media.url} target="_blank" rel="noopener noreferrer" lang=${lang}>${media.alt ?? event.title}</a></p>`;
  });
}
