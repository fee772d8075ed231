// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadCompactFinderData } from "@/lib/finder/load";
import { nb } from "@/lib/i18n/nb";
import { loadCentres } from "@/lib/registry/load";
import { summarizeCentre } from "@/lib/registry/summary";
import { Finder } from "./Finder";

const centres = loadCentres().map((centre) => summarizeCentre(centre, "nb"));
const placeData = JSON.stringify(loadCompactFinderData());
const finder = <Finder centres={centres} text={nb.finder} servingText={nb.serving} centreText={nb.centre} locale="nb" />;

describe("Finder", () => {
  const fetchFile = vi.fn((url: string) =>
    Promise.resolve(new Response(url === "/data/steder.json" ? placeData : JSON.stringify({ type: "FeatureCollection", features: [] }))),
  );
  beforeEach(() => vi.stubGlobal("fetch", fetchFile));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    fetchFile.mockReset();
  });

  it("puts its form in the static HTML, marked for the style that hides it where scripting is off, so that nothing moves when the script starts", () => {
    const html = renderToString(finder);
    expect(html).toMatch(/^<div class="finder">/);
    expect(html).toContain('role="combobox"');
  });

  it("fetches the place data only once the visitor types, then ranks the centres for a postcode", async () => {
    render(finder);
    const input = screen.getByRole("combobox", { name: nb.finder.searchLabel });
    expect(fetchFile.mock.calls.map(([url]) => url)).not.toContain("/data/steder.json");
    fireEvent.change(input, { target: { value: "2406" } });
    fireEvent.submit(input.closest("form")!);
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Sentre for 2406 Elverum" })).toBeTruthy());
    expect(screen.getAllByRole("status").some((status) => status.textContent === "Senteret for Elverum: Nok. Elverum.")).toBe(true);
    expect(fetchFile.mock.calls.filter(([url]) => url === "/data/steder.json")).toHaveLength(1);
  });

  it("explains a failed download of the place data, and tries again on the next search", async () => {
    let offline = true;
    fetchFile.mockImplementation((url: string) =>
      url === "/data/steder.json" && offline ? Promise.reject(new TypeError("offline")) : Promise.resolve(new Response(placeData)),
    );
    render(finder);
    const input = screen.getByRole("combobox", { name: nb.finder.searchLabel });
    fireEvent.change(input, { target: { value: "Trysil" } });
    fireEvent.submit(input.closest("form")!);
    await waitFor(() => expect(screen.getByText(nb.finder.problems.dataFailed, { selector: "p.form-message" })).toBeTruthy());
    offline = false;
    fireEvent.submit(input.closest("form")!);
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Sentre for Trysil" })).toBeTruthy());
  });
});
