import { describe, expect, it } from "vitest";
import { isPosterPath, posterHref } from "./paths";

describe("isPosterPath", () => {
  it("recognises a centre's poster", () => {
    expect(isPosterPath(posterHref("nok-elverum"))).toBe(true);
  });

  it("does not take the centre's own page, the centre list or an English page for a poster", () => {
    expect(isPosterPath("/sentre/nok-elverum/")).toBe(false);
    expect(isPosterPath("/sentre/")).toBe(false);
    expect(isPosterPath("/en/centres/nok-elverum/plakat/")).toBe(false);
  });
});
