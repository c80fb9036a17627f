/**
 * The timeline editor: a producer builds, checks and publishes a timeline in the browser alone.
 * The events are a table checked as they are typed, by the validator the widget and the command
 * line use (readEvents); the real <event-timeline> previews them; the draft is saved in this
 * browser on every change; nothing leaves the page unless the producer exports it.
 *
 * Data flows one way: an edit makes a new Draft (draft.ts), recorded by History for undo; the
 * draft is validated in willUpdate and its problems placed at their fields; the preview takes the
 * last draft without errors, after a pause in typing.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { loadedScript } from '../embed/loaded-script.js';
import { elementSnippet, iframeSnippet } from '../embed/snippet.js';
import { SHIPPED } from '../i18n/strings.js';
import { renderShape, shapeOfGroup } from '../render/marks.js';
import { themeStyles } from '../render/theme.styles.js';
import { parseDateValue } from '../model/date-value.js';
import type { Problem, TimelineFile } from '../model/types.js';
import { readEvents, type ReadResult } from '../parse/read-events.js';
import { charsetOf, decodeText } from '../source/decode-text.js';
import { claimTab, clearDraft, loadDraft, saveDraft } from './autosave.js';
import { COLUMNS, DATE_HINT, DETAILS, IMPORTANCE, MEDIA, SOURCE, type Field } from './columns.js';
import {
  addRow,
  deleteRow,
  draftOf,
  duplicateRow,
  editMeta,
  editRow,
  EMPTY,
  fileOf,
  idFrom,
  placeOf,
  readField,
  sortByDate,
  type Draft,
  type Row,
} from './draft.js';
import { editorStyles } from './editor.styles.js';
import { actionOf, type Cursor, type Mode } from './grid-keys.js';
import { History } from './history.js';
import { importPasted, importText, importUrl, inlineEmbed, toCsv, toJson, type Imported } from './transfer.js';

/** How long typing must pause before the preview draws again. */
const PREVIEW_DELAY = 300;
const WIDTHS = [
  [375, 'Phone'],
  [720, 'Article'],
  [1280, 'Wide'],
] as const;

/** What the editor asks before the timeline goes. */
type Question = { kind: 'new' } | { kind: 'import'; imported: Imported & { file: TimelineFile }; name: string };

interface Placed {
  errors: Problem[];
  warnings: Problem[];
}

/**
 * @tagname timeline-editor
 * @fires editor-change - after every change to the draft (its detail: `{ file }`), for a page that keeps it elsewhere too.
 */
export class TimelineEditor extends LitElement {
  // The widget's theme gives the groups' swatches the colours the timeline draws them in.
  static override styles = [themeStyles, editorStyles];
  static override properties = {
    draft: { state: true },
    cursor: { state: true },
    mode: { state: true },
    selectedKey: { state: true },
    notice: { state: true },
    importProblems: { state: true },
    preview: { state: true },
    previewWidth: { state: true },
    previewTheme: { state: true },
    previewLocale: { state: true },
    asking: { state: true },
    scriptUrl: { state: true },
    fileUrl: { state: true },
    copied: { state: true },
    announced: { state: true },
  };

  draft: Draft = EMPTY;
  /** The table's focused cell. */
  cursor: Cursor = { row: 0, col: 0 };
  /** How the focused cell is being changed (grid-keys.ts): while edited within, arrows move its caret. */
  mode: Mode = 'none';
  selectedKey: string | undefined;
  /** What the last import, restore or save said, in words. */
  notice = '';
  importProblems: Problem[] = [];
  /** The file the preview shows: the last one without errors. */
  preview: TimelineFile | undefined;
  previewWidth = 720;
  previewTheme: 'light' | 'dark' = 'light';
  previewLocale = '';
  /** The question on screen, if any: a new timeline, or an import that would replace this one. */
  asking: Question | undefined;
  /** Where the single file and the events file will be, for the embed codes. */
  scriptUrl = '';
  fileUrl = '';
  copied = '';
  /** The problem count as screen readers hear it: once a cell is kept. */
  announced = '';

  private history = new History<Draft>(EMPTY);
  /** Where focus was when a question was asked: it goes back there. */
  private askedFrom?: HTMLElement;
  private result: ReadResult = { timeline: null, errors: [], warnings: [] };
  private placed = new Map<string, Placed>();
  /** Each row with a problem anywhere in it (a panel field too): 'has-errors' or 'has-warnings'. */
  private flags = new Map<string, string>();
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** The value a cell had when its edit began, for Escape. */
  private valueBefore: unknown;
  private problemIndex = -1;

  constructor() {
    super();
    this.scriptUrl = loadedScript('event-timeline.min.js');
    claimTab();
    const saved = loadDraft();
    if (saved && saved.file.events.length + Object.keys(saved.file).length > 2) {
      this.start(draftOf(saved.file));
      this.notice = `Your draft from ${new Date(saved.savedAt).toLocaleString()} is back. It is kept in this browser only.`;
    }
  }

  /** The file being edited, as the editor would export it. */
  get file(): TimelineFile {
    return fileOf(this.draft);
  }

