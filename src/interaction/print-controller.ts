/**
 * Printing: a chart cut off at the page edge helps no one, so while the page prints the widget
 * renders its events as the list, every detail open with its sources (see the print stylesheet).
 * `matchMedia('print')` also fires for print emulation; listeners run before the print layout, and
 * the host's update runs in the microtask right after.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  private readonly query = matchMedia('print');
  private readonly onChange = () => this.set(this.query.matches);
  private readonly onBefore = () => this.set(true);
  private readonly onAfter = () => this.set(this.query.matches);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.printing = this.query.matches;
    this.query.addEventListener('change', this.onChange);
    addEventListener('beforeprint', this.onBefore);
    addEventListener('afterprint', this.onAfter);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.onChange);
    removeEventListener('beforeprint', this.onBefore);
    removeEventListener('afterprint', this.onAfter);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
