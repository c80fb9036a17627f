/**
 * The height messages of two responsive-iframe conventions that newsroom pages already listen to,
 * so an existing resize script sizes the timeline's frame with no code of ours:
 *
 * - pym.js (NPR): a string `pymxPYMx<childId>xPYMxheightxPYMx<pixels>`. pym's parent names each
 *   frame with the `childId` query parameter and only accepts messages carrying that id.
 * - Datawrapper: an object `{ "datawrapper-height": { <chart id>: <pixels> } }`. Datawrapper's
 *   embed script matches the frame by `event.source` (older versions by the chart id in the frame's
 *   id or address), so the key is the timeline's id.
 */

const DELIMITER = 'xPYMx';
const DATAWRAPPER = 'datawrapper-height';

/** A pym.js message, exactly as pym's own `_makeMessage` builds it. */
export function pymMessage(id: string, type: string, value: string | number): string {
  return ['pym', id, type, String(value)].join(DELIMITER);
}

/** Reads a pym.js message; undefined for anything else. */
export function parsePymMessage(data: unknown): { id: string; type: string; value: string } | undefined {
  if (typeof data !== 'string' || !data.startsWith(`pym${DELIMITER}`)) return undefined;
  // pym's parent reads `^pym xPYMx <id> xPYMx (\S+) xPYMx (.*)$`; the id may not contain the delimiter.
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || !/^\S+$/.test(parts[2])) return undefined;
  return { id: parts[1], type: parts[2], value: parts[3] };
}

export function datawrapperMessage(chartId: string, height: number): { [DATAWRAPPER]: Record<string, number> } {
  return { [DATAWRAPPER]: { [chartId]: height } };
}

/** A plausible frame height, or undefined (negative, fractional garbage, NaN, absurd). */
function pixels(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d+)?(px)?\s*$/.test(value)
        ? parseFloat(value)
        : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 1_000_000 ? Math.ceil(n) : undefined;
}

/**
 * The height a message asks its frame to take, in either convention; undefined for any other
 * message. Which frame it is for is decided by `event.source`, not by the id inside.
 */
export function readHeight(data: unknown): number | undefined {
  const pym = parsePymMessage(data);
  if (pym) return pym.type === 'height' ? pixels(pym.value) : undefined;
  if (typeof data !== 'object' || data === null || !(DATAWRAPPER in data)) return undefined;
  const heights = (data as Record<string, unknown>)[DATAWRAPPER];
  if (typeof heights !== 'object' || heights === null) return undefined;
  for (const value of Object.values(heights)) return pixels(value);
  return undefined;
}