  /** Replaces the file being edited (an app's own, say); undo can bring the old one back. */
  set file(file: TimelineFile) {
    this.change(sortByDate(draftOf(file)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft')) {
      this.result = readEvents({ value: this.file });
      this.placed = placeProblems(this.draft, this.result);
      this.flags = flagRows(this.placed);
    }
  }

  protected override render(): TemplateResult {
    return html`<div @keydown=${this.onUndoKeys} @dragover=${allowDrop} @drop=${this.onDrop}>
      ${this.renderToolbar()} ${this.renderMeta()}
      <section class="events" aria-labelledby="events-heading">
        <h2 id="events-heading">Events</h2>
        ${this.renderSummary()}
        <div class="workspace">
          <div>
            <div class="table-wrap">${this.renderGrid()}</div>
            <p id="grid-keys" class="hint">
              Arrow keys move between cells. Enter edits a cell, or type to replace it; Escape puts it back. Ctrl+Z
              undoes.
            </p>
            <button type="button" class="add" @click=${this.addEvent}>Add an event</button>
          </div>
          ${this.renderPanel()}
        </div>
      </section>
      ${this.renderPreview()} ${this.renderExport()}
    </div>`;
  }

  // --- Changes -----------------------------------------------------------------------------------

  /** Every edit ends here: recorded for undo, saved, announced, and previewed after a pause. */
  private change(next: Draft, group?: string): void {
    if (next === this.draft) return;
    this.history.push(next, group);
    this.show(next);
  }

  private show(next: Draft): void {
    this.draft = next;
    if (!saveDraft(this.file)) this.notice = 'This browser would not keep the draft: export it before you leave.';
    this.dispatchEvent(new CustomEvent('editor-change', { detail: { file: this.file } }));
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.refreshPreview(), PREVIEW_DELAY);
  }

  /** A half-typed date is an error: the preview keeps the last good picture rather than flash one. */
  private refreshPreview(): void {
    if (this.result.errors.length === 0 && this.draft.rows.length > 0) this.preview = this.file;
    else if (this.draft.rows.length === 0) this.preview = undefined;
  }

  private start(draft: Draft): void {
    this.history.reset(draft);
    this.draft = draft;
    // A restored draft shows at once, not after the typing pause.
    if (readEvents({ value: this.file }).errors.length === 0 && draft.rows.length) this.preview = this.file;
  }

  private editCell(key: string, field: string, value: unknown): void {
    this.change(editRow(this.draft, key, field, value), `${key}:${field}`);
  }

  /**
   * A committed date may move its row: the table is in date order, as the timeline is. The sort is
   * part of the edit's undo step, and the cursor follows its row.
   */
  private commit(): void {
    const sorted = sortByDate(this.draft);
    if (sorted !== this.draft) {
      const key = this.draft.rows[this.cursor.row]?.key;
      this.history.amend(sorted);
      this.show(sorted);
      const row = sorted.rows.findIndex((r) => r.key === key);
      if (row >= 0) this.cursor = { ...this.cursor, row };
    }
    this.history.seal();
    // Said when a cell is kept, not at every key: a half-typed date is an error for a moment.
    this.announced = this.summaryWords();
  }

