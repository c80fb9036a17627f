/**
 * All a template knows of the element: its strings, what is selected and focusable, and a callback
 * for every interaction. The templates only place what the layout already positioned; no state
 * lives in them.
 */
import type { RichText } from './rich-text.js';
import type { ClusterLabel } from '../layout/layout.js';
import type { ListRange } from '../layout/list.js';
import type { TimelineEvent } from '../model/types.js';
import type { Strings } from '../i18n/strings.js';

export interface RenderContext {
  strings: Strings;
  selected?: string;
  /** The one item in the tab order (roving tabindex). */
  active?: string;
  language: string;
  /** The language of the widget's own words (`en` where no catalogue is shipped), and of the data's text (the page's, or '' for unknown). */
  lang: string;
  dataLang: string;
  /** The widget's writing direction: its language's, or the page's. */
  dir: 'ltr' | 'rtl';
  /** 1-based colour and shape of a group, 0 for events without one. */
  groupIndex(event: TimelineEvent): number;
  onSelect(id: string): void;
  onFocusItem(id: string): void;
  onCluster(label: ClusterLabel): void;
  /** A click or tap on the density strip, at x px from the chart's left: zoom in there. */
  onStrip(x: number): void;
  onKeydown(event: KeyboardEvent): void;
  onCloseDetail(): void;
  onStep(step: -1 | 1): void;
  /** Description and caption text, made safe (see rich-text.ts). */
  richText(source: string): RichText;
  /** Printing: every event's detail open in the list. */
  printing: boolean;
  /** What the live region says (see AnnounceController). */
  announcement: string;
  /** The part of the list on screen; all of it when not given. */
  listRange?: ListRange;
  onShowMore(side: 'earlier' | 'later'): void;
}
