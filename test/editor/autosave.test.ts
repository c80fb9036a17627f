// Drafts kept by tab: two tabs of the editor never write over each other's work, a reload gets its
// own draft back, and a new tab starts from the most recent one. Storage as the browser has it,
// one localStorage for every tab and a sessionStorage per tab, stood in for by Maps.
import { expect } from '@open-wc/testing';
import { clearDraft, loadDraft, MAX_DRAFTS, saveDraft, type Stores } from '../../src/editor/autosave.js';
import type { TimelineFile } from '../../src/model/types.js';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const fileTitled = (title: string): TimelineFile => ({
  version: 1,
  title,
  events: [{ id: 'a', start: '2016-09-08', title: 'Meeting' }],
});
const titleOf = (stores: Stores) => loadDraft(stores)?.file.title;
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('editor drafts, by tab', () => {
  let local: MemoryStorage;
  const tab = (): Stores => ({ local, session: new MemoryStorage() });
  beforeEach(() => (local = new MemoryStorage()));

  it('keeps each tab its own draft: neither overwrites the other, and a reload gets its own back', async () => {
    const [a, b] = [tab(), tab()];
    expect(saveDraft(fileTitled('Tab A'), a)).to.equal(true);
    await tick();
    expect(saveDraft(fileTitled('Tab B'), b)).to.equal(true);
    // A reload keeps the tab's sessionStorage, and so its name.
    expect(titleOf(a)).to.equal('Tab A');
    expect(titleOf(b)).to.equal('Tab B');
    await tick();
    saveDraft(fileTitled('Tab A, later'), a);
    expect(titleOf(b)).to.equal('Tab B');
  });

  it('starts a new tab from the most recent draft of any tab, and saves its changes apart', async () => {
    const a = tab();
    saveDraft(fileTitled('Older'), a);
    await tick();
    const b = tab();
    saveDraft(fileTitled('Newer'), b);
    const c = tab();
    expect(titleOf(c)).to.equal('Newer');
    await tick();
    saveDraft(fileTitled('Changed in the new tab'), c);
    expect(titleOf(b)).to.equal('Newer');
    expect(titleOf(tab())).to.equal('Changed in the new tab');
  });

  it('reads the one draft an earlier editor kept for every tab', () => {
    local.setItem('event-timeline-editor:draft', JSON.stringify({ file: fileTitled('From before'), savedAt: 1 }));
    expect(titleOf(tab())).to.equal('From before');
  });

  it(`keeps the ${MAX_DRAFTS} most recent drafts, this tab's always among them`, async () => {
    const tabs = Array.from({ length: MAX_DRAFTS + 2 }, tab);
    for (const [i, stores] of tabs.entries()) {
      saveDraft(fileTitled(`Tab ${i}`), stores);
      await tick();
    }
    const drafts = () =>
      Array.from({ length: local.length }, (_, i) => local.key(i)!).filter((k) => k.includes('draft'));
    expect(drafts()).to.have.length(MAX_DRAFTS);
    // The oldest tabs' drafts went; a tab that saves again keeps its own.
    expect(titleOf(tabs[0])).to.equal(`Tab ${MAX_DRAFTS + 1}`);
    saveDraft(fileTitled('Tab 0 again'), tabs[0]);
    expect(titleOf(tabs[0])).to.equal('Tab 0 again');
    expect(drafts()).to.have.length(MAX_DRAFTS);
  });

  it("forgets only this tab's draft for a new timeline", async () => {
    const [a, b] = [tab(), tab()];
    saveDraft(fileTitled('Tab A'), a);
    await tick();
    saveDraft(fileTitled('Tab B'), b);
    clearDraft(b);
    expect(titleOf(a)).to.equal('Tab A');
    // Tab B has no draft of its own now: like a new tab, it would start from the most recent.
    expect(titleOf(b)).to.equal('Tab A');
  });

  it('keeps a page without sessionStorage its own draft for as long as the page lives', async () => {
    const page: Partial<Stores> = { local };
    saveDraft(fileTitled('This page'), page);
    await tick();
    saveDraft(fileTitled('Another tab, later'), tab());
    expect(loadDraft(page)?.file.title).to.equal('This page');
  });

  it('makes room in a full storage with the oldest drafts of other tabs, not the one being typed', async () => {
    const [a, b, c] = [tab(), tab(), tab()];
    saveDraft(fileTitled('Oldest'), a);
    await tick();
    saveDraft(fileTitled('Newer'), b);
    // The browser's quota, as it stands: room for about two drafts more.
    const setItem = local.setItem.bind(local);
    const used = () => Array.from({ length: local.length }, (_, i) => local.getItem(local.key(i)!)!.length);
    local.setItem = (key, value) => {
      if (used().reduce((sum, n) => sum + n, 0) + value.length > 2.5 * used()[0])
        throw new DOMException('', 'QuotaExceededError');
      setItem(key, value);
    };
    await tick();
    expect(saveDraft(fileTitled('Typed now'), c)).to.equal(true);
    expect(titleOf(c)).to.equal('Typed now');
    expect(titleOf(b)).to.equal('Newer');
    expect(titleOf(a)).to.equal('Typed now');
  });

  it('says so where storage refuses to keep anything', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(saveDraft(fileTitled('Lost'), { local: full, session: new MemoryStorage() })).to.equal(false);
    expect(saveDraft(fileTitled('Lost'), {})).to.equal(false);
    expect(loadDraft({})).to.equal(null);
  });
});