  /** Ctrl/⌘+Z and Shift+Ctrl/⌘+Z (or Ctrl+Y) anywhere in the editor: its own undo, not a field's. */
  private onUndoKeys = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    // The paste box and the embed addresses are not the timeline: their own undo is the browser's.
    if ((e.composedPath()[0] as HTMLElement).closest?.('.own-undo')) return;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || key === 'y';
    if (key !== 'z' && !redo) return;
    e.preventDefault();
    const next = redo ? this.history.redo() : this.history.undo();
    if (next !== this.draft) {
      this.show(next);
      this.notice = redo ? 'Redone.' : 'Undone.';
      this.keepFocusAfterUndo();
    }
  };

  /** Undoing an added row removes the cell that had focus: focus goes to the table's cell nearest it. */
  private async keepFocusAfterUndo(): Promise<void> {
    await this.updateComplete;
    if (this.renderRoot.querySelector(':focus-within')) return;
    if (this.draft.rows.length)
      await this.focusCell({ row: Math.min(this.cursor.row, this.draft.rows.length - 1), col: this.cursor.col });
    else this.renderRoot.querySelector<HTMLButtonElement>('.add')?.focus();
  }

  // --- Toolbar: new, open, paste, undo -----------------------------------------------------------

  private renderToolbar() {
    return html`<section class="toolbar" aria-label="Timeline">
      <div class="actions">
        <button type="button" class="new" @click=${() => this.ask({ kind: 'new' })}>New timeline</button>
        <label class="file-button"
          >Open a file&hellip;<input
            type="file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv"
            @change=${this.onFileChosen}
        /></label>
        <button type="button" ?disabled=${!this.history.canUndo} @click=${() => this.undoRedo(false)}>Undo</button>
        <button type="button" ?disabled=${!this.history.canRedo} @click=${() => this.undoRedo(true)}>Redo</button>
      </div>
      ${this.asking ? this.renderQuestion(this.asking) : nothing}
      <div class="paste">
        <label for="paste">Paste cells from a spreadsheet, a whole file, or the address of one</label>
        <textarea id="paste" class="own-undo" rows="2" spellcheck="false" aria-describedby="paste-hint"></textarea>
        <p id="paste-hint" class="hint">
          Our columns or TimelineJS's template columns; JSON or CSV; a TimelineJS file. Or drop a file anywhere here.
        </p>
        <button type="button" @click=${this.onPasteImport}>Import</button>
      </div>
      <p class="notice" role="status">${this.notice}</p>
      ${
        this.importProblems.length
          ? html`<details class="import-problems" open>
            <summary>What the import could not carry over (${this.importProblems.length})</summary>
            <ul>
              ${this.importProblems.map((p) => html`<li>${p.path ? `${p.path}: ` : ''}${p.message}</li>`)}
            </ul>
          </details>`
          : nothing
      }
    </section>`;
  }

  private undoRedo(redo: boolean): void {
    const next = redo ? this.history.redo() : this.history.undo();
    if (next !== this.draft) this.show(next);
    this.keepFocusAfterUndo();
  }

  /** A question before this timeline goes: the safe answer is the one with focus, and Escape gives it. */
  private renderQuestion(question: Question) {
    const events = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;
    const [text, yes] =
      question.kind === 'new'
        ? ['Start a new, empty timeline? This one goes', 'Start a new timeline']
        : [
            `Replace this timeline (${events(this.draft.rows.length)}) with the ${events(question.imported.file.events.length)} read from ${question.name}? This one goes`,
            'Replace this timeline',
          ];
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      void this.keepThis();
    };
    return html`<div class="ask" role="alertdialog" aria-labelledby="ask-text" aria-modal="false" @keydown=${escape}>
      <p id="ask-text">${text} (Undo brings it back while the page is open).</p>
      <button type="button" class="danger" @click=${this.answerYes}>${yes}</button>
      <button type="button" class="keep" @click=${this.keepThis}>Keep this one</button>
    </div>`;
  }

  /** The question takes focus, on its safe answer; either answer gives focus back to where it was asked from. */
  private async ask(question: Question): Promise<void> {
    const active = this.renderRoot.querySelector(':focus');
    this.askedFrom = active instanceof HTMLElement && !active.closest('.ask') ? active : this.askedFrom;
    this.asking = question;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.ask .keep')?.focus();
  }

  private keepThis = async () => {
    this.asking = undefined;
    await this.updateComplete;
    const back = this.askedFrom?.isConnected ? this.askedFrom : this.renderRoot.querySelector<HTMLElement>('.new');
    this.askedFrom = undefined;
    back?.focus();
  };

  private answerYes = () => {
    const question = this.asking;
    void this.keepThis();
    if (question?.kind === 'import') return this.takeImport(question.imported, question.name);
    this.importProblems = [];
    this.history.push(EMPTY);
    this.show(EMPTY);
    clearDraft();
    this.notice = 'A new timeline. Undo brings the last one back.';
  };

  private onFileChosen = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.take(await importFile(file), file.name);
    input.value = '';
  };

  private onDrop = async (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    this.take(await importFile(file), file.name);
  };

  private onPasteImport = async () => {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste');
    const text = area?.value.trim();
    if (!area || !text) return;
    const address = /^https?:\/\/\S+$/.test(text);
    if (address) this.notice = `Loading ${text}…`;
    this.take(address ? await importUrl(text) : importPasted(text), address ? text : 'the pasted cells');
    area.value = '';
  };

  /**
   * An import replaces the timeline, after a question when this one has anything in it; what it
   * could not carry over is listed, and Undo brings back the old one.
   */
  private take(imported: Imported, name: string): void {
    if (!imported.file) {
      this.importProblems = [...imported.errors, ...imported.warnings];
      this.notice = `Nothing could be read from ${name}: ${imported.errors[0]?.message ?? 'unknown form'}.`;
      return;
    }
    const { meta, rows } = this.draft;
    const read = { ...imported, file: imported.file };
    if (rows.length || meta.title || meta.description || meta.groups?.length || meta.eras?.length)
      return void this.ask({ kind: 'import', imported: read, name });
    this.takeImport(read, name);
  }

  private takeImport(imported: Imported & { file: TimelineFile }, name: string): void {
    this.importProblems = [...imported.errors, ...imported.warnings];
    this.change(sortByDate(draftOf(imported.file)));
    const count = this.draft.rows.length;
    this.notice = `Imported ${count} ${count === 1 ? 'event' : 'events'} from ${name}${
      imported.format ? ` (${FORMAT_NAMES[imported.format]})` : ''
    }. Undo brings back what was here.`;
  }

  // --- The timeline's own fields -----------------------------------------------------------------

  private renderMeta() {
    const meta = this.draft.meta;
    const groups = meta.groups ?? [];
    const eras = meta.eras ?? [];
    return html`<section class="meta" aria-labelledby="meta-heading">
      <h2 id="meta-heading">The timeline</h2>
      <div class="fields">
        ${this.metaField('title', 'Timeline title', meta.title ?? '')}
        ${this.metaField('description', 'Timeline description', meta.description ?? '', 'long')}
        ${this.metaField('timeZone', 'Time zone of the timeline', meta.timeZone ?? '', 'text', 'For times written without one, e.g. America/New_York (default UTC)')}
        ${this.metaField('lang', 'Language of the text', meta.lang ?? '', 'text', 'e.g. en, de-CH; by default the page’s')}
      </div>
      <fieldset>
        <legend>Groups</legend>
        <p class="hint">Each group has its own colour and shape, in this order.</p>
        ${groups.map(
          (g, i) => html`<div class="line">
            <svg class="swatch" width="16" height="16" aria-hidden="true">
              ${renderShape(shapeOfGroup(i + 1), 8, 8, `g${(i % 6) + 1}`)}
            </svg>
            ${this.metaField(`groups[${i}].label`, `Group ${i + 1} name`, g.label ?? '')}
            ${this.metaField(`groups[${i}].id`, `Group ${i + 1} id`, g.id ?? '')}
            <button type="button" @click=${() => this.removeFrom('groups', i)}>Remove group ${i + 1}</button>
          </div>`,
        )}
        <button type="button" @click=${this.addGroup}>Add a group</button>
      </fieldset>
      <fieldset>
        <legend>Eras</legend>
        <p class="hint">Named spans of background, such as &ldquo;2016 campaign&rdquo;.</p>
        ${eras.map(
          (e, i) => html`<div class="line">
            ${this.metaField(`eras[${i}].label`, `Era ${i + 1} name`, e.label ?? '')}
            ${this.metaField(`eras[${i}].start`, `Era ${i + 1} start`, String(e.start ?? ''))}
            ${this.metaField(`eras[${i}].end`, `Era ${i + 1} end`, String(e.end ?? ''))}
            <button type="button" @click=${() => this.removeFrom('eras', i)}>Remove era ${i + 1}</button>
          </div>`,
        )}
        <button type="button" @click=${this.addEra}>Add an era</button>
      </fieldset>
    </section>`;
  }

  private metaField(path: string, label: string, value: string, kind: 'text' | 'long' = 'text', hint?: string) {
    const id = `meta-${path.replace(/\W+/g, '-')}`;
    const problems = this.placed.get(`file:${path}`);
    const invalid = problems?.errors.length ? 'true' : 'false';
    const described = describedBy(id, hint, problems);
    const input = (e: Event) => this.change(editMeta(this.draft, path, (e.target as HTMLInputElement).value), path);
    const seal = () => this.history.seal();
    const control =
      kind === 'long'
        ? html`<textarea id=${id} rows="2" .value=${live(value)} aria-invalid=${invalid} aria-describedby=${described} @input=${input} @change=${seal}></textarea>`
        : html`<input id=${id} type="text" .value=${live(value)} aria-invalid=${invalid} aria-describedby=${described} @input=${input} @change=${seal} />`;
    return html`<div class="field">
      <label for=${id}>${label}</label>${control}${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${renderProblems(id, problems)}
    </div>`;
  }

  private addGroup = () => {
    const groups = this.draft.meta.groups ?? [];
    const id = idFrom(`group ${groups.length + 1}`, new Set(groups.map((g) => g.id)));
    this.change(editMeta(this.draft, 'groups', [...groups, { id, label: '' }]));
  };

  private addEra = () => {
    const eras = this.draft.meta.eras ?? [];
    const id = idFrom(`era ${eras.length + 1}`, new Set(eras.map((e) => e.id)));
    this.change(editMeta(this.draft, 'eras', [...eras, { id, label: '', start: '', end: '' }]));
  };

  private removeFrom(list: 'groups' | 'eras', index: number): void {
    const items = [...(this.draft.meta[list] ?? [])];
    items.splice(index, 1);
    this.change(editMeta(this.draft, list, items));
    void this.focusAfterRemove(list === 'groups' ? 'Add a group' : 'Add an era');
  }

  // --- Problems ----------------------------------------------------------------------------------

  private renderSummary() {
    const count = this.result.errors.length + this.result.warnings.length;
    return html`<div class="summary ${this.result.errors.length ? 'has-errors' : ''}">
      <p>${this.summaryWords()}</p>
      ${count ? html`<button type="button" @click=${this.nextProblem}>Go to the next problem</button>` : nothing}
      <p class="sr-only" role="status">${this.announced}</p>
    </div>`;
  }

  private summaryWords(): string {
    const { errors, warnings } = this.result;
    if (this.draft.rows.length === 0) return 'No events yet.';
    if (errors.length + warnings.length === 0) return 'No problems.';
    return `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${
      warnings.length === 1 ? 'warning' : 'warnings'
    }.`;
  }

  /** Focuses the field of the next problem, errors first, as the validator lists them. */
  private nextProblem = async () => {
    const problems = [...this.result.errors, ...this.result.warnings];
    if (!problems.length) return;
    this.problemIndex = (this.problemIndex + 1) % problems.length;
    const place = placeOf(this.draft, problems[this.problemIndex]);
    const [key, field] = place.split(/:(.*)/s);
    if (key === 'file') {
      await this.updateComplete;
      (this.renderRoot.querySelector(`#meta-${field.replace(/\W+/g, '-')}`) as HTMLElement | null)?.focus();
      return;
    }
    const row = this.draft.rows.findIndex((r) => r.key === key);
    const col = COLUMNS.findIndex((c) => c.field === field);
    this.selectedKey = key;
    if (col >= 0) return this.focusCell({ row, col });
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(key, field)}`) ??
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(key, 'start')}`);
    target?.focus();
  };

  // --- The table ---------------------------------------------------------------------------------

  private renderGrid() {
    const rows = this.draft.rows;
    return html`<table
        role="grid"
        aria-labelledby="events-heading"
        aria-describedby="grid-keys"
        aria-rowcount=${rows.length + 1}
        @keydown=${this.onGridKey}
        @focusin=${this.onGridFocus}
        @change=${() => this.commit()}
      >
        <thead>
          <tr>
            <th scope="col" class="n">#</th>
            ${COLUMNS.map((c) => html`<th scope="col" class="${c.kind} ${c.field}">${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (r) => r.key,
            (r, i) => this.renderRow(r, i),
          )}
        </tbody>
      </table>`;
  }

  private renderRow(row: Row, index: number) {
    const rowProblems = this.placed.get(`${row.key}:`);
    // A problem in the panel's fields marks its row, so that it is seen while another row is selected.
    const flag = this.flags.get(row.key) ?? '';
    return html`<tr
      class="${row.key === this.selectedKey ? 'selected' : ''} ${flag}"
      aria-selected=${row.key === this.selectedKey ? 'true' : 'false'}
      @click=${() => this.select(row.key)}
    >
      <th scope="row" class="n">
        ${index + 1}${rowProblems ? html`<span class="sr-only">${problemWords(rowProblems)}</span>` : nothing}
      </th>
      ${COLUMNS.map((column, col) => html`<td class="${column.kind} ${column.field}">${this.renderCell(row, index, column, col)}</td>`)}
    </tr>`;
  }

  private renderCell(row: Row, index: number, column: Field, col: number) {
    const id = fieldId(row.key, column.field);
    const problems = this.placed.get(`${row.key}:${column.field}`);
    const value = readField(row.entry, column.field);
    // The grid's one tab stop, kept on a real row after an undo, a delete or an import shortened the table.
    const active = Math.min(this.cursor.row, this.draft.rows.length - 1) === index && this.cursor.col === col;
    const label = `${column.label}, event ${index + 1}`;
    const invalid = problems?.errors.length ? 'true' : 'false';
    const precision = column.kind === 'date' ? precisionOf(value) : '';
    const described = describedBy(id, precision ? 'precision' : undefined, problems);
    const common = { id, tabindex: active ? 0 : -1 };
    let control;
    switch (column.kind) {
      case 'flag':
        control = html`<input
          type="checkbox"
          id=${common.id}
          tabindex=${common.tabindex}
          data-row=${index}
          data-col=${col}
          aria-label=${label}
          .checked=${live(Boolean(value))}
          @change=${(e: Event) => this.editCell(row.key, column.field, (e.target as HTMLInputElement).checked)}
        />`;
        break;
      case 'group':
      case 'importance': {
        const options =
          column.kind === 'group'
            ? [['', 'None'], ...(this.draft.meta.groups ?? []).map((g) => [g.id, g.label || g.id])]
            : IMPORTANCE;
        control = html`<select
          id=${common.id}
          tabindex=${common.tabindex}
          data-row=${index}
          data-col=${col}
          aria-label=${label}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${live(String(value))}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.editCell(row.key, column.field, column.kind === 'importance' && v ? Number(v) : v);
          }}
        >
          ${options.map(([v, name]) => html`<option value=${v}>${name}</option>`)}
        </select>`;
        break;
      }
      default:
        control = html`<input
          type="text"
          id=${common.id}
          tabindex=${common.tabindex}
          data-row=${index}
          data-col=${col}
          aria-label=${label}
          aria-invalid=${invalid}
          aria-describedby=${described}
          autocomplete="off"
          spellcheck=${column.kind === 'date' ? 'false' : 'true'}
          placeholder=${column.field === 'start' ? 'YYYY-MM-DD' : ''}
          title=${column.kind === 'date' ? DATE_HINT : ''}
          .value=${live(String(value))}
          @input=${(e: Event) => this.editCell(row.key, column.field, (e.target as HTMLInputElement).value)}
          @pointerdown=${() => {
            this.mode = 'editing';
            this.valueBefore = readField(row.entry, column.field);
          }}
        />`;
    }
    return html`${control}${precision ? html`<span class="precision" id="${id}-precision">${precision}</span>` : nothing}
    ${renderProblems(id, problems)}`;
  }

  private onGridFocus = (e: FocusEvent) => {
    const target = e.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (Number.isNaN(row)) return;
    const changedCell = row !== this.cursor.row || col !== this.cursor.col;
    this.cursor = { row, col };
    if (changedCell) this.mode = 'none';
    this.valueBefore = readField(this.draft.rows[row].entry, COLUMNS[col].field);
    this.select(this.draft.rows[row].key);
    if (this.mode === 'none' && target instanceof HTMLInputElement && target.type === 'text') target.select();
  };

  private onGridKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.dataset.row === undefined) return;
    const text = target instanceof HTMLInputElement && target.type === 'text';
    const action = actionOf(e.key, e.ctrlKey || e.metaKey, {
      at: this.cursor,
      rows: this.draft.rows.length,
      cols: COLUMNS.length,
      mode: this.mode,
      text,
    });
    switch (action.kind) {
      case 'move': {
        e.preventDefault();
        // Keeping a typed date may move its row: the arrow moves from where the row went.
        const from = this.cursor;
        if (this.mode !== 'none') this.commit();
        this.focusCell({
          row: Math.max(0, Math.min(this.draft.rows.length - 1, this.cursor.row + action.to.row - from.row)),
          col: action.to.col,
        });
        break;
      }
      case 'edit':
        e.preventDefault();
        this.mode = 'editing';
        this.valueBefore = readField(this.draft.rows[this.cursor.row].entry, COLUMNS[this.cursor.col].field);
        if (text) target.setSelectionRange(target.value.length, target.value.length);
        else if (target instanceof HTMLInputElement) target.click();
        break;
      case 'keep':
        e.preventDefault();
        this.mode = 'none';
        this.commit();
        this.valueBefore = readField(this.draft.rows[this.cursor.row].entry, COLUMNS[this.cursor.col].field);
        this.focusCell(this.cursor);
        break;
      case 'cancel': {
        e.preventDefault();
        e.stopPropagation();
        this.mode = 'none';
        const key = this.draft.rows[this.cursor.row].key;
        this.change(editRow(this.draft, key, COLUMNS[this.cursor.col].field, this.valueBefore), `${key}:cancel`);
        this.history.seal();
        this.focusCell(this.cursor);
        break;
      }
      case 'type':
        this.mode = 'typing';
        this.valueBefore = readField(this.draft.rows[this.cursor.row].entry, COLUMNS[this.cursor.col].field);
        break;
    }
  };

  /** Moves the table's focus to a cell, the whole of its text selected, ready to be typed over. */
  private async focusCell(to: Cursor): Promise<void> {
    if (!this.draft.rows.length) return;
    this.cursor = to;
    this.mode = 'none';
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLInputElement>(`[data-row="${to.row}"][data-col="${to.col}"]`);
    control?.focus();
    if (control?.type === 'text') control.select();
  }

  private addEvent = async () => {
    const [next, key] = addRow(this.draft);
    this.change(next);
    this.selectedKey = key;
    await this.focusCell({ row: next.rows.length - 1, col: 0 });
  };

  private select(key: string): void {
    if (this.selectedKey === key) return;
    this.selectedKey = key;
  }

  // --- The selected event's other fields ---------------------------------------------------------

  private renderPanel() {
    const at = this.draft.rows.findIndex((r) => r.key === this.selectedKey);
    const row = this.draft.rows[at];
    if (!row)
      return html`<aside class="panel empty"><p>Select an event to write its description, media and sources.</p></aside>`;
    const sources = row.entry.sources ?? [];
    const name = row.entry.title || `event ${at + 1}`;
    return html`<aside class="panel" aria-labelledby="panel-heading" @change=${() => this.history.seal()}>
      <h3 id="panel-heading">Event ${at + 1}: <span class="title">${name}</span></h3>
      <div class="panel-actions">
        <button type="button" @click=${() => this.duplicate(row.key)} aria-label="Duplicate event ${at + 1}">Duplicate</button>
        <button type="button" class="danger" @click=${() => this.deleteEvent(row.key)} aria-label="Delete event ${at + 1}">
          Delete
        </button>
      </div>
      ${renderProblems(`row-${row.key}`, this.placed.get(`${row.key}:`))}
      ${DETAILS.map((f) => this.panelField(row, f))}
      <fieldset>
        <legend>Media</legend>
        ${MEDIA.map((f) => this.panelField(row, f))}
      </fieldset>
      <fieldset>
        <legend>Sources</legend>
        ${sources.length === 0 ? html`<p class="hint">Where the facts come from. An event without one is warned about.</p>` : nothing}
        ${sources.map(
          (_, i) => html`<div class="source">
            <p class="source-title">Source ${i + 1}</p>
            ${SOURCE.map((f) =>
              this.panelField(row, {
                ...f,
                field: `sources[${i}].${f.field}`,
                label: `Source ${i + 1} ${f.label.toLowerCase()}`,
              }),
            )}
            <button type="button" @click=${() => this.removeSource(row, i)}>Remove source ${i + 1}</button>
          </div>`,
        )}
        <button type="button" @click=${() => this.addSource(row)}>Add a source</button>
      </fieldset>
    </aside>`;
  }

  private panelField(row: Row, f: Field) {
    const id = fieldId(row.key, f.field);
    const problems = this.placed.get(`${row.key}:${f.field}`);
    const value = String(readField(row.entry, f.field));
    const hintId = f.hint ? 'hint' : f.kind === 'date' && precisionOf(value) ? 'precision' : undefined;
    const input = (e: Event) => this.editCell(row.key, f.field, (e.target as HTMLInputElement).value);
    const attrs = {
      invalid: problems?.errors.length ? 'true' : 'false',
      described: describedBy(id, hintId, problems),
    };
    return html`<div class="field">
      <label for=${id}>${f.label}</label>
      ${
        f.kind === 'long'
          ? html`<textarea id=${id} rows="3" .value=${live(value)} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described} @input=${input}></textarea>`
          : html`<input id=${id} type="text" autocomplete="off" .value=${live(value)} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described} @input=${input} />`
      }
      ${f.hint ? html`<p class="hint" id="${id}-hint">${f.hint}</p>` : nothing}
      ${f.kind === 'date' && precisionOf(value) ? html`<p class="hint" id="${id}-precision">${precisionOf(value)}</p>` : nothing}
      ${renderProblems(id, problems)}
    </div>`;
  }

  /** A removed item's button is gone with it: focus goes to the button that adds one. */
  private async focusAfterRemove(add: string): Promise<void> {
    await this.updateComplete;
    [...this.renderRoot.querySelectorAll('button')].find((b) => b.textContent?.trim() === add)?.focus();
  }

  private addSource(row: Row): void {
    const sources = row.entry.sources ?? [];
    // An empty source is a source to fill in: it stays, its name to write (the validator says so).
    this.change(editRow(this.draft, row.key, 'sources', [...sources, { name: '' }]));
    this.history.seal();
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLInputElement>(`#${fieldId(row.key, `sources[${sources.length}].name`)}`)
        ?.focus(),
    );
  }

  private removeSource(row: Row, index: number): void {
    const sources = [...(row.entry.sources ?? [])];
    sources.splice(index, 1);
    this.change(editRow(this.draft, row.key, 'sources', sources.length ? sources : ''));
    void this.focusAfterRemove('Add a source');
  }

  private async duplicate(key: string): Promise<void> {
    const [next, copy] = duplicateRow(this.draft, key);
    this.change(next);
    this.selectedKey = copy;
    this.notice = 'Event duplicated.';
    await this.focusCell({ row: next.rows.findIndex((r) => r.key === copy), col: 0 });
  }

  private async deleteEvent(key: string): Promise<void> {
    const at = this.draft.rows.findIndex((r) => r.key === key);
    this.change(deleteRow(this.draft, key));
    this.selectedKey = this.draft.rows[Math.min(at, this.draft.rows.length - 1)]?.key;
    this.notice = 'Event deleted. Undo brings it back.';
    if (this.draft.rows.length) await this.focusCell({ row: Math.min(at, this.draft.rows.length - 1), col: 0 });
    else this.renderRoot.querySelector<HTMLButtonElement>('.add')?.focus();
  }

  // --- Preview -----------------------------------------------------------------------------------

  private renderPreview() {
    const selected = this.draft.rows.find((r) => r.key === this.selectedKey)?.entry.id;
    const stale = this.result.errors.length > 0 && this.preview !== undefined;
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <div class="preview-options">
        <fieldset class="choice">
          <legend>Width</legend>
          ${WIDTHS.map(
            ([px, name]) =>
              html`<label
                ><input
                  type="radio"
                  name="width"
                  .checked=${this.previewWidth === px}
                  @change=${() => (this.previewWidth = px)}
                />${name} ${px}</label
              >`,
          )}
        </fieldset>
        <fieldset class="choice">
          <legend>Theme</legend>
          ${(['light', 'dark'] as const).map(
            (t) =>
              html`<label
                ><input type="radio" name="theme" .checked=${this.previewTheme === t} @change=${() => (this.previewTheme = t)} />${
                  t === 'light' ? 'Light' : 'Dark'
                }</label
              >`,
          )}
        </fieldset>
        <div class="field">
          <label for="preview-locale">Language of the widget</label>
          <select id="preview-locale" @change=${(e: Event) => (this.previewLocale = (e.target as HTMLSelectElement).value)}>
            <option value="">English</option>
            ${SHIPPED.map((l) => html`<option value=${l} ?selected=${this.previewLocale === l}>${languageName(l)}</option>`)}
          </select>
        </div>
      </div>
      ${stale ? html`<p class="hint stale">The preview shows the last version without errors.</p>` : nothing}
      <div class="stage ${this.previewTheme}">
        ${
          this.preview
            ? html`<event-timeline
              style="width: ${this.previewWidth}px"
              .events=${this.preview}
              theme=${this.previewTheme}
              locale=${this.previewLocale || 'en'}
              .selected=${selected ?? null}
              @timeline-select=${this.onPreviewSelect}
            ></event-timeline>`
            : html`<p class="hint">The timeline shows here once an event has a date and a title.</p>`
        }
      </div>
    </section>`;
  }

  private onPreviewSelect = (e: CustomEvent<{ id: string | null }>) => {
    const row = this.draft.rows.find((r) => r.entry.id === e.detail.id);
    if (row) this.selectedKey = row.key;
  };

  // --- Export ------------------------------------------------------------------------------------

  private renderExport() {
    const errors = this.result.errors.length;
    const ready = errors === 0 && this.draft.rows.length > 0;
    const why = !this.draft.rows.length
      ? 'Add an event first.'
      : errors
        ? `Fix the ${errors} ${errors === 1 ? 'error' : 'errors'} first.`
        : '';
    const file = this.file;
    // An id of its own (from the title), so that two timelines in one article keep their links apart.
    const id = `timeline-${idFrom(file.title ?? '', new Set())}`;
    const title = file.title || 'Timeline';
    // The preview's choices go into the code: what the producer checked is what readers get.
    const look = { locale: this.previewLocale || undefined, theme: this.previewTheme };
    const local = /^(file:|https?:\/\/(localhost|127\.|\[::1\]))/.test(this.scriptUrl);
    const embedUrl = new URL('embed.html', location.href).href;
    const frameScriptUrl = this.scriptUrl.replace(/event-timeline\.min\.js$/, 'event-timeline-frame.js');
    const hosted = {
      src: this.fileUrl,
      id,
      title,
      height: 'auto' as const,
      ...look,
      scriptUrl: this.scriptUrl,
      embedUrl,
      frameScriptUrl,
    };
    return html`<section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">Publish</h2>
      <p>${ready ? 'The timeline has no errors.' : why}</p>
      <div class="actions">
        <button type="button" ?disabled=${!ready} aria-describedby="export-why" @click=${() => download('events.json', toJson(file), 'application/json')}>
          Download events.json
        </button>
        <button type="button" ?disabled=${!ready} aria-describedby="export-why" @click=${() => download('events.csv', toCsv(file), 'text/csv')}>
          Download CSV
        </button>
        <span id="export-why" class="sr-only">${why}</span>
      </div>
      <div class="field">
        <label for="script-url">Address of event-timeline.min.js</label>
        <input id="script-url" class="own-undo" type="url" aria-describedby="script-url-hint" .value=${live(this.scriptUrl)} @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)} />
        <p class="hint ${local ? 'warning' : ''}" id="script-url-hint">
          ${
            local
              ? 'This address is on your own computer, which readers cannot reach: write where your newsroom hosts the file.'
              : 'Where your newsroom hosts the widget’s single file.'
          }
        </p>
      </div>
      ${this.renderCode('embed-inline', 'Embed code with the data inside (for a CMS HTML block; nothing else to host)', ready ? inlineEmbed(file, { scriptUrl: this.scriptUrl, id, ...look }) : '', why)}
      <div class="field">
        <label for="file-url">Address where you will publish events.json</label>
        <input id="file-url" class="own-undo" type="url" placeholder="https://example.org/story/events.json" .value=${live(this.fileUrl)} @input=${(e: Event) => (this.fileUrl = (e.target as HTMLInputElement).value)} />
      </div>
      ${this.renderCode('embed-src', 'Embed code that loads events.json', ready && this.fileUrl ? elementSnippet(hosted) : '', why || 'Write the address of events.json first.')}
      ${this.renderCode('embed-frame', 'Embed code as an iframe', ready && this.fileUrl ? iframeSnippet(hosted) : '', why || 'Write the address of events.json first.')}
    </section>`;
  }

  private renderCode(id: string, label: string, code: string, why: string) {
    return html`<div class="field code">
      <label for=${id}>${label}</label>
      <textarea id=${id} readonly rows="4" spellcheck="false" .value=${live(code || why)}></textarea>
      <button type="button" ?disabled=${!code} aria-label="Copy: ${label}" @click=${() => this.copy(id, code)}>Copy</button>
      <span role="status" class="copied">${this.copied === id ? 'Copied.' : ''}</span>
    </div>`;
  }

  private async copy(id: string, code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // A page without clipboard permission: the code is selected for Ctrl+C instead.
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`)?.select();
    }
    this.copied = id;
  }
}

