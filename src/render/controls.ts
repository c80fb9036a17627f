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
  /** The toolbars' tab stops and keys (see ToolbarController): one Tab stop each, arrows within. */
  keys: ToolbarKeys;
}

export interface ToolbarKeys {
  tabStop(name: string, keys: readonly string[]): string | undefined;
  onFocusin(event: FocusEvent): void;
  onKeydown(event: KeyboardEvent): void;
}

/** A button of a toolbar: its key, whether it can be pressed, and its template at a tab index. */
interface Control {
  key: string;
  enabled: boolean;
  render(tabindex: number): TemplateResult;
}

export function renderToolbar(state: ToolbarState): TemplateResult | typeof nothing {
  const { strings, groups, listView, tableView, zoom, keys } = state;
  if (groups.length < 2 && !zoom && listView === undefined && tableView === undefined) return nothing;
  const legend = groups.length > 1 ? legendControls(state) : [];
  const zooms = zoom ? zoomControls(state, zoom) : [];
  const switches = viewSwitches(state);
  const views = [...zooms, ...switches];
  const at = (name: string, controls: Control[]) => {
    const stop = keys.tabStop(
      name,
      controls.filter((c) => c.enabled).map((c) => c.key),
    );
    return (c: Control) => c.render(c.key === stop ? 0 : -1);
  };
  const legendAt = at('legend', legend);
  const viewAt = at('views', views);
  return html`<div class="toolbar">
    ${
      legend.length
        ? html`<div
          class="legend"
          role="toolbar"
          aria-label=${strings.showGroups}
          part="legend"
          data-toolbar="legend"
          @focusin=${keys.onFocusin}
          @keydown=${keys.onKeydown}
        >${legend.map(legendAt)}</div>`
        : nothing
    }
    ${
      views.length
        ? html`<div
          class="views"
          role="toolbar"
          aria-label=${strings.viewControls}
          data-toolbar="views"
          @focusin=${keys.onFocusin}
          @keydown=${keys.onKeydown}
        >
          ${zooms.length ? html`<div class="zoom" role="group" aria-label=${strings.zoom} part="zoom">${zooms.map(viewAt)}</div>` : nothing}
          ${switches.map(viewAt)}
        </div>`
        : nothing
    }
  </div>`;
}

function legendControls({ groups, hidden, dataLang, onToggleGroup }: ToolbarState): Control[] {
  return groups.map((g, i) => {
    const key = `group:${g.id}`;
    return {
      key,
      enabled: true,
      render: (tabindex) =>
        html`<button
          class="legend-item"
          data-key=${key}
          tabindex=${tabindex}
          aria-pressed=${hidden.has(g.id) ? 'false' : 'true'}
          @click=${() => onToggleGroup(g.id)}
        >
          <svg width="14" height="14" aria-hidden="true">${renderShape(shapeOfGroup(i + 1), 7, 7.5, `mark point g${i + 1}`)}</svg>
          <span lang=${dataLang} dir="auto">${g.label}</span>
        </button>`,
    };
  });
}

function zoomControls(
  { strings, onZoom }: ToolbarState,
  { canZoomIn, zoomed }: { canZoomIn: boolean; zoomed: boolean },
): Control[] {
  const button = (key: 'in' | 'out' | 'reset', enabled: boolean, text: string, label?: string): Control => ({
    key,
    enabled,
    render: (tabindex) =>
      html`<button
        class="zoom-button${key === 'reset' ? ' reset' : ''}"
        part="zoom-button"
        data-key=${key}
        tabindex=${tabindex}
        aria-label=${label ?? nothing}
        ?disabled=${!enabled}
        @click=${() => onZoom(key)}
      >${text}</button>`,
  });
  return [
    button('in', canZoomIn, ZOOM_IN, `${ZOOM_IN} ${strings.zoomIn}`),
    button('out', zoomed, ZOOM_OUT, `${ZOOM_OUT} ${strings.zoomOut}`),
    button('reset', zoomed, strings.resetZoom),
  ];
}

function viewSwitches({ strings, listView, tableView, onListView, onTableView }: ToolbarState): Control[] {
  const toggle = (key: string, pressed: boolean, text: string, onClick: () => void): Control => ({
    key,
    enabled: true,
    render: (tabindex) =>
      html`<button
        class="view-button"
        part="view-button"
        data-key=${key}
        tabindex=${tabindex}
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${onClick}
      >${text}</button>`,
  });
  return [
    ...(listView !== undefined ? [toggle('list', listView, strings.listView, onListView)] : []),
    ...(tableView !== undefined ? [toggle('table', tableView, strings.tableView, onTableView)] : []),
  ];
}
