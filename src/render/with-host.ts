/**
 * Renders with the element it is rendered in (Lit's host): a player the reader pressed is that
 * widget's, the widget is asked to render again when one is (see media.ts), and a part's styles
 * are adopted into that widget's shadow root (see adopt-sheet.ts).
 */
import type { ReactiveElement } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

export const withHost = directive(
  class extends Directive {
    render(draw: (host: Partial<ReactiveElement>) => unknown) {
      return draw(OUTSIDE);
    }
    override update(part: ChildPart, [draw]: [(host: Partial<ReactiveElement>) => unknown]) {
      return draw((part.options?.host as Partial<ReactiveElement> | undefined) ?? OUTSIDE);
    }
  },
);

/** Templates rendered outside an element share one state. */
const OUTSIDE = {};
