/**
 * The view that brings an event into sight with a label of its own, for keyboard navigation: a
 * reader moving event by event never lands on something hidden. The picture on screen answers
 * first (the event is labelled, or folded into a cluster whose span it gives, or out of view);
 * only a view that must change is built, with the same buildView the element renders with.
 */
import type { Picture } from '../layout/build-view.js';
import type { TimelineEvent } from '../model/types.js';
import { centerOn, fitSpan, type View } from './view.js';

/** More steps than any zoom range needs: each one at least doubles the zoom. */
const MAX_STEPS = 24;

/**
 * @param build the picture of another view of the same timeline and size
 */
export function revealEvent(event: TimelineEvent, view: View, picture: Picture, build: (view: View) => Picture): View {
  const { scale, maxScale } = picture;
  const width = picture.layout?.width ?? 0;
  const x = scale(event.from);
  // The picture on screen may be older than the view (a resize rescales the view before the next render).
  if (picture.view !== view) picture = build(view);
  for (let step = 0; step < MAX_STEPS && picture.layout; step++) {
    const shown = view.applyX(x);
    let next: View;
    if (shown < 0 || shown > width) {
      // Out of view: pan to it at the same zoom.
      next = centerOn(x, view.k, width);
    } else {
      const label = picture.layout.labels.find((l) =>
        l.kind === 'event' ? l.event === event : l.events.includes(event),
      );
      if (label?.kind === 'event' || view.k >= maxScale) return view;
      // Folded (or, at the very edge, culled): zoom in to its cluster as activating the cluster
      // would, and at least twice as far, centred on the event so it stays in view.
      const members = label?.events ?? [event];
      const end = members.reduce((latest, e) => Math.max(latest, e.to), -Infinity);
      const fit = fitSpan(scale(members[0].from), scale(end), width, maxScale);
      next = centerOn(x, Math.min(maxScale, Math.max(fit.k, view.k * 2)), width);
    }
    if (next.k === view.k && next.x === view.x) return view;
    view = next;
    picture = build(view);
  }
  return view;
}
