// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Frontmatter } from "@/lib/content/frontmatter";
import { en } from "@/lib/i18n/en";
import { nb } from "@/lib/i18n/nb";
import { ContentPage } from "./ContentPage";

afterEach(cleanup);

const frontmatter: Frontmatter = {
  title: "Taushetsplikt",
  description: "Hva de ansatte ikke kan fortelle videre, og når de likevel må si fra til andre.",
  updated: "2026-11-25",
  sources: ["003_a1229e21398d9818.txt"],
};

const landing = { href: "/til-deg-som-er-utsatt/", title: "Til deg som er utsatt", description: "Hjelp for deg som har vært utsatt." };
const tolk = { href: "/til-deg-som-er-utsatt/tolk/", title: "Tolk og tegnspråk", description: "Språk skal ikke stå i veien." };

function linksIn(element: HTMLElement) {
  return within(element)
    .getAllByRole("link")
    .map((link) => [link.textContent, link.getAttribute("href")]);
}

describe("ContentPage", () => {
  it("ends a page in a section with the finder, the help-now numbers and the section's other pages", () => {
    render(
      <ContentPage
        frontmatter={frontmatter}
        html="<p>Tekst.</p>"
        locale="nb"
        text={nb}
        neighbours={{ children: [], section: { landing, siblings: [tolk] } }}
      />,
    );
    expect(linksIn(screen.getByRole("navigation", { name: "Veien videre" }))).toEqual([
      ["Finn et senter nær deg", "/finn-senter/"],
      ["Trenger du hjelp nå? Se telefonnumrene nederst på siden", "#hjelp-na"],
      ["Oversikt: Til deg som er utsatt", "/til-deg-som-er-utsatt/"],
      ["Tolk og tegnspråk", "/til-deg-som-er-utsatt/tolk/"],
    ]);
    expect(screen.queryByRole("heading", { name: "I denne delen" })).toBeNull();
  });

  it("lists a landing page's pages with their summaries", () => {
    render(<ContentPage frontmatter={frontmatter} html="<p>Tekst.</p>" locale="nb" text={nb} neighbours={{ children: [tolk] }} />);
    const list = screen.getByRole("region", { name: "I denne delen" });
    expect(linksIn(list)).toEqual([["Tolk og tegnspråk", "/til-deg-som-er-utsatt/tolk/"]]);
    expect(within(list).getByText("Språk skal ikke stå i veien.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Mer i denne delen" })).toBeNull();
  });

  it("shows the title as the only h1, and when the page was checked", () => {
    render(<ContentPage frontmatter={frontmatter} html="<h2>Del</h2>" locale="nb" text={nb} neighbours={{ children: [] }} />);
    expect(screen.getAllByRole("heading", { level: 1 }).map((heading) => heading.textContent)).toEqual(["Taushetsplikt"]);
    expect(screen.getByText("Sist oppdatert 25. november 2026")).toBeTruthy();
  });

  it("names each source by its publisher and title, or by what it is about, never by its address", () => {
    const vg =
      "https://www.vg.no/nyheter/i/217eK4/10-av-25-overgrepsmottak-mangler-doegnberedskap-kan-ta-timer-foer-voldtektsutsatte-blir-undersoekt";
    const sources = ["003_a1229e21398d9818.txt", "https://www.vitrordeg.com/ettervoldtekten/", vg];
    render(<ContentPage frontmatter={{ ...frontmatter, sources }} html="" locale="nb" text={nb} neighbours={{ children: [] }} />);
    const list = screen.getByRole("heading", { name: "Kilder" }).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Nok. Norge: «Faglig plattform» (4. januar 2024)",
      "Vi tror deg: «Hva gjør jeg etter en voldtekt eller et seksuelt overgrep?»",
      "VG: sak om at ikke alle overgrepsmottak har beredskap hele døgnet",
    ]);
    expect(
      screen.getByRole("link", { name: "VG: sak om at ikke alle overgrepsmottak har beredskap hele døgnet" }).getAttribute("href"),
    ).toBe(vg);
    expect(screen.queryByText(/vg\.no|10-av-25/)).toBeNull();
  });

  it("folds the sources into a disclosure that opens without JavaScript, where the page asks for it", () => {
    const { container } = render(
      <ContentPage frontmatter={frontmatter} html="" locale="nb" text={nb} neighbours={{ children: [] }} collapseSources />,
    );
    const details = container.querySelector("details");
    expect(details?.open).toBe(false);
    expect(within(details as HTMLElement).getByText("Kilder").tagName).toBe("SUMMARY");
    expect(screen.queryByRole("heading", { name: "Kilder" })).toBeNull();
  });

  it("marks a title in another language than the page, and uses the page language's quotation marks", () => {
    const sources = ["https://design-system.service.gov.uk/components/exit-this-page/", "003_a1229e21398d9818.txt"];
    render(<ContentPage frontmatter={{ ...frontmatter, sources }} html="" locale="en" text={en} neighbours={{ children: [] }} />);
    expect(screen.getByText("“Exit this page”").getAttribute("lang")).toBeNull();
    expect(screen.getByText("“Faglig plattform”").getAttribute("lang")).toBe("nb");
    expect(screen.getByText("“Faglig plattform”").closest("li")?.textContent).toMatch(/\(.*January.*2024\)$/);
  });
});
