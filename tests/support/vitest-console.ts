/**
 * Vitest setup: a test fails when the code under test writes to console.error or console.warn,
 * which is where React reports duplicate keys, bad props and hydration problems. The end-to-end
 * `watch` fixture does the same for the browser's console. A test that expects such a message
 * says so with `vi.spyOn(console, "error").mockImplementation(...)`.
 */
import { format } from "node:util";
import { afterEach, beforeEach } from "vitest";

const printed: string[] = [];
const original = { error: console.error, warn: console.warn };

beforeEach(() => {
  printed.length = 0;
  for (const level of ["error", "warn"] as const) {
    console[level] = (...args: unknown[]) => {
      printed.push(`console.${level}: ${format(...args)}`);
      original[level](...args);
    };
  }
});

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  if (printed.length > 0) throw new Error(`The test printed ${printed.length} console message(s):\n${printed.join("\n")}`);
});
