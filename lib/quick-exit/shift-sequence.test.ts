import { describe, expect, it } from "vitest";
import { advanceShiftSequence, initialShiftSequence, type KeyRelease, type ShiftSequence, type ShiftStep } from "./shift-sequence";

const shift: KeyRelease = { key: "Shift", shiftKey: false };

function release(keys: KeyRelease[], start: ShiftSequence = initialShiftSequence): ShiftStep[] {
  const steps: ShiftStep[] = [];
  let state = start;
  for (const key of keys) {
    const [next, step] = advanceShiftSequence(state, key);
    state = next;
    steps.push(step);
  }
  return steps;
}

describe("advanceShiftSequence", () => {
  it("leaves on the third lone Shift, counting down before", () => {
    expect(release([shift, shift, shift])).toEqual([
      { kind: "counted", remaining: 2 },
      { kind: "counted", remaining: 1 },
      { kind: "exit" },
    ]);
  });

  it("resets when any other key comes between", () => {
    expect(release([shift, shift, { key: "a", shiftKey: false }, shift]).map((step) => step.kind)).toEqual([
      "counted",
      "counted",
      "reset",
      "counted",
    ]);
  });

  it("does not count the Shift that typed a capital letter", () => {
    // Shift+A: "A" is released while Shift is held, then Shift is released.
    const typedCapital: KeyRelease[] = [{ key: "A", shiftKey: true }, shift];
    expect(release([...typedCapital, ...typedCapital, ...typedCapital]).map((step) => step.kind)).not.toContain("exit");
    expect(release([shift, ...typedCapital]).map((step) => step.kind)).toEqual(["counted", "reset", "ignored"]);
  });

  it("ignores other keys while nothing is counted", () => {
    expect(release([{ key: "Tab", shiftKey: false }])).toEqual([{ kind: "ignored" }]);
  });

  it("starts again from zero after leaving", () => {
    expect(release([shift, shift, shift, shift]).at(-1)).toEqual({ kind: "counted", remaining: 2 });
  });
});
