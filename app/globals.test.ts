import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paletteFromCss } from "@/lib/theme/palette";

/** The palette as declared in @theme, so that the test checks what the site ships. */
const palette = paletteFromCss(readFileSync("app/globals.css", "utf8"));

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const color = (name: string) => palette[name] ?? name;

describe("the palette", () => {
  it.each([
    ["ink", "paper"],
    ["ink", "sand"],
    ["ink-soft", "paper"],
    ["ink-soft", "sand"],
    ["brand", "paper"],
    ["brand", "sand"],
    ["#ffffff", "brand-dark"],
    ["#ffffff", "exit"],
    ["#ffffff", "exit-dark"],
    ["ink", "focus"],
    // The financing calculator: a white box with a brand button and a dark red error.
    ["ink-soft", "#ffffff"],
    ["#ffffff", "brand"],
    ["exit-dark", "#ffffff"],
  ])("%s on %s meets WCAG AA for body text (4.5:1)", (text, background) => {
    expect(contrast(color(text), color(background))).toBeGreaterThanOrEqual(4.5);
  });

  it("gives the exit button's border a visible contrast against the page (3:1)", () => {
    expect(contrast(color("exit"), color("paper"))).toBeGreaterThanOrEqual(3);
  });
});
