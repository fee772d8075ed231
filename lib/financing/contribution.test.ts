import { describe, expect, it } from "vitest";
import { MAX_CONTRIBUTION_KRONER, parseContribution } from "./contribution";

describe("parseContribution", () => {
  it.each([
    ["250000", 25_000_000],
    ["250 000", 25_000_000],
    ["250 000,50", 25_000_050],
    ["250 000,5", 25_000_050],
    ["250\u00a0000", 25_000_000],
    ["250\u202f000", 25_000_000],
    ["kr 250 000", 25_000_000],
    ["kr. 250 000", 25_000_000],
    ["250 000 kr", 25_000_000],
    ["250 000,-", 25_000_000],
    ["  1 000 000  ", 100_000_000],
    ["0", 0],
    ["1 000 000 000", MAX_CONTRIBUTION_KRONER * 100],
  ])("reads %j as %i øre", (input, ore) => {
    expect(parseContribution(input)).toEqual({ ok: true, ore });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["\u00a0", "empty"],
    ["-250 000", "negative"],
    ["\u2212250 000", "negative"],
    ["kr -250 000", "negative"],
    ["tohundre tusen", "notANumber"],
    ["250.000", "notANumber"],
    ["250 000 000 kroner i året", "notANumber"],
    ["12abc", "notANumber"],
    ["kr", "notANumber"],
    ["-", "notANumber"],
    ["250 000,505", "tooManyDecimals"],
    ["1 000 000 000,01", "tooLarge"],
    ["5 000 000 000", "tooLarge"],
    ["99999999999999999999999", "tooLarge"],
  ])("refuses %j as %s", (input, error) => {
    expect(parseContribution(input)).toEqual({ ok: false, error });
  });
});
