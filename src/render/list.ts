/**
 * The vertical layout, for narrow screens, the list view and print: the events down a rail, each
 * with its group's mark, a year heading where the year changes, and its detail opened in place.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { RenderContext } from './context.js';
import { renderEventButton } from './labels.js';
import { renderShape, shapeOfGroup } from './marks.js';
import { setStyle } from './set-style.js';
import { shapeOf } from '../layout/layout.js';
import type { ListItem } from '../layout/list.js';
import type { TimelineEvent } from '../model/types.js';

export function renderList(
  items: ListItem[],
  ctx: RenderContext,
  detail: (event: TimelineEvent, date: string) => TemplateResult,
): TemplateResult {
  return html`<ol class="list" aria-label=${ctx.strings.events} aria-describedby="summary" part="list" @keydown=${ctx.onKeydown}>
    ${items.map(({ event, date, year }) => {
      const group = ctx.groupIndex(event);
      return html`<li class=${year ? 'new-year' : ''}>
        ${year ? html`<span class="year" aria-hidden="true">${year}</span>` : nothing}
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
        ${event.id === ctx.selected || ctx.printing ? detail(event, date) : nothing}
      </li>`;
    })}
  </ol>`;
}
