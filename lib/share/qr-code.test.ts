import { describe, expect, it } from "vitest";
import { qrCodeShape } from "./qr-code";

describe("qrCodeShape", () => {
  const shape = qrCodeShape("https://noksentrene.no/sentre/nok-elverum/");

  it("leaves a quiet zone of four modules on every side", () => {
    const points = [...shape.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, run]) => ({
      x: Number(x),
      y: Number(y),
      end: Number(x) + Number(run),
    }));
    expect(Math.min(...points.map((point) => point.x))).toBe(4);
    expect(Math.min(...points.map((point) => point.y))).toBe(4);
    expect(Math.max(...points.map((point) => point.end))).toBe(shape.size - 4);
    expect(Math.max(...points.map((point) => point.y))).toBe(shape.size - 5);
  });

  it("is a standard size: 21 modules and 4 more per version, plus the quiet zone", () => {
    expect((shape.size - 8 - 21) % 4).toBe(0);
  });
});
