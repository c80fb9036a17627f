/**
 * The keys of the events and the detail, as actions the element carries out: arrows move from
 * event to event in time order (left and right follow the page's direction: on a right-to-left
 * page, time runs leftward), Home and End go to the first and last, + and − zoom around the
 * focused event, Escape closes the detail. Keys with a modifier are left to the browser.
 */
export type KeyAction =
  | { kind: 'close' }
  | { kind: 'step'; by: -1 | 1 }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'zoom'; direction: 'in' | 'out' };

export interface KeyContext {
  rtl: boolean;
  /** The detail of an event is open. */
  detailOpen: boolean;
  /** The events are a chart, which zooms. */
  chart: boolean;
}

export function keyAction(event: KeyboardEvent, { rtl, detailOpen, chart }: KeyContext): KeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const key = event.key;
  if (key === 'Escape' && detailOpen) return { kind: 'close' };
  // Inside the detail, arrows and the rest are the page's and the browser's.
  if ((event.target as HTMLElement).closest('.detail')) return undefined;
  if (key === (rtl ? 'ArrowLeft' : 'ArrowRight') || key === 'ArrowDown') return { kind: 'step', by: 1 };
  if (key === (rtl ? 'ArrowRight' : 'ArrowLeft') || key === 'ArrowUp') return { kind: 'step', by: -1 };
  if (key === 'Home') return { kind: 'first' };
  if (key === 'End') return { kind: 'last' };
  if (chart && (key === '+' || key === '=')) return { kind: 'zoom', direction: 'in' };
  if (chart && (key === '-' || key === '_')) return { kind: 'zoom', direction: 'out' };
  return undefined;
}
