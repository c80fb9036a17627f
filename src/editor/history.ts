/**
 * Undo and redo over immutable states. Typing into one field is one step, not one per key: a change
 * with the same `group` as the one before (the same field, while the producer keeps typing in it)
 * replaces it instead of adding a step.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private group: string | undefined;

  constructor(public current: T) {}

  /** Records a new state; `group` names the field being typed into, if any. */
  push(state: T, group?: string): void {
    if (state === this.current) return;
    if (!(group && group === this.group)) this.past.push(this.current);
    this.current = state;
    this.future = [];
    this.group = group;
  }

  /** Replaces the current state within its step: what follows from a change (the table's sort) is undone with it. */
  amend(state: T): void {
    this.current = state;
    this.future = [];
  }

  /** The next change starts a step of its own, even in the same field (it lost focus, or was committed). */
  seal(): void {
    this.group = undefined;
  }

  /** Starts over from `state`, with nothing to undo. */
  reset(state: T): void {
    this.past = [];
    this.future = [];
    this.group = undefined;
    this.current = state;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous === undefined) return this.current;
    this.future.push(this.current);
    this.group = undefined;
    return (this.current = previous);
  }

  redo(): T {
    const next = this.future.pop();
    if (next === undefined) return this.current;
    this.past.push(this.current);
    this.group = undefined;
    return (this.current = next);
  }
}
