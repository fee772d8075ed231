import type { Dictionary } from "@/lib/i18n/types";
import "./finder-credits.css";

/** The credits the map and postcode data require (see content/geo/README.md), with the exact link text Erik Bolstad asks for. */
export function FinderCredits({ text }: { text: Dictionary["finder"]["credits"] }) {
  return (
    <p className="finder-credits">
      {text.map}{" "}
      <a href="https://www.kartverket.no/" rel="noreferrer">
        {text.kartverket}
      </a>{" "}
      (CC BY 4.0). {text.postcodes}{" "}
      <a href="https://www.erikbolstad.no/postnummer/" rel="noreferrer">
        {text.bolstad}
      </a>{" "}
      (CC BY 3.0).
    </p>
  );
}
