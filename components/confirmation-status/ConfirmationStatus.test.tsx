// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CentreCard } from "@/components/centre-card";
import { CentreDetails } from "@/components/centre-details";
import { Poster } from "@/components/poster";
import { loadGeography } from "@/lib/geo/load";
import { alternativeLines, helpLine } from "@/lib/phone/help-lines";
import { bokmalOnly } from "@/lib/i18n/bokmal-only";
import { en } from "@/lib/i18n/en";
import { nb } from "@/lib/i18n/nb";
import { resolveCentre } from "@/lib/registry/centres";
import type { CentreRecord } from "@/lib/registry/schema";
import { summarizeCentre } from "@/lib/registry/summary";

afterEach(cleanup);

/** The day the fixture's site is built, so that the test does not age. */
const TODAY = "2026-11-29";

/** A made-up centre, not one of the registry's. */
function testCentre(record: Pick<CentreRecord, "verification" | "lastVerified">) {
  const fixture: CentreRecord = {
    id: "testsenteret",
    name: "Testsenteret",
    formerNames: [],
    kind: "incest-centre",
    nokMember: null,
    website: null,
    phone: "12 34 56 78",
    phoneKind: "centre",
    phoneNote: null,
    phoneHours: null,
    email: null,
    address: { street: "Testveien 1", postcode: "2815", place: "Gjøvik" },
    municipality: "3407",
    county: "34",
    position: null,
    hostMunicipalities: null,
    contributingMunicipalities: null,
    countiesServed: null,
    minAge: 16,
    relatives: null,
    childrenOffer: null,
    audienceNote: null,
    languages: null,
    interpreters: null,
    signLanguage: null,
    sources: [{ description: "Testdata", seen: "2026-11-29", supports: ["name"] }],
    notes: "",
    ...record,
  };
  return resolveCentre(fixture, loadGeography(), TODAY);
}

const confirmed = testCentre({ verification: "confirmed-by-centre", lastVerified: "2026-03-04" });
const stale = testCentre({ verification: "confirmed-by-centre", lastVerified: "2025-09-01" });
const unconfirmed = testCentre({ verification: "public-sources-only", lastVerified: null });

function renderCentrePage(centre: typeof confirmed, locale: "nb" | "en" = "nb") {
  render(
    <CentreDetails
      centre={centre}
      municipality={null}
      served={{ host: [], agreement: [], located: [], nearest: [] }}
      alternativeLines={alternativeLines}
      municipalityHref={() => "/"}
      reportEmail="nettsted@noksentrene.no"
      posterHref="/sentre/testsenteret/plakat/"
      locale={locale}
      text={locale === "nb" ? nb : en}
    />,
  );
}

describe("the confirmation loop", () => {
  it("says on the centre page that the centre confirmed its record, and when", () => {
    renderCentrePage(confirmed);
    expect(screen.getByText("Bekreftet av senteret 4. mars 2026")).toBeTruthy();
    expect(screen.queryByText(/ikke bekreftet av senteret/i)).toBeNull();
  });

  it("nudges on the centre page when the confirmation is more than twelve months old", () => {
    renderCentrePage(stale);
    const notices = screen.getAllByText(/^Sist bekreftet 1\. september 2025/);
    expect(notices[0]!.textContent).toBe("Sist bekreftet 1. september 2025. Det er over ett år siden, så noe kan ha endret seg.");
    expect(notices[0]!.className).toBe("notice");
    expect(screen.queryByText(/^Bekreftet av senteret/)).toBeNull();
  });

  it("says in English too, and says nothing of a confirmation no centre has given", () => {
    renderCentrePage(confirmed, "en");
    expect(screen.getByText("Confirmed by the centre on March 4, 2026")).toBeTruthy();
    cleanup();
    renderCentrePage(unconfirmed);
    expect(
      screen.getByText("Opplysningene på denne siden er hentet fra offentlige kilder og er ikke bekreftet av senteret ennå."),
    ).toBeTruthy();
    expect(screen.queryByText(/Bekreftet av senteret|Sist bekreftet/)).toBeNull();
  });

  it("shows the same on the finder's card and on the poster", () => {
    render(<CentreCard centre={summarizeCentre(confirmed, "nb")} text={nb.centre} locale="nb" />);
    expect(screen.getByText("Bekreftet av senteret 4. mars 2026")).toBeTruthy();
    cleanup();
    render(<CentreCard centre={summarizeCentre(stale, "nb")} text={nb.centre} locale="nb" />);
    expect(screen.getByText("Sist bekreftet 1. september 2025")).toBeTruthy();
    cleanup();
    const posterText = { ...nb, ...bokmalOnly };
    render(
      <Poster
        centre={confirmed}
        centreUrl="https://noksentrene.no/sentre/testsenteret/"
        alternativeLines={alternativeLines}
        emergencyLine={helpLine("police")}
        text={posterText}
      />,
    );
    expect(screen.getByText("Bekreftet av senteret 4. mars 2026")).toBeTruthy();
    expect(screen.queryByText(bokmalOnly.poster.unconfirmed)).toBeNull();
  });
});
