/**
 * The draft in the browser's localStorage, written on every change, so that a closed tab or a
 * crash loses nothing. Storage can be full or switched off (private windows, a locked-down CMS
 * machine): then saving says so instead of throwing, and the editor tells the producer.
 */
import type { TimelineFile } from '../model/types.js';

const KEY = 'event-timeline-editor:draft';

export interface Saved {
  file: TimelineFile;
  /** When it was saved (ms since 1970), to tell the producer which draft came back. */
  savedAt: number;
}

/** Whether the draft was saved. */
export function saveDraft(file: TimelineFile, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY, JSON.stringify({ file, savedAt: Date.now() }));
    return true;
  } catch {
    return false;
  }
}

/** The saved draft, or null when there is none or it is not one (another program's key, a broken write). */
export function loadDraft(storage: Storage = localStorage): Saved | null {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
    const file = saved?.file;
    if (!file || typeof file !== 'object' || !Array.isArray(file.events) || typeof saved.savedAt !== 'number')
      return null;
    return { file, savedAt: saved.savedAt };
  } catch {
    return null;
  }
}

export function clearDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing was saved where nothing can be.
  }
}
