/**
 * The keys of the events and the detail, as actions the element carries out: arrows move from
 * event to event in time order (left and right follow the page's direction: on a right-to-left
 * page, time runs leftward), Home and End go to the first and last, + and − zoom around the
 * focused event, Escape closes the detail. Keys with a modifier are left to the browser.
 */
export type KeyAction = 'close' | 'next' | 'previous' | 'first' | 'last' | 'zoom in' | 'zoom out';

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
  if (key === 'Escape' && detailOpen) return 'close';
  // Inside the detail, arrows and the rest are the page's and the browser's.
  if ((event.target as HTMLElement).closest('.detail')) return undefined;
  if (key === (rtl ? 'ArrowLeft' : 'ArrowRight') || key === 'ArrowDown') return 'next';
  if (key === (rtl ? 'ArrowRight' : 'ArrowLeft') || key === 'ArrowUp') return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (chart && (key === '+' || key === '=')) return 'zoom in';
  if (chart && (key === '-' || key === '_')) return 'zoom out';
  return undefined;
}
