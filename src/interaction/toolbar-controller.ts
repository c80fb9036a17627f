/**
 * The ARIA toolbar pattern for the legend and for the view controls: each toolbar is one Tab stop
 * (the button the reader last used there, else its first enabled one), and the arrow keys, Home
 * and End move among its enabled buttons. A keyboard reader then reaches the events in a few
 * presses of Tab, however many groups and controls there are.
 */
import type { ReactiveControllerHost } from 'lit';

export class ToolbarController {
  /** The key of the last button focused, by toolbar. */
  private readonly stops = new Map<string, string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The key of the button in the tab order, among the enabled ones (`keys`) of toolbar `name`. */
  readonly tabStop = (name: string, keys: readonly string[]): string | undefined => {
    const key = this.stops.get(name);
    return key !== undefined && keys.includes(key) ? key : keys[0];
  };

  /** A button focused (by Tab, a click or the arrows) becomes its toolbar's tab stop. */
  readonly onFocusin = (event: FocusEvent): void => {
    const bar = event.currentTarget as HTMLElement;
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
    const name = bar.dataset.toolbar;
    if (key === undefined || name === undefined || this.stops.get(name) === key) return;
    this.stops.set(name, key);
    this.host.requestUpdate();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const bar = event.currentTarget as HTMLElement;
    const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-key]:not([disabled])')];
    const at = buttons.indexOf((event.target as HTMLElement).closest('button') as HTMLButtonElement);
    if (at < 0) return;
    // Left is later on a right-to-left page, as the toolbar is laid out.
    const forward = getComputedStyle(bar).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const next = {
      [forward]: (at + 1) % buttons.length,
      [back]: (at - 1 + buttons.length) % buttons.length,
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // The widget's own keys (arrows among the events) are not for the toolbar's.
    event.stopPropagation();
    buttons[next].focus();
  };
}
