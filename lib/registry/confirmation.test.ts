import { describe, expect, it } from "vitest";
import { confirmationOf } from "./confirmation";

const confirmed = (lastVerified: string) => ({ verification: "confirmed-by-centre" as const, lastVerified });

describe("confirmationOf", () => {
  it("is confirmed for twelve months from the day the centre confirmed its record", () => {
    expect(confirmationOf(confirmed("2026-03-04"), "2026-11-29")).toEqual({ status: "confirmed", date: "2026-03-04" });
    expect(confirmationOf(confirmed("2025-11-29"), "2026-11-29")).toEqual({ status: "confirmed", date: "2025-11-29" });
  });

  it("is stale the day after twelve months have passed", () => {
    expect(confirmationOf(confirmed("2025-11-28"), "2026-11-29")).toEqual({ status: "stale", date: "2025-11-28" });
    // A confirmation on 29 February still counts on 28 February a year later.
    expect(confirmationOf(confirmed("2024-02-29"), "2025-02-28")).toEqual({ status: "confirmed", date: "2024-02-29" });
    expect(confirmationOf(confirmed("2024-02-29"), "2025-03-01")).toEqual({ status: "stale", date: "2024-02-29" });
  });

  it("is unconfirmed for a record from public sources only, whatever its date", () => {
    expect(confirmationOf({ verification: "public-sources-only", lastVerified: "2026-11-01" }, "2026-11-29")).toEqual({
      status: "unconfirmed",
    });
    expect(confirmationOf({ verification: "public-sources-only", lastVerified: null }, "2026-11-29")).toEqual({ status: "unconfirmed" });
  });
});