const FORMAT_NAMES: Record<NonNullable<Imported['format']>, string> = {
  events: 'events file',
  csv: 'CSV',
  timelinejs: 'TimelineJS file',
  'timelinejs-csv': 'TimelineJS sheet',
  tsv: 'spreadsheet cells',
  'timelinejs-tsv': 'TimelineJS sheet cells',
};

const allowDrop = (e: DragEvent) => e.preventDefault();

/** A file read as the widget reads one: its byte order mark or UTF-8, or windows-1252 where it is not UTF-8, which Excel's CSV often is. */
async function importFile(file: File): Promise<Imported> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let decoded = decodeText(bytes, charsetOf(file.type));
  if (decoded.warnings.length && decoded.encoding === 'utf-8' && !charsetOf(file.type)) {
    const legacy = decodeText(bytes, 'windows-1252');
    const message = `${file.name} is not UTF-8: it was read as windows-1252, as Excel writes CSV; check its accented letters`;
    decoded = { ...legacy, warnings: [{ path: '', message }] };
  }
  const imported = importText(decoded.text, file.name, file.type);
  return { ...imported, warnings: [...decoded.warnings, ...imported.warnings] };
}

/** Ids in the shadow root for a row's field: "f-r3-sources-0-url". */
const fieldId = (key: string, field: string) => `f-${key}-${field.replace(/\W+/g, '-')}`;

