// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { nb } from "@/lib/i18n/nb";
import { RegistryCoverage } from "./RegistryCoverage";

describe("RegistryCoverage", () => {
  it("shows each figure against the number of centres, in a table with its date", () => {
    render(
      <RegistryCoverage
        coverage={{ centres: 20, phones: 6, ownPhones: 4, confirmed: 1, stale: 0, positions: 2, agreementLists: 2 }}
        builtOn="2026-11-29"
        locale="nb"
        text={nb.registryCoverage}
      />,
    );
    expect(screen.getByText(/da nettstedet sist ble bygget, 29\. november 2026/)).toBeTruthy();
    const table = screen.getByRole("table", { name: "Opplysninger vi har om sentrene" });
    const phones = within(table).getByRole("row", { name: /Har telefonnummer/ });
    expect(within(phones).getByRole("cell").textContent).toBe("6 av 20");
    expect(within(table).getByRole("row", { name: /bekreftet av senteret det siste året/ }).textContent).toContain("1 av 20");
  });
});
