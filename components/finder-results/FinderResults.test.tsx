// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadSearchIndex } from "@/lib/finder/load";
import { rankCentres } from "@/lib/finder/rank";
import { resolveSearch } from "@/lib/finder/search";
import { nb } from "@/lib/i18n/nb";
import { loadCentres } from "@/lib/registry/load";
import { summarizeCentre } from "@/lib/registry/summary";
import { FinderResults } from "./FinderResults";

const index = loadSearchIndex();
const centres = loadCentres().map((centre) => summarizeCentre(centre, "nb"));

function renderFor(query: string) {
  const outcome = resolveSearch(index, query);
  if (outcome.kind !== "found") throw new Error(`"${query}" did not find one place`);
  render(
    <FinderResults
      result={rankCentres(outcome.target, centres)}
      heading={`Sentre for ${query}`}
      text={nb.finder.results}
      servingText={nb.serving}
      centreText={nb.centre}
      locale="nb"
    />,
  );
  return screen.getAllByRole("listitem");
}

describe("FinderResults", () => {
  afterEach(cleanup);

  it("puts the serving centre first, named as the municipality's centre with the reason in plain words", () => {
    const [first] = renderFor("Trysil");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Sentre for Trysil");
    expect(first!.textContent).toContain("Senteret for Trysil");
    expect(first!.textContent).toContain("Trysil kommune har avtale med dette senteret.");
    expect(within(first!).getByRole("link", { name: "Nok. Elverum" }).getAttribute("href")).toBe("/sentre/nok-elverum/");
  });

  it("lists a county's centre of unknown location right after, marked so and without a distance", () => {
    const [, second] = renderFor("Skien");
    expect(second!.textContent).toContain("Også i Telemark");
    expect(second!.textContent).toContain("Plassering ukjent");
    expect(second!.textContent).not.toContain("km");
  });

  it("is an ordered list", () => {
    renderFor("2406");
    expect(screen.getByRole("list").tagName).toBe("OL");
  });
});
