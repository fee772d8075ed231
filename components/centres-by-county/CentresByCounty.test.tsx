// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadGeography } from "@/lib/geo/load";
import { nb } from "@/lib/i18n/nb";
import { groupCentresByCounty } from "@/lib/registry/by-county";
import { loadCentres } from "@/lib/registry/load";
import { summarizeCentre } from "@/lib/registry/summary";
import { CentresByCounty, countyListItemId } from "./CentresByCounty";

describe("CentresByCounty", () => {
  afterEach(cleanup);
  const centres = loadCentres().map(summarizeCentre);

  it("shows every centre under its county, and links to the municipality pages", () => {
    render(
      <CentresByCounty
        groups={groupCentresByCounty(centres, loadGeography().counties)}
        municipalitiesHref="/kommuner/"
        text={nb.finder.allCentres}
        centreText={nb.centre}
        locale="nb"
      />,
    );
    expect(screen.getAllByRole("article")).toHaveLength(centres.length);
    expect(screen.getByRole("heading", { level: 3, name: "Innlandet" })).toBeTruthy();
    expect(document.getElementById(countyListItemId("nok-elverum"))?.textContent).toContain("Nok. Elverum");
    expect(screen.getByRole("link", { name: nb.finder.allCentres.municipalities }).getAttribute("href")).toBe("/kommuner/");
  });
});
