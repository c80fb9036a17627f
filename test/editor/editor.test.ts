// The editor as a producer uses it: typing events, importing, fixing errors, undoing, coming back
// to a draft, and publishing the inline embed, with the keyboard alone where it matters.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../../src/editor/index.js';
import type { TimelineEditor } from '../../src/editor/timeline-editor.js';
import type { EventEntry, TimelineFile } from '../../src/model/types.js';
import { readEvents } from '../../src/parse/read-events.js';
import { toJson } from '../../src/editor/transfer.js';
import { nameOf, plain, until, violations } from '../helpers/index.js';

/** Where earlier versions kept the one draft of every tab; drafts are now kept by tab, under it and a colon. */
const DRAFT_KEY = 'event-timeline-editor:draft';
const TAB_KEY = 'event-timeline-editor:tab';

function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY)) localStorage.removeItem(key);
}

async function story(): Promise<TimelineFile> {
  return (await fetch('/events.json')).json();
}

async function mountEditor(): Promise<TimelineEditor> {
  const editor = document.createElement('timeline-editor');
  editor.setAttribute('theme', 'auto');
  document.body.append(editor);
  await editor.updateComplete;
  return editor;
}

/** A timeline with something in it is replaced by a pasted import once the producer says so. */
async function replaceWhenAsked(editor: TimelineEditor): Promise<void> {
  await until(() => editor.shadowRoot!.querySelector('.ask'), 'the question before the timeline is replaced');
  editor.shadowRoot!.querySelector<HTMLButtonElement>('.ask .danger')!.click();
}

const $ = <T extends Element = HTMLElement>(editor: TimelineEditor, selector: string) =>
  editor.shadowRoot!.querySelector<T & HTMLElement>(selector)!;

