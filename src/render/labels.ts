/**
 * The chart's labels: the buttons that make the chart usable by keyboard and screen reader, placed
 * where the layout measured them. The list reuses the event's button (renderEventButton).
 */
import { html, nothing } from 'lit';
import type { RenderContext } from './context.js';
import { setStyle } from './set-style.js';
import { leadingEvents, type ClusterLabel, type EventLabel } from '../layout/layout.js';
import { toDatetimeAttribute } from '../model/date-value.js';
import type { TimelineEvent } from '../model/types.js';
import { countEvents, fill } from '../i18n/strings.js';

/** How many of a cluster's titles its accessible name reads out, most important first. */
const NAMED = 3;

function position(l: EventLabel | ClusterLabel) {
  return setStyle({ left: `${l.left}px`, top: `${l.top}px`, width: `${l.width}px`, height: `${l.height}px` });
}

export function renderEventLabel(l: EventLabel, ctx: RenderContext) {
  return html`<li>${renderEventButton(l.event, ctx, `label ${l.anchor}`, position(l), renderLines(l.dateLines), renderLines(l.lines))}</li>`;
}

/**
 * The one focusable element of an event, in the chart and in the list alike: a button named by
 * its date then its title, that opens the detail.
 */
export function renderEventButton(
  event: TimelineEvent,
  ctx: RenderContext,
  className: string,
  placement: ReturnType<typeof setStyle>,
  date: unknown,
  title: unknown,
) {
  return html`<button
    class="${className} g${ctx.groupIndex(event)}"
    part="label"
    data-event-id=${event.id}
    data-item=${event.id}
    tabindex=${event.id === ctx.active ? 0 : -1}
    aria-expanded=${event.id === ctx.selected ? 'true' : 'false'}
    aria-controls="detail"
    ${placement}
    @click=${() => ctx.onSelect(event.id)}
    @focus=${() => ctx.onFocusItem(event.id)}
  >
    <time class="date" datetime=${toDatetimeAttribute(event.start)} lang=${event.displayDate ? (event.lang ?? ctx.dataLang) : nothing}>${date}</time>
    <span class="title" dir="auto" lang=${event.lang ?? ctx.dataLang}>${title}</span>
  </button>`;
}

export function renderClusterLabel(l: ClusterLabel, ctx: RenderContext) {
  const id = l.item;
  const name = fill(
    l.zoomable ? ctx.strings.cluster : ctx.strings.clusterDetails,
    {
      events: countEvents(ctx.strings, l.events.length, ctx.language),
      dates: l.date,
      titles: leadingEvents(l.events, NAMED)
        .map((e) => e.title)
        .join('; '),
    },
    ctx.language,
  );
  return html`<li>
    <button
      class="label cluster ${l.anchor}"
      part="cluster"
      data-cluster=${l.events.length}
      data-item=${id}
      tabindex=${id === ctx.active ? 0 : -1}
      aria-label=${l.more ? nothing : name}
      ${position(l)}
      @click=${() => ctx.onCluster(l)}
      @focus=${() => ctx.onFocusItem(id)}
    >
      ${
        l.more
          ? // Named by what it shows, then its size and first titles (WCAG 2.5.3: the name holds the label).
            html`<span class="date">${renderLines(l.dateLines)}</span
            ><span class="title lead" dir="auto" lang=${l.lead.lang ?? ctx.dataLang}>${renderLines(l.lines)}</span
            ><span class="more">${l.more}<span class="sr-only">.</span></span
            ><span class="sr-only">${name}</span>`
          : html`<span class="title">${renderLines(l.lines)}</span>`
      }
    </button>
  </li>`;
}

/**
 * Lines broken where the layout measured them, as one text with line breaks the stylesheet keeps
 * (white-space: pre): one text node per label part, however many lines, for zoom frames that
 * create labels by the dozen. Assistive tech reads a line break as a space.
 */
function renderLines(lines: string[]) {
  return lines.join('\n');
}
