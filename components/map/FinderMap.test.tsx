// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nb } from "@/lib/i18n/nb";
import FinderMap, { type MapCentre } from "./FinderMap";

const elverum: MapCentre = { id: "nok-elverum", name: "Nok. Elverum", point: { lat: 60.89, lon: 11.56 }, approximate: false };
const bergen: MapCentre = { id: "nok-bergen", name: "Nok. Bergen", point: { lat: 60.39, lon: 5.32 }, approximate: true };
const hamar: MapCentre = { id: "nok-hamar", name: "Nok. Hamar", point: { lat: 60.79, lon: 11.07 }, approximate: true };
const tromso: MapCentre = { id: "smiso-troms", name: "SMISO Troms", point: { lat: 69.65, lon: 18.96 }, approximate: true };
const oslo: MapCentre = { id: "nok-oslo", name: "Nok. Oslo", point: { lat: 59.92, lon: 10.75 }, approximate: true };
const dixi: MapCentre = { id: "dixi-oslo", name: "Dixi Ressurssenter mot voldtekt", point: { lat: 59.92, lon: 10.75 }, approximate: true };

function renderMap(onActivateCentre = vi.fn(), centres: MapCentre[] = [elverum, bergen]) {
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
    const elverumMarker = screen.getByRole("button", { name: "Nok. Elverum" });
    const bergenMarker = screen.getByRole("button", { name: "Nok. Bergen" });
    expect(elverumMarker.tabIndex).toBe(0);
    expect(bergenMarker.className).toContain("finder-marker--approximate");
    expect(elverumMarker.className).toContain("finder-marker--exact");
    expect(elverumMarker.className).toContain("is-highlighted");
    fireEvent.keyDown(elverumMarker, { key: "Enter" });
    expect(onActivate).toHaveBeenCalledWith("nok-elverum");
    fireEvent.keyDown(elverumMarker, { key: " " });
    expect(onActivate).toHaveBeenCalledTimes(2);
  });

  it("sets centres that share a point side by side, each its own button, rather than one on top of the other", () => {
    renderMap(vi.fn(), [oslo, dixi, tromso]);
    const osloMarker = screen.getByRole("button", { name: "Nok. Oslo" });
    const dixiMarker = screen.getByRole("button", { name: "Dixi Ressurssenter mot voldtekt" });
    expect([osloMarker.style.marginLeft, dixiMarker.style.marginLeft]).toEqual(["-26px", "2px"]);
  });

  it("draws centres too close to tell apart as one group button, which zooms in until each has its own", () => {
    renderMap(vi.fn(), [elverum, hamar, bergen]);
    const group = screen.getByRole("button", { name: "2 sentre her: Nok. Elverum, Nok. Hamar. Trykk for å zoome inn til dem." });
    expect(screen.queryByRole("button", { name: "Nok. Hamar" })).toBeNull();
    act(() => {
      fireEvent.keyDown(group, { key: "Enter" });
    });
    expect(screen.getByRole("button", { name: "Nok. Hamar" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Nok. Elverum" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Kart over sentrene" })).toBe(document.activeElement);
  });

  it("names its zoom buttons in Norwegian", () => {
    renderMap();
    expect(screen.getByRole("button", { name: "Zoom inn" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Zoom ut" })).toBeTruthy();
  });
});
