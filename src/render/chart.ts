/**
 * The horizontal layout: one SVG for the axis, leaders, marks and cluster bands, drawn for the
 * pointer only (aria-hidden), with the eras' strip and the labels' list over it as HTML for
 * everyone, and a hidden probe in the labels' type, which the text measurement watches.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { RenderContext } from './context.js';
import { renderClusterLabel, renderEventLabel } from './labels.js';
import { renderShape, shapeOfGroup, stripTick } from './marks.js';
import { setStyle } from './set-style.js';
import type { ClusterLabel, Layout, MarkLayout } from '../layout/layout.js';
import { formatEventDate } from '../model/date-value.js';

export function renderChart(layout: Layout, ctx: RenderContext): TemplateResult {
  return html`
    <div
      class="chart ${layout.height > layout.frame ? 'scrolls' : ''}"
      part="chart"
      tabindex="-1"
      ${setStyle({ height: `${layout.frame}px` })}
    >
      <svg width=${layout.width} height=${layout.height} aria-hidden="true">
        ${layout.labels.map(
          (l) =>
            svg`<line
              class="leader ${l.kind === 'event' ? `g${ctx.groupIndex(l.event)}` : ''}"
              x1=${l.x}
              x2=${l.x}
              y1=${l.side === 'above' ? l.top + l.height : l.top}
              y2=${layout.axisY}
            ></line>`,
        )}
        ${renderAxis(layout)}
        <rect class="strip-target" x="0" y=${layout.axisY - 8} width=${layout.width} height="16"
          @click=${(e: MouseEvent) => ctx.onStrip(e.offsetX)}></rect>
        ${layout.labels.map((l) => (l.kind === 'cluster' ? renderClusterBand(l, layout.axisY, ctx) : nothing))}
        ${layout.strip.map((g) => {
          const group = ctx.groupIndex(g.event);
          const shape = shapeOfGroup(group);
          return svg`<path class="strip g${group}" d=${g.xs.map((x) => stripTick(shape, x, layout.axisY)).join('')}></path>`;
        })}
        ${layout.marks.map((m) => renderMark(m, layout.axisY, ctx))}
      </svg>
      ${layout.eras.length ? renderEras(layout, ctx) : nothing}
      ${
        layout.labels.length === 0
          ? html`<p class="empty" ${setStyle({ height: `${layout.axisY}px` })}>${ctx.strings.noEventsInView}</p>`
          : nothing
      }
      <ol class="labels" aria-label=${ctx.strings.events} aria-describedby="instructions" @keydown=${ctx.onKeydown}>
        ${repeat(
          layout.labels,
          // Keyed, so a focused label keeps its element (and focus) while the view zooms and pans: an
          // event by its object, a cluster by its first event's id (a string is never an object, so
          // no event id can pass for a cluster's).
          (l) => (l.kind === 'event' ? l.event : l.events[0].id),
          (l) => (l.kind === 'event' ? renderEventLabel(l, ctx) : renderClusterLabel(l, ctx)),
        )}
      </ol>
      <button class="probe" part="label" tabindex="-1" inert aria-hidden="true"><span class="date">0 May</span><span class="title">Wy Mg</span><span class="count">0</span></button>
    </div>
  `;
}

/** The eras' names in a strip under the axis, each cut to its band; a list, for screen readers too. */
function renderEras({ eras, eraY }: Layout, ctx: RenderContext) {
  return html`<ul class="eras" aria-label=${ctx.strings.periods} ${setStyle({ top: `${eraY}px` })}>
    ${eras.map(
      (
        e,
      ) => html`<li class="era${e.openLeft ? ' open-left' : ''}${e.openRight ? ' open-right' : ''}" dir="auto" lang=${ctx.dataLang} ${setStyle({ left: `${e.labelX}px`, width: `${e.labelWidth}px` })}>
        <span class="name">${e.era.label}</span><span class="sr-only">: ${formatEventDate({ start: e.era.start, end: e.era.end }, ctx.language)}</span>
      </li>`,
    )}
  </ul>`;
}

/** Ticks where d3's time intervals put them (scale.ts), named in the reader's language. */
function renderAxis({ ticks, scale, axisY }: Layout) {
  const [start, end] = scale.range();
  return svg`<g class="axis" part="axis" transform="translate(0 ${axisY})">
    <path class="domain" d="M${Math.min(start, end)} 0H${Math.max(start, end)}"></path>
    ${repeat(
      ticks,
      // Keyed by date: while the reader pans, a tick keeps its element and only moves, and its SVG
      // text is not laid out again in every frame.
      (t) => t.value,
      (t) =>
        svg`<g class="tick" data-value=${t.value} transform="translate(${t.x} 0)"><line y2="6"></line><text y="12" dy="0.71em">${t.label}</text></g>`,
    )}
  </g>`;
}

/** The drawn mark is a second, pointer-only target; the label button is the accessible one. */
function renderMark({ event, x0, x1, shape }: MarkLayout, y: number, ctx: RenderContext) {
  const group = ctx.groupIndex(event);
  const classes = `mark ${shape} g${group}${event.id === ctx.selected ? ' selected' : ''}${event.circa ? ' circa' : ''}`;
  const mark = { id: event.id, x: x0, onClick: () => ctx.onSelect(event.id) };
  if (shape === 'band') {
    // x0 is the start: on a right-to-left page, the band's right end.
    return svg`<rect
      class=${classes}
      data-mark=${mark.id}
      data-x=${x0}
      x=${Math.min(x0, x1)}
      y=${y - 6}
      width=${Math.max(Math.abs(x1 - x0), 6)}
      height="12"
      rx="2"
      @click=${mark.onClick}
    ></rect>`;
  }
  return renderShape(shapeOfGroup(group), x0, y, classes, mark);
}

function renderClusterBand(label: ClusterLabel, y: number, ctx: RenderContext) {
  return svg`<rect class="mark cluster" x=${label.x0} y=${y - 7} width=${Math.max(label.x1 - label.x0, 14)} height="14" rx="7"
    @click=${() => ctx.onCluster(label)}></rect>`;
}
