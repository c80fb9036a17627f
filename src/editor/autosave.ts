/**
 * The draft in the browser's localStorage, written on every change, so that a closed tab or a
 * crash loses nothing. Storage can be full or switched off (private windows, a locked-down CMS
 * machine): then saving says so instead of throwing, and the editor tells the producer.
 *
 * Each tab keeps its own draft, under a key named by the tab (its id lives in sessionStorage,
 * which a reload keeps and a new tab does not): two tabs of the editor never write over each
 * other's work. A tab reloaded gets its own draft back; a new tab starts from the most recent
 * draft of any tab, as a copy of its own. The most recent few drafts are kept.
 */
import type { TimelineFile } from '../model/types.js';

const PREFIX = 'event-timeline-editor:draft';
/** Where the editor kept its one draft before drafts were kept by tab: read once, then moved. */
const SHARED_KEY = PREFIX;
const TAB_KEY = 'event-timeline-editor:tab';
/** Drafts kept in all: a producer's few open tabs and recent sessions, not every tab ever opened. */
export const MAX_DRAFTS = 5;

export interface Saved {
  file: TimelineFile;
  /** When it was saved (ms since 1970), to tell the producer which draft came back. */
  savedAt: number;
}

/** The browser's two stores: drafts in `local`, this tab's name in `session`. */
export interface Stores {
  local: Storage;
  session: Storage;
}

/** The page's stores; either may be missing or refuse access (storage switched off). */
function pageStores(): Partial<Stores> {
  const stores: Partial<Stores> = {};
  try {
    stores.local = localStorage;
  } catch {
    // switched off: nothing is saved, and the editor says so
  }
  try {
    stores.session = sessionStorage;
  } catch {
    // switched off: the tab's draft gets a name of its own for as long as the page lives
  }
  return stores;
}

/** This page's name where sessionStorage cannot keep one. */
let pageTab: string | undefined;
/** sessionStorages that refused a name (full, or switched off after the page loaded). */
const unwritable = new WeakSet<Storage>();
const newName = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A name for this page's tab that outlives a reload, where sessionStorage allows. */
function tabOf(session: Storage | undefined): string {
  try {
    if (session && !unwritable.has(session)) return session.getItem(TAB_KEY) || rename(session, newName());
  } catch {
    // unreadable: the page's own name below
  }
  return (pageTab ??= newName());
}

/** Names the tab: in its sessionStorage, or for as long as the page lives where that keeps nothing. */
function rename(session: Storage | undefined, tab: string): string {
  try {
    if (session) {
      session.setItem(TAB_KEY, tab);
      return tab;
    }
  } catch {
    if (session) unwritable.add(session);
  }
  return (pageTab = tab);
}

let channel: BroadcastChannel | undefined;

/**
 * A duplicated tab (the browser's Duplicate, or a link opened with its opener) starts with a copy
 * of the first tab's sessionStorage, and so with its name: the tab that had the name first says
 * so, and the copy takes a new one before its first change is saved (its draft is then its own).
 */
export function claimTab(): void {
  if (channel || typeof BroadcastChannel !== 'function') return;
  const { session } = pageStores();
  channel = new BroadcastChannel(TAB_KEY);
  channel.onmessage = ({ data }: MessageEvent<{ hello?: string; taken?: string }>) => {
    const tab = tabOf(session);
    if (data?.hello === tab) channel?.postMessage({ taken: tab });
    else if (data?.taken === tab) rename(session, newName());
  };
  channel.postMessage({ hello: tabOf(session) });
}

const keyOf = (tab: string) => `${PREFIX}:${tab}`;

/** The draft under a key, or null when there is none or it is not one (another program's key, a broken write). */
function read(local: Storage, key: string): Saved | null {
  try {
    const saved = JSON.parse(local.getItem(key) ?? 'null') as Partial<Saved> | null;
    const file = saved?.file;
    if (!file || typeof file !== 'object' || !Array.isArray(file.events) || typeof saved.savedAt !== 'number')
      return null;
    return { file, savedAt: saved.savedAt };
  } catch {
    return null;
  }
}

/** Every draft's key in storage, this tab's and others', the one shared draft of old included. */
function draftKeys(local: Storage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < local.length; i++) {
      const key = local.key(i);
      if (key === SHARED_KEY || key?.startsWith(`${PREFIX}:`)) keys.push(key);
    }
  } catch {
    // unreadable: no drafts
  }
  return keys;
}

/** Other tabs' drafts, the most recent first. */
function othersByAge(local: Storage, own: string): string[] {
  return draftKeys(local)
    .filter((key) => key !== own)
    .map((key) => ({ key, savedAt: read(local, key)?.savedAt ?? 0 }))
    .sort((a, b) => b.savedAt - a.savedAt)
    .map(({ key }) => key);
}

/**
 * Whether the draft was saved. Older drafts of other tabs beyond MAX_DRAFTS go; where storage is
 * full, other tabs' drafts make room, the oldest first: the draft being typed matters most.
 */
export function saveDraft(file: TimelineFile, { local, session }: Partial<Stores> = pageStores()): boolean {
  if (!local) return false;
  const own = keyOf(tabOf(session));
  const text = JSON.stringify({ file, savedAt: Date.now() });
  try {
    local.setItem(own, text);
  } catch {
    for (const key of othersByAge(local, own).reverse()) {
      local.removeItem(key);
      try {
        local.setItem(own, text);
        return true;
      } catch {
        // still full: the next oldest
      }
    }
    return false;
  }
  // Read back only when there are too many: this runs on every keystroke.
  if (draftKeys(local).length <= MAX_DRAFTS) return true;
  for (const key of othersByAge(local, own).slice(MAX_DRAFTS - 1)) local.removeItem(key);
  return true;
}

/**
 * This tab's draft, after a reload; in a new tab, the most recent draft of any tab (the editor
 * then saves its changes as this tab's own). Null when there is none.
 */
export function loadDraft({ local, session }: Partial<Stores> = pageStores()): Saved | null {
  if (!local) return null;
  const own = read(local, keyOf(tabOf(session)));
  if (own) return own;
  let latest: Saved | null = null;
  for (const key of draftKeys(local)) {
    const saved = read(local, key);
    if (saved && (!latest || saved.savedAt > latest.savedAt)) latest = saved;
  }
  return latest;
}

/** Forgets this tab's draft (a new timeline); other tabs' drafts stay. */
export function clearDraft({ local, session }: Partial<Stores> = pageStores()): void {
  try {
    local?.removeItem(keyOf(tabOf(session)));
    // The one draft of old is nobody's now: a new timeline leaves it behind.
    local?.removeItem(SHARED_KEY);
  } catch {
    // Nothing was saved where nothing can be.
  }
}
