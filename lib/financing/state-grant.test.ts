import { describe, expect, it } from "vitest";
import { financingFor, formatKroner, STATE_GRANT_PER_KRONE } from "./state-grant";

describe("financingFor", () => {
  it("releases up to four kroner from the state for each krone, as 20 % local and 80 % state", () => {
    expect(STATE_GRANT_PER_KRONE).toBe(4);
    expect(financingFor(25_000_000)).toEqual({ contributionOre: 25_000_000, stateGrantOre: 100_000_000, totalOre: 125_000_000 });
  });

  it("keeps øre exact", () => {
    expect(financingFor(25_000_050)).toEqual({ contributionOre: 25_000_050, stateGrantOre: 100_000_200, totalOre: 125_000_250 });
  });

  it("gives nothing for nothing", () => {
    expect(financingFor(0)).toEqual({ contributionOre: 0, stateGrantOre: 0, totalOre: 0 });
  });

  it("leaves the local share at a fifth of the total", () => {
    const { contributionOre, totalOre } = financingFor(12_345_600);
    expect(contributionOre / totalOre).toBe(0.2);
  });
});

describe("formatKroner", () => {
  // Intl writes a no-break space between the groups and before "kr", so that amounts never wrap.
  const plain = (text: string) => text.replace(/\u00a0/g, " ");

  it("writes whole kroner the Norwegian way", () => {
    expect(plain(formatKroner(125_000_000, "nb-NO"))).toBe("1 250 000 kr");
    expect(plain(formatKroner(0, "nb-NO"))).toBe("0 kr");
  });

  it("shows two decimals when there are øre", () => {
    expect(plain(formatKroner(25_000_050, "nb-NO"))).toBe("250 000,50 kr");
  });

  it("leaves the unit out when asked, for tables that name it once", () => {
    expect(plain(formatKroner(250_000_000, "nb-NO", { withUnit: false }))).toBe("2 500 000");
  });
});