/** An event's fields that have a control, where their problems show. */
const SHOWN = new Set([...COLUMNS, ...DETAILS, ...MEDIA].map((f) => f.field));
const isShown = (field: string) => SHOWN.has(field) || /^sources\[\d+\]\.(name|url|date)$/.test(field);

/**
 * The validator's problems by where they show (draft.ts placeOf): at their field, or, for a field
 * with no control here (media.link, a field the format does not know), at the event as a whole, in
 * the panel, so that every problem the summary counts can be found.
 */
function placeProblems(draft: Draft, result: ReadResult): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const add = (kind: keyof Placed) => (p: Problem) => {
    const at = placeOf(draft, p);
    const [key, field] = at.split(/:(.*)/s);
    // A problem with a source's or the media's whole entry shows at the field it is under.
    const under = /^(sources\[\d+\]|media)$/.test(field) ? `${field}.${field === 'media' ? 'url' : 'name'}` : field;
    const place = key === 'file' ? at : isShown(under) ? `${key}:${under}` : `${key}:`;
    const entry = placed.get(place) ?? { errors: [], warnings: [] };
    entry[kind].push(p);
    placed.set(place, entry);
  };
  result.errors.forEach(add('errors'));
  result.warnings.forEach(add('warnings'));
  return placed;
}