/** The control a label names, as a screen reader finds it. */
function field(editor: TimelineEditor, name: string): HTMLInputElement {
  const controls = [...editor.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea, select')];
  const found = controls.find((c) => nameOf(c) === name);
  if (!found) throw new Error(`no field named ${name}`);
  return found;
}

function buttonNamed(editor: TimelineEditor, name: string): HTMLButtonElement {
  const found = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => nameOf(b) === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

/** Types into a field as a producer does: focus it, then the keys. */
async function typeInto(editor: TimelineEditor, name: string, text: string): Promise<void> {
  const control = field(editor, name);
  control.focus();
  if ('select' in control) control.select();
  await sendKeys({ type: text });
  await editor.updateComplete;
}

/** Fills a table cell: it is focused, typing replaces it, Enter keeps it. */
async function typeCell(editor: TimelineEditor, name: string, text: string): Promise<void> {
  field(editor, name).focus();
  await editor.updateComplete;
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await editor.updateComplete;
}

/** The timeline-ready of the preview after the next change, with its count. */
async function previewReady(editor: TimelineEditor, count: number): Promise<HTMLElement> {
  await until(() => {
    const preview = $(editor, 'event-timeline');
    return preview?.shadowRoot?.querySelectorAll('[data-event-id]:not([inert])').length
      ? new Set(
          [...preview.shadowRoot!.querySelectorAll<HTMLElement>('[data-event-id]:not([inert])')].map(
            (l) => l.dataset.eventId,
          ),
        ).size === count
      : false;
  }, `the preview to show ${count} events`);
  return $(editor, 'event-timeline');
}

async function typeEvent(editor: TimelineEditor, event: EventEntry, n: number): Promise<void> {
  await typeCell(editor, `Start, event ${n}`, String(event.start));
  // The row may have moved with its date: it is found again by its title's cell in the panel.
  const row = () => $(editor, '#panel-heading').textContent!.match(/Event (\d+)/)![1];
  await typeCell(editor, `Title, event ${row()}`, event.title);
  if (event.group) {
    field(editor, `Group, event ${row()}`).value = event.group;
    field(editor, `Group, event ${row()}`).dispatchEvent(new Event('change', { bubbles: true }));
  }
  if (event.place) await typeCell(editor, `Place, event ${row()}`, event.place);
  if (event.importance) {
    field(editor, `Importance, event ${row()}`).value = String(event.importance);
    field(editor, `Importance, event ${row()}`).dispatchEvent(new Event('change', { bubbles: true }));
  }
  await editor.updateComplete;
  if (event.description) await typeInto(editor, 'Description', event.description);
  if (event.note) await typeInto(editor, 'Editorial note', event.note);
  await typeInto(editor, 'Id', event.id);
  for (const [i, source] of (event.sources ?? []).entries()) {
    buttonNamed(editor, 'Add a source').click();
    await editor.updateComplete;
    await typeInto(editor, `Source ${i + 1} name`, source.name);
    if (source.url) await typeInto(editor, `Source ${i + 1} address`, source.url);
    if (source.date) await typeInto(editor, `Source ${i + 1} date`, source.date as string);
  }
}

describe('timeline editor', () => {
  beforeEach(clearDrafts);
  afterEach(() => {
    document.querySelectorAll('timeline-editor, iframe').forEach((el) => el.remove());
    clearDrafts();
  });

  it('builds the story’s first three events from scratch: the preview shows them, and the export is the story’s', async function () {
    this.timeout(60_000); // some 2,000 keys, typed one by one
    const file = await story();
    const three = file.events.slice(0, 3);
    const editor = await mountEditor();
    await typeInto(editor, 'Timeline title', file.title!);
    for (const [i, group] of file.groups!.entries()) {
      buttonNamed(editor, 'Add a group').click();
      await editor.updateComplete;
      await typeInto(editor, `Group ${i + 1} name`, group.label);
      await typeInto(editor, `Group ${i + 1} id`, group.id);
    }
    for (const [i, event] of three.entries()) {
      buttonNamed(editor, 'Add an event').click();
      await editor.updateComplete;
      await typeEvent(editor, event, i + 1);
    }
    const preview = await previewReady(editor, 3);
    const shown = preview.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const event of three) expect(shown).to.contain(event.title);
    const expected = { version: 1, title: file.title, groups: file.groups, events: three };
    expect(editor.file).to.deep.equal(expected);
    // The download's text: the story's own fields and events, with its $schema.
    expect(JSON.parse(toJson(editor.file))).to.deep.equal({ $schema: file.$schema, ...expected });
    expect(readEvents({ value: editor.file }).errors).to.deep.equal([]);
    expect($(editor, '.summary').textContent).to.contain('No problems.');
  });

  it('shows the validator’s message at a cell with an invalid date, and clears it once fixed', async () => {
    const editor = await mountEditor();
    buttonNamed(editor, 'Add an event').click();
    await editor.updateComplete;
    await typeCell(editor, 'Title, event 1', 'A meeting');
    await typeCell(editor, 'Start, event 1', '2016-02-30');
    const start = field(editor, 'Start, event 1');
    const expected = readEvents({ value: editor.file }).errors.find((e) => e.path === 'events[0].start')!.message;
    expect(expected).to.match(/2016-02-30/);
    expect(start.getAttribute('aria-invalid')).to.equal('true');
    expect(nameOf(start)).to.equal('Start, event 1');
    const described = start
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => editor.shadowRoot!.getElementById(id)!.textContent)
      .join(' ');
    expect(described).to.contain(expected);
    expect($(editor, '.summary').textContent).to.match(/1 error\b/);
    // Screen readers hear the count once the cell is kept, not at every key of a half-typed date.
    const status = $(editor, '.summary [role=status]');
    const said = status.textContent;
    expect(said).to.match(/^1 error, /);
    field(editor, 'Start, event 1').focus();
    await sendKeys({ type: '2016' }); // a valid year while typing: the table says no error, the status waits
    await editor.updateComplete;
    expect($(editor, '.summary p').textContent).to.match(/^0 errors/);
    expect(status.textContent).to.equal(said);
    await sendKeys({ press: 'Escape' });
    await editor.updateComplete;
    await typeCell(editor, 'Start, event 1', '2016-02-29');
    expect(field(editor, 'Start, event 1').getAttribute('aria-invalid')).to.equal('false');
    expect($(editor, '.summary').textContent).to.not.match(/1 error\b/);
    expect(editor.shadowRoot!.textContent).to.not.contain(expected);
  });

  it('shows a problem of a field without a control at its event, in the panel, and marks the row', async () => {
    const editor = await mountEditor();
    editor.file = {
      version: 1,
      events: [
        {
          id: 'a',
          start: '2016',
          title: 'A',
          sources: [{ name: 'S' }],
          media: { url: 'https://example.org/a.jpg', link: 'javascript:alert(1)' },
        },
      ],
    };
    await editor.updateComplete;
    const problem = readEvents({ value: editor.file }).warnings.find((w) => w.path.startsWith('events[0].media.link'))!;
    expect(problem, 'the validator warns about the link').to.not.equal(undefined);
    field(editor, 'Title, event 1').focus();
    await editor.updateComplete;
    expect($(editor, '.panel').textContent).to.contain(problem.message);
    expect($(editor, 'tbody tr').classList.contains('has-warnings')).to.equal(true);
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, a field’s typing as one step', async () => {
    const editor = await mountEditor();
    buttonNamed(editor, 'Add an event').click();
    await editor.updateComplete;
    await typeCell(editor, 'Title, event 1', 'First title');
    await typeCell(editor, 'Title, event 1', 'Second title');
    expect(field(editor, 'Title, event 1').value).to.equal('Second title');
    await sendKeys({ press: 'Control+z' });
    await editor.updateComplete;
    expect(field(editor, 'Title, event 1').value).to.equal('First title');
    await sendKeys({ press: 'Control+Shift+z' });
    await editor.updateComplete;
    expect(field(editor, 'Title, event 1').value).to.equal('Second title');
    await sendKeys({ press: 'Control+z' });
    await sendKeys({ press: 'Control+z' });
    await editor.updateComplete;
    expect(field(editor, 'Title, event 1').value).to.equal('');
  });

  it('moves from where a row went when a typed date moved it, so the next keys land in the same event', async () => {
    const editor = await mountEditor();
    editor.file = {
      version: 1,
      events: [
        { id: 'a', start: '2016-07', title: 'First' },
        { id: 'b', start: '2016-09', title: 'Second' },
      ],
    };
    await editor.updateComplete;
    field(editor, 'Start, event 2').focus();
    await sendKeys({ type: '2015' }); // typed over: the second event now comes first
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await editor.updateComplete;
    const focused = editor.shadowRoot!.activeElement as HTMLInputElement;
    expect(nameOf(focused)).to.equal('Title, event 1');
    expect(focused.value).to.equal('Second');
    expect(editor.file.events.map((e) => e.id)).to.deep.equal(['b', 'a']);
    // One undo takes back the date and the move it caused.
    await sendKeys({ press: 'Control+z' });
    await editor.updateComplete;
    expect(editor.file.events.map((e) => [e.id, e.start])).to.deep.equal([
      ['a', '2016-07'],
      ['b', '2016-09'],
    ]);
  });

  it('survives a file or a stored draft whose lists are not lists', async () => {
    const hostile = {
      version: 1,
      groups: 'not a list',
      eras: [null, 3],
      events: [null, 'x', { id: 'a', start: '2016', title: 'Kept', sources: 'not a list', media: 'x' }],
    };
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ file: hostile, savedAt: Date.now() }));
    const restored = await mountEditor();
    expect(field(restored, 'Title, event 1').value).to.equal('Kept');
    $<HTMLTextAreaElement>(restored, '#paste').value = JSON.stringify({ ...hostile, events: [null] });
    buttonNamed(restored, 'Import').click();
    await replaceWhenAsked(restored);
    await until(() => $(restored, '.notice').textContent!.includes('pasted'), 'the pasted import');
    await restored.updateComplete;
    expect(restored.file.events).to.deep.equal([]);
  });

  it('reads a file from Excel in windows-1252 without losing its accents, and says so', async () => {
    const editor = await mountEditor();
    const input = $<HTMLInputElement>(editor, 'input[type=file]');
    // "Müller" in windows-1252: 0xFC is not UTF-8.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('start,title\n2016,M'),
      0xfc,
      ...new TextEncoder().encode('ller\n'),
    ]);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'excel.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => $(editor, '.notice').textContent!.includes('excel.csv'), 'the import');
    await editor.updateComplete;
    expect(editor.file.events[0].title).to.equal('M\u00fcller');
    expect($(editor, '.import-problems').textContent).to.contain('windows-1252');
  });

  it('gives a duplicated tab a name of its own before it saves, so the two drafts stay apart', async () => {
    const editor = await mountEditor();
    const name = sessionStorage.getItem(TAB_KEY)!;
    expect(name).to.be.a('string').and.not.equal('');
    // Another tab of the same name (a duplicate, whose sessionStorage is a copy) says hello.
    const other = new BroadcastChannel(TAB_KEY);
    const answer = new Promise<unknown>((resolve) => (other.onmessage = (e) => resolve(e.data)));
    other.postMessage({ hello: name });
    expect(await answer).to.deep.equal({ taken: name });
    // This tab, as the duplicate: told its name is taken, it takes another, and its draft goes there.
    other.postMessage({ taken: name });
    const renamed = await until(
      () => sessionStorage.getItem(TAB_KEY) !== name && sessionStorage.getItem(TAB_KEY),
      'a new name',
    );
    buttonNamed(editor, 'Add an event').click();
    await editor.updateComplete;
    await typeCell(editor, 'Title, event 1', 'In the duplicate');
    expect(localStorage.getItem(`${DRAFT_KEY}:${name}`)).to.equal(null);
    expect(JSON.parse(localStorage.getItem(`${DRAFT_KEY}:${renamed}`)!).file.events[0].title).to.equal(
      'In the duplicate',
    );
    other.close();
  });

  it('keeps the draft in this browser: a reopened editor has it back and says so', async () => {
    const first = await mountEditor();
    buttonNamed(first, 'Add an event').click();
    await first.updateComplete;
    await typeCell(first, 'Title, event 1', 'Kept across a reload');
    first.remove();
    const again = await mountEditor();
    expect(field(again, 'Title, event 1').value).to.equal('Kept across a reload');
    expect($(again, '.notice').textContent).to.match(/draft .* is back/);
    // A new timeline asks first, then empties the table.
    buttonNamed(again, 'New timeline').click();
    await again.updateComplete;
    await again.updateComplete;
    expect(field(again, 'Title, event 1').value).to.equal('Kept across a reload');
    expect(nameOf(again.shadowRoot!.activeElement!), 'the question takes focus, on its safe answer').to.equal(
      'Keep this one',
    );
    buttonNamed(again, 'Start a new timeline').click();
    await again.updateComplete;
    expect(again.file.events).to.deep.equal([]);
  });

  it('asks before an import replaces a timeline with events, with focus on keeping it; Escape keeps it', async () => {
    const editor = await mountEditor();
    editor.file = await story();
    await editor.updateComplete;
    const one = JSON.stringify({ version: 1, events: [{ id: 'x', start: '2017-03-02', title: 'One event' }] });
    const importButton = buttonNamed(editor, 'Import');
    const importOne = async () => {
      $<HTMLTextAreaElement>(editor, '#paste').value = one;
      importButton.focus();
      importButton.click();
      await until(() => editor.shadowRoot!.querySelector('.ask'), 'the question');
      await editor.updateComplete;
    };
    await importOne();
    expect(plain($(editor, '.ask').textContent)).to.contain(
      'Replace this timeline (8 events) with the 1 event read from the pasted cells?',
    );
    expect($(editor, '.ask').getAttribute('role')).to.equal('alertdialog');
    expect(nameOf(editor.shadowRoot!.activeElement!), 'the safe answer has focus').to.equal('Keep this one');
    await sendKeys({ press: 'Escape' });
    await until(() => !editor.shadowRoot!.querySelector('.ask'), 'the question to go');
    expect(editor.file.events).to.have.length(8);
    expect(editor.shadowRoot!.activeElement, 'focus goes back where it was').to.equal(importButton);

    await importOne();
    buttonNamed(editor, 'Replace this timeline').click();
    await editor.updateComplete;
    expect(editor.file.events.map((e) => e.title)).to.deep.equal(['One event']);
    expect($(editor, '.notice').textContent).to.contain('Imported 1 event from the pasted cells');
    buttonNamed(editor, 'Undo').click();
    await editor.updateComplete;
    expect(editor.file.events).to.have.length(8);
  });

  it('imports each format from a file, and TimelineJS cells pasted from a spreadsheet', async () => {
    const editor = await mountEditor();
    const input = $<HTMLInputElement>(editor, 'input[type=file]');
    const open = async (path: string, name: string, type: string) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([await (await fetch(path)).text()], name, { type }));
      input.files = transfer.files;
      const replacing = editor.file.events.length > 0;
      input.dispatchEvent(new Event('change'));
      // A timeline with events goes only once the producer says so.
      if (replacing) {
        await until(
          () => editor.shadowRoot!.querySelector('.ask'),
          `the question before ${name} replaces the timeline`,
        );
        buttonNamed(editor, 'Replace this timeline').click();
      }
      await until(() => $(editor, '.notice').textContent!.includes(name), `the import of ${name}`);
      await editor.updateComplete;
    };
    await open('/events.json', 'events.json', 'application/json');
    expect(editor.file.events).to.have.length(8);
    await open('/test/fixtures/story.csv', 'story.csv', 'text/csv');
    expect(editor.file.events.length).to.be.greaterThan(1);
    expect($(editor, '.notice').textContent).to.contain('(CSV)');
    await open('/test/fixtures/timelinejs.json', 'timeline.json', 'application/json');
    expect($(editor, '.notice').textContent).to.contain('TimelineJS file');
    await open('/test/fixtures/timelinejs-sheet.csv', 'sheet.csv', 'text/csv');
    expect($(editor, '.notice').textContent).to.contain('TimelineJS sheet');
    // The same sheet's cells, as a spreadsheet puts them on the clipboard: tab-separated.
    const sheet = await (await fetch('/test/fixtures/timelinejs-sheet.csv')).text();
    const { csvParseRows } = await import('d3-dsv');
    const tsv = csvParseRows(sheet)
      .map((cells) => cells.map((c) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t'))
      .join('\n');
    $<HTMLTextAreaElement>(editor, '#paste').value = tsv;
    buttonNamed(editor, 'Import').click();
    await replaceWhenAsked(editor);
    await until(() => $(editor, '.notice').textContent!.includes('pasted'), 'the pasted import');
    await editor.updateComplete;
    const pasted = editor.file;
    expect(pasted.events.length).to.be.greaterThan(1);
    expect(readEvents({ value: pasted }).errors).to.deep.equal([]);
    await previewReady(editor, new Set(pasted.events.map((e) => e.id)).size);
  });

  it('publishes an inline embed that renders the same events on a page with nothing but the single file', async () => {
    const editor = await mountEditor();
    editor.file = await story();
    await editor.updateComplete;
    const script = field(editor, 'Address of event-timeline.min.js');
    script.value = new URL('/dist/event-timeline.min.js', location.href).href;
    script.dispatchEvent(new Event('input'));
    await editor.updateComplete;
    const code = $<HTMLTextAreaElement>(editor, '#embed-inline').value;
    expect(code).to.match(/^<script src="[^"]+event-timeline\.min\.js"/);
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    document.body.append(frame);
    frame.contentDocument!.open();
    frame.contentDocument!.write(`<!doctype html><html lang="en"><body>${code}</body></html>`);
    frame.contentDocument!.close();
    await until(
      () =>
        frame.contentDocument!.querySelector('event-timeline')?.shadowRoot?.querySelector('[data-event-id]') != null,
      'the embed to render',
      { ms: 5000 },
    );
    const rendered = frame.contentDocument!.querySelector('event-timeline')!.shadowRoot!;
    const ids = new Set([...rendered.querySelectorAll<HTMLElement>('[data-event-id]')].map((l) => l.dataset.eventId));
    expect([...ids].sort()).to.deep.equal(editor.file.events.map((e) => e.id).sort());
  });

  it('has no axe violations empty, filled, with an error, and dark', async () => {
    const editor = await mountEditor();
    expect(await violations(editor), 'empty').to.deep.equal([]);
    editor.file = await story();
    await previewReady(editor, 8);
    expect(await violations(editor), 'filled').to.deep.equal([]);
    await typeCell(editor, 'Start, event 1', '2016-13');
    expect(field(editor, 'Start, event 1').getAttribute('aria-invalid')).to.equal('true');
    expect(await violations(editor), 'with an error').to.deep.equal([]);
    await emulateMedia({ colorScheme: 'dark' });
    field(editor, 'Dark').click(); // the preview's theme too
    await editor.updateComplete;
    try {
      expect(await violations(editor), 'dark').to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('can be used with the keyboard alone: create an event, add a source, export', async () => {
    const editor = await mountEditor();
    const focused = () => editor.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (name: string) => {
      for (let i = 0; i < 80 && (focused() && nameOf(focused()!)) !== name; i++) await sendKeys({ press: 'Tab' });
      expect(focused() && nameOf(focused()!)).to.equal(name);
    };
    buttonNamed(editor, 'New timeline').focus();
    await tabTo('Add an event');
    await sendKeys({ press: 'Enter' });
    await editor.updateComplete;
    expect(focused() && nameOf(focused()!)).to.equal('Start, event 1');
    await sendKeys({ type: '2016-09-08' });
    await sendKeys({ press: 'ArrowRight' }); // leaves the cell it typed into: the date is kept
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await editor.updateComplete;
    expect(focused() && nameOf(focused()!)).to.equal('Title, event 1');
    await sendKeys({ type: 'Sessions meets Kislyak' });
    await sendKeys({ press: 'Enter' });
    // Escape puts back what a cell had before it was edited.
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: ' and more' });
    await sendKeys({ press: 'Escape' });
    await editor.updateComplete;
    expect((focused() as HTMLInputElement).value).to.equal('Sessions meets Kislyak');
    await tabTo('Add a source');
    await sendKeys({ press: 'Enter' });
    await editor.updateComplete;
    expect(focused() && nameOf(focused()!)).to.equal('Source 1 name');
    await sendKeys({ type: 'Mueller report' });
    await editor.updateComplete;
    expect(editor.file.events).to.deep.equal([
      {
        id: 'sessions-meets-kislyak',
        start: '2016-09-08',
        title: 'Sessions meets Kislyak',
        sources: [{ name: 'Mueller report' }],
      },
    ]);
    const downloads: Array<{ name: string; href: string }> = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    };
    try {
      await tabTo('Download events.json');
      await sendKeys({ press: 'Enter' });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads.map((d) => d.name)).to.deep.equal(['events.json']);
    const exported = await (await fetch(downloads[0].href)).json();
    expect(exported.$schema).to.equal('./events.schema.json');
    expect(exported.events).to.deep.equal(editor.file.events);
  });
});
