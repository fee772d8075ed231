/**
 * The keyboard shortcut of GOV.UK's "Exit this page", as a pure state machine: three presses of
 * Shift on its own, each within the timeout of the last, leave the page. Any other key resets the
 * count, and a Shift release that ends a Shift+key chord (typing a capital letter) does not count.
 * Timers live in the component; this module decides only what each key release means.
 */

export const PRESSES_TO_EXIT = 3;

export interface ShiftSequence {
  /** Lone Shift presses so far. */
  readonly count: number;
  /** Whether the last key released was pressed together with Shift, as in Shift+A. */
  readonly lastKeyWasModified: boolean;
}

export const initialShiftSequence: ShiftSequence = { count: 0, lastKeyWasModified: false };

/** What the component should do after a key release. */
export type ShiftStep = { kind: "counted"; remaining: number } | { kind: "exit" } | { kind: "reset" } | { kind: "ignored" };

export interface KeyRelease {
  key: string;
  /** `KeyboardEvent.shiftKey` on keyup: true while Shift is still held for another key. */
  shiftKey: boolean;
}

export function advanceShiftSequence(state: ShiftSequence, event: KeyRelease): [ShiftSequence, ShiftStep] {
  const lastKeyWasModified = event.shiftKey;
  if (event.key === "Shift" && !state.lastKeyWasModified) {
    const count = state.count + 1;
    if (count >= PRESSES_TO_EXIT) return [{ count: 0, lastKeyWasModified }, { kind: "exit" }];
    return [
      { count, lastKeyWasModified },
      { kind: "counted", remaining: PRESSES_TO_EXIT - count },
    ];
  }
  if (state.count > 0) return [{ count: 0, lastKeyWasModified }, { kind: "reset" }];
  return [{ count: 0, lastKeyWasModified }, { kind: "ignored" }];
}
