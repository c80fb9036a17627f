/** The width the host has: layout follows the space the widget gets, not the device. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  width = 0;
  private readonly observer: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // Rendering changes the host's height; doing it in the next frame, outside the observer's
      // callback, keeps the browser from reporting a resize loop.
      requestAnimationFrame(() => host.requestUpdate());
    });
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  /**
   * Before the first layout, reads the width at once instead of waiting a frame or two for the
   * observer: the story can then render, and say it is ready, in the update its data arrives in.
   * One read, before this update writes anything.
   */
  hostUpdate(): void {
    if (this.width > 0 || !this.host.isConnected) return;
    const style = getComputedStyle(this.host);
    // Page CSS that makes the host inline (`display: inline`, `* { all: unset }`) would leave it no
    // width, and the widget "Loading…" for ever: the host's own style puts the block back.
    if (style.display === 'inline' || style.display === 'contents') this.host.style.display = 'block';
    this.width = Math.max(
      0,
      Math.floor(this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)),
    );
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
