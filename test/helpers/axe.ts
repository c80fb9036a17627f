// axe-core's WCAG 2.2 AA rules (and best practices), as the accessibility tests run them: on an element of this page,
// or on the whole page inside a frame. Each violation reads "rule: [target], [target]".
import type { AxeResults, RunOptions } from 'axe-core';

interface Axe {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
}

const WCAG_22_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
};
/** The widget is held to axe's best practices too (headings, landmarks in its content, table headers). */
const WITH_BEST_PRACTICE: RunOptions = {
  runOnly: { type: 'tag', values: [...(WCAG_22_AA.runOnly as { values: string[] }).values, 'best-practice'] },
};

const asLines = (result: AxeResults) =>
  result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

/**
 * The violations in an element of this page, WCAG 2.2 AA and best practices (axe-core is UMD-only:
 * loaded once, read from window).
 */
export async function violations(el: Element): Promise<string[]> {
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: Axe }).axe;
  return asLines(await axe.run(el, WITH_BEST_PRACTICE));
}

/**
 * The violations in a frame's page, axe loaded there (the embed pages allow their own site's
 * scripts); `moreTags` adds rules, e.g. `best-practice` for landmarks and headings.
 */
export async function frameViolations(frame: HTMLIFrameElement, moreTags: string[] = []): Promise<string[]> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  const axe = (frame.contentWindow as unknown as { axe: Axe }).axe;
  const tags = [...(WCAG_22_AA.runOnly as { values: string[] }).values, ...moreTags];
  return asLines(await axe.run(doc, { iframes: false, runOnly: { type: 'tag', values: tags } }));
}
