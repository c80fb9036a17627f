/**
 * Inline positions through the CSSOM (`style.setProperty`), always. Lit's styleMap writes a style
 * attribute on first render, which a page whose Content-Security-Policy forbids inline styles
 * (no 'unsafe-inline' in style-src) blocks, leaving labels unplaced. Used in element position:
 * `<div ${setStyle({ left: '4px' })}>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class SetStyle extends Directive {
  /** What was set last: a value that has not changed is not written again. */
  private last: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('setStyle() belongs on an element, not in an attribute');
  }

  render(_styles: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const name in this.last) if (!(name in styles)) style.removeProperty(name);
    for (const name in styles) if (styles[name] !== this.last[name]) style.setProperty(name, styles[name]);
    this.last = styles;
    return noChange;
  }
}

export const setStyle = directive(SetStyle);
