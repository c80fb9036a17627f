/**
 * Rules that arrive with a lazily loaded part (the media's players and cards, the table) are
 * adopted into the widget's shadow root then, not shipped in the single file for every reader. They
 * go in before the print and forced-colours sheets, which must still override them, as they do in
 * `styles`.
 */
import { printStyles } from './print.styles.js';

const sheets = new Map<string, CSSStyleSheet>();

/** Adds `text` as a style sheet to the shadow root of `host`, once; nothing outside an element. */
export function adoptSheet(host: Partial<Element>, text: string): void {
  const root = host.shadowRoot;
  // No shadow root (a template rendered outside an element), or no constructable style sheets
  // (where Lit falls back to style elements): the part's rules are left out, not the part.
  if (!root || !printStyles.styleSheet) return;
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  const adopted = root.adoptedStyleSheets;
  if (adopted.includes(sheet)) return;
  const at = adopted.indexOf(printStyles.styleSheet);
  root.adoptedStyleSheets = at < 0 ? [...adopted, sheet] : [...adopted.slice(0, at), sheet, ...adopted.slice(at)];
}
