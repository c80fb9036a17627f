/**
 * The vertical layout, for narrow screens, the list view and print: the events down a rail, each
 * with its group's mark, a year heading where the year changes, and its detail opened in place.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { RenderContext } from './context.js';
import { fill, formatNumber } from '../i18n/strings.js';
import { renderEventButton } from './labels.js';
import { renderShape, shapeOfGroup } from './marks.js';
import { setStyle } from './set-style.js';
import { shapeOf } from '../layout/layout.js';
import type { ListItems } from '../layout/list.js';
import type { TimelineEvent } from '../model/types.js';

/** Events a printed list holds at most, each with its detail open. */
const PRINTED = 1000;

export function renderList(
  items: ListItems,
  ctx: RenderContext,
  detail: (event: TimelineEvent, date: string, index: number) => TemplateResult,
): TemplateResult {
  const { strings, language } = ctx;
  // Paper gets the first PRINTED events whatever part is on screen; the screen, its part (clamped:
  // the warm-up's file may be shorter than the list the element showed).
  const range = ctx.printing ? { start: 0, end: PRINTED } : (ctx.listRange ?? { start: 0, end: items.length });
  const start = Math.min(range.start, items.length);
  const end = Math.min(range.end, items.length);
  const shown = Array.from({ length: end - start }, (_, i) => items.at(start + i));
  // The part of a long list on screen: the reader asks for more, a page at a time, on either side.
  const more = (side: 'earlier' | 'later', count: number) =>
    count > 0
      ? html`<button class="show-more" part="more-button" @click=${() => ctx.onShowMore(side)}>
          ${fill(side === 'earlier' ? strings.showEarlier : strings.showLater, { count: formatNumber(count, language) }, language)}
        </button>`
      : nothing;
  return html`${more('earlier', start)}
    <ol class="list" start=${start + 1} aria-label=${strings.events} aria-describedby="instructions" part="list" @keydown=${ctx.onKeydown}>
      ${shown.map(({ event, date, year, newYear }, i) => {
        const group = ctx.groupIndex(event);
        // The first item shown names its year, though the list may start inside it.
        const heading = newYear || i === 0;
        return html`<li class=${newYear ? 'new-year' : ''} aria-posinset=${start + i + 1} aria-setsize=${items.length}>
          ${heading ? html`<span class="year" aria-hidden="true">${year}</span>` : nothing}
          <svg class="rail-mark" width="20" height="20" aria-hidden="true">
            ${
              shapeOf(event) === 'band'
                ? svg`<rect class="mark band g${group}${event.id === ctx.selected ? ' selected' : ''}" x="6" y="2" width="8" height="16" rx="2"></rect>`
                : renderShape(
                    shapeOfGroup(group),
                    10,
                    10,
                    `mark point g${group}${event.id === ctx.selected ? ' selected' : ''}`,
                  )
            }
          </svg>
          ${renderEventButton(event, ctx, 'item', setStyle({}), date, event.title)}
          ${event.id === ctx.selected || ctx.printing ? detail(event, date, start + i) : nothing}
        </li>`;
      })}
    </ol>
    ${more('later', items.length - end)}`;
}
