/**
 * What the reader sees instead of the timeline when the events file cannot be used, written for
 * the producer who will be asked to fix it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/types.js';
import type { Strings } from '../i18n/strings.js';

const MAX_PROBLEMS_SHOWN = 10;

/** The first problems in full, then how many more: a producer fixes a file from the top. */
export function renderError(
  problems: Problem[],
  strings: Strings,
  language: string,
  dir: 'ltr' | 'rtl',
): TemplateResult {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  // The problems themselves are for the producer who made the file, and stay in English.
  return html`<div class="error" role="alert" part="error" lang=${language} dir=${dir}>
    <strong>${strings.failed}</strong>
    <ul lang="en" dir="ltr">
      ${shown.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
      ${more > 0 ? html`<li class="more">and ${more} more ${more === 1 ? 'problem' : 'problems'}</li>` : nothing}
    </ul>
  </div>`;
}
