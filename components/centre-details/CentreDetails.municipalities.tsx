import type { Municipality } from "@/lib/geo/geography";
import "./municipality-links.css";

export interface MunicipalityLinksProps {
  label: string;
  municipalities: readonly Municipality[];
  hrefFor: (municipality: Municipality) => string;
  locale: string;
}

/** A labelled, A–Å sorted list of municipality links. */
export function MunicipalityLinks({ label, municipalities, hrefFor, locale }: MunicipalityLinksProps) {
  const collator = new Intl.Collator(locale);
  const sorted = [...municipalities].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="municipality-links">
      <p className="municipality-links__label">{label}</p>
      <ul className="inline-list">
        {sorted.map((municipality) => (
          <li key={municipality.number}>
            <a href={hrefFor(municipality)}>{municipality.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