function flagRows(placed: Map<string, Placed>): Map<string, string> {
  const flags = new Map<string, string>();
  for (const [place, { errors }] of placed) {
    const key = place.slice(0, place.indexOf(':'));
    if (key !== 'file' && flags.get(key) !== 'has-errors')
      flags.set(key, errors.length ? 'has-errors' : 'has-warnings');
  }
  return flags;
}

function renderProblems(id: string, problems: Placed | undefined) {
  if (!problems) return nothing;
  return html`<ul class="problems" id="${id}-problems">
    ${problems.errors.map((p) => html`<li class="error"><span class="sr-only">Error: </span>${p.message}</li>`)}
    ${problems.warnings.map((p) => html`<li class="warning"><span class="sr-only">Warning: </span>${p.message}</li>`)}
  </ul>`;
}

const problemWords = (p: Placed) => `: ${[...p.errors, ...p.warnings].map((problem) => problem.message).join('; ')}`;

function describedBy(id: string, hint: string | undefined, problems: Placed | undefined): string | typeof nothing {
  const ids = [hint ? `${id}-${hint === 'precision' ? 'precision' : 'hint'}` : '', problems ? `${id}-problems` : ''];
  const joined = ids.filter(Boolean).join(' ');
  return joined || nothing;
}

/** A date's precision as its form says it, in words; nothing for a date that does not read. */
function precisionOf(value: unknown): string {
  if (value === '' || value === undefined) return '';
  const parsed = parseDateValue(value);
  return 'value' in parsed && parsed.value
    ? `a ${parsed.value.precision === 'time' ? 'time' : parsed.value.precision}`
    : '';
}

const languageName = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

declare global {
  interface HTMLElementTagNameMap {
    'timeline-editor': TimelineEditor;
  }
}
