/**
 * The table's keys, as a spreadsheet has them: arrows move between cells; typing replaces a cell's
 * text (and an arrow then keeps it and moves on); Enter or F2 edits it, arrows moving the caret;
 * Escape puts back what was there, Enter keeps it.
 * Pure: what a key does, given where the cursor is and whether the cell is being edited.
 */
export interface Cursor {
  row: number;
  col: number;
}

export type KeyAction =
  | { kind: 'move'; to: Cursor }
  | { kind: 'edit' }
  | { kind: 'keep' }
  | { kind: 'cancel' }
  /** Typing into a cell that is not being edited: the key replaces what was there. */
  | { kind: 'type' }
  | { kind: 'none' };

/** How the focused cell is being changed: not at all, typed over, or edited within. */
export type Mode = 'none' | 'typing' | 'editing';

export interface KeyContext {
  at: Cursor;
  rows: number;
  cols: number;
  mode: Mode;
  /** The cell is a text field (a select or a checkbox uses arrows and Space itself while edited). */
  text: boolean;
}

const clampTo = (value: number, count: number) => Math.max(0, Math.min(count - 1, value));

export function actionOf(key: string, ctrl: boolean, c: KeyContext): KeyAction {
  const move = (row: number, col: number): KeyAction => ({
    kind: 'move',
    to: { row: clampTo(row, c.rows), col: clampTo(col, c.cols) },
  });
  const { row, col } = c.at;
  // A one-line field has no use for Up and Down: they move rows even while it is edited.
  const vertical = c.mode !== 'editing' || c.text;
  const across = c.mode !== 'editing';
  const editing = c.mode !== 'none';
  switch (key) {
    case 'ArrowUp':
      return vertical ? move(row - 1, col) : { kind: 'none' };
    case 'ArrowDown':
      return vertical ? move(row + 1, col) : { kind: 'none' };
    case 'ArrowLeft':
      return across ? move(row, col - 1) : { kind: 'none' };
    case 'ArrowRight':
      return across ? move(row, col + 1) : { kind: 'none' };
    case 'Home':
      return across ? move(ctrl ? 0 : row, 0) : { kind: 'none' };
    case 'End':
      return across ? move(ctrl ? c.rows - 1 : row, c.cols - 1) : { kind: 'none' };
    case 'Enter':
      return editing ? { kind: 'keep' } : { kind: 'edit' };
    case 'F2':
      return c.mode === 'editing' ? { kind: 'none' } : { kind: 'edit' };
    case 'Escape':
      return editing ? { kind: 'cancel' } : { kind: 'none' };
    default:
      return c.mode === 'none' && c.text && !ctrl && key.length === 1 ? { kind: 'type' } : { kind: 'none' };
  }
}
