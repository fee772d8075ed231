// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nb } from "@/lib/i18n/nb";
import FinderMap, { type MapCentre } from "./FinderMap";

const centres: MapCentre[] = [
  { id: "nok-elverum", name: "Nok. Elverum", point: { lat: 60.89, lon: 11.56 }, approximate: false },
  { id: "nok-hamar", name: "Nok. Hamar", point: { lat: 60.79, lon: 11.07 }, approximate: true },
];

function renderMap(onActivateCentre = vi.fn()) {
  render(
    <FinderMap
      centres={centres}
      outlinesUrl="/data/fylker.geojson"
      searchedPoint={null}
      fitPoints={[]}
      highlightedId="nok-elverum"
      onPickPoint={vi.fn()}
      onActivateCentre={onActivateCentre}
      describedBy="instructions"
      text={nb.finder.map}
    />,
  );
  return onActivateCentre;
}

describe("FinderMap", () => {
  const fetchOutlines = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ type: "FeatureCollection", features: [] }))));
  beforeEach(() => vi.stubGlobal("fetch", fetchOutlines));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("is a named region whose base map comes from the site's own outlines, with no tiles", () => {
    renderMap();
    const map = screen.getByRole("region", { name: "Kart over sentrene" });
    expect(map.getAttribute("aria-describedby")).toBe("instructions");
    expect(fetchOutlines).toHaveBeenCalledWith("/data/fylker.geojson");
    expect(map.querySelectorAll(".leaflet-tile, .leaflet-tile-pane img")).toHaveLength(0);
  });

  it("gives each centre a keyboard-reachable marker named after it, approximate ones drawn differently", () => {
    const onActivate = renderMap();
    const elverum = screen.getByRole("button", { name: "Nok. Elverum" });
    const hamar = screen.getByRole("button", { name: "Nok. Hamar" });
    expect(elverum.tabIndex).toBe(0);
    expect(hamar.className).toContain("finder-marker--approximate");
    expect(elverum.className).toContain("finder-marker--exact");
    expect(elverum.className).toContain("is-highlighted");
    elverum.click();
    expect(onActivate).toHaveBeenCalledWith("nok-elverum");
  });

  it("names its zoom buttons in Norwegian", () => {
    renderMap();
    expect(screen.getByRole("button", { name: "Zoom inn" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Zoom ut" })).toBeTruthy();
  });
});
