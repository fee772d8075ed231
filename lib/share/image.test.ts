import { describe, expect, it } from "vitest";
import { shareImagePath } from "./image";

describe("shareImagePath", () => {
  it("puts a page's image beside it, as a .png", () => {
    expect(shareImagePath("/")).toBe("/opengraph-image.png");
    expect(shareImagePath("/sentre/nok-elverum/")).toBe("/sentre/nok-elverum/opengraph-image.png");
  });

  it("refuses a path that is not a page's", () => {
    expect(() => shareImagePath("/akutt-hjelp")).toThrow(/starts and ends with/);
  });
});
