/**
 * The toolbar above the chart, list or table: the legend, whose items also show and hide their
 * group, the zoom buttons and the list-view and table-view switches. Each appears only where it has
 * something to do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderShape, shapeOfGroup } from './marks.js';
import type { GroupEntry } from '../model/types.js';
import type { Strings } from '../i18n/strings.js';

/**
 * The zoom buttons' glyphs, which also begin their names: a speech-control user says what they see
 * ("click plus"), and the name must hold it (WCAG 2.5.3, label in name).
 */
const ZOOM_IN = '+';
const ZOOM_OUT = '−';

export interface ToolbarState {
  strings: Strings;
  /** The language of the data's text: group names are the file's words, not the widget's. */
  dataLang: string;
  groups: GroupEntry[];
  hidden: ReadonlySet<string>;
  zoom?: { canZoomIn: boolean; zoomed: boolean };
  /** Whether the list view is on; undefined when there is no chart to switch from. */
  listView?: boolean;
  /** Whether the table view is on; undefined where no table is offered. */
  tableView?: boolean;
  onToggleGroup(id: string): void;
  onZoom(direction: 'in' | 'out' | 'reset'): void;
  onListView(): void;
  onTableView(): void;
}

export function renderToolbar({
  strings,
  groups,
  dataLang,
  hidden,
  zoom,
  listView,
  tableView,
  onToggleGroup,
  onZoom,
  onListView,
  onTableView,
}: ToolbarState): TemplateResult | typeof nothing {
  if (groups.length < 2 && !zoom && listView === undefined && tableView === undefined) return nothing;
  return html`<div class="toolbar">
    ${
      groups.length > 1
        ? html`<div class="legend" role="group" aria-label=${strings.showGroups} part="legend">
          ${groups.map(
            (
              g,
              i,
            ) => html`<button class="legend-item" aria-pressed=${hidden.has(g.id) ? 'false' : 'true'} @click=${() => onToggleGroup(g.id)}>
              <svg width="14" height="14" aria-hidden="true">${renderShape(shapeOfGroup(i + 1), 7, 7.5, `mark point g${i + 1}`)}</svg>
              <span lang=${dataLang} dir="auto">${g.label}</span>
            </button>`,
          )}
        </div>`
        : nothing
    }
    ${
      zoom || listView !== undefined || tableView !== undefined
        ? html`<div class="views">
      ${
        zoom
          ? html`<div class="zoom" role="group" aria-label=${strings.zoom} part="zoom">
            <button
              class="zoom-button"
              part="zoom-button"
              aria-label=${`${ZOOM_IN} ${strings.zoomIn}`}
              ?disabled=${!zoom.canZoomIn}
              @click=${() => onZoom('in')}
            >${ZOOM_IN}</button>
            <button
              class="zoom-button"
              part="zoom-button"
              aria-label=${`${ZOOM_OUT} ${strings.zoomOut}`}
              ?disabled=${!zoom.zoomed}
              @click=${() => onZoom('out')}
            >${ZOOM_OUT}</button>
            <button class="zoom-button reset" part="zoom-button" ?disabled=${!zoom.zoomed} @click=${() => onZoom('reset')}>${strings.resetZoom}</button>
          </div>`
          : nothing
      }
      ${
        listView !== undefined
          ? html`<button class="view-button" part="view-button" aria-pressed=${listView ? 'true' : 'false'} @click=${onListView}>${strings.listView}</button>`
          : nothing
      }
      ${
        tableView !== undefined
          ? html`<button class="view-button" part="view-button" aria-pressed=${tableView ? 'true' : 'false'} @click=${onTableView}>${strings.tableView}</button>`
          : nothing
      }
    </div>`
        : nothing
    }
  </div>`;
}
