import { CentreCard } from "@/components/centre-card";
import type { County } from "@/lib/geo/geography";
import type { Dictionary } from "@/lib/i18n/types";
import type { CentreSummary } from "@/lib/registry/summary";
import "./centre-list.css";

export interface CentresByCountyProps {
  centres: readonly CentreSummary[];
  counties: readonly County[];
  text: Dictionary["centre"];
  locale: string;
  /** The level of the county headings; the centre names come one level below. */
  headingLevel?: 2 | 3;
}

/** Every centre under its county, counties A–Å. Needs no JavaScript. */
export function CentresByCounty({ centres, counties, text, locale, headingLevel = 2 }: CentresByCountyProps) {
  const collator = new Intl.Collator(locale);
  const Heading = `h${headingLevel}` as const;
  const groups = [...counties]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((county) => ({
      county,
      centres: centres.filter((centre) => centre.county === county.number).sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.centres.length > 0);
  return (
    <div className="county-groups">
      {groups.map(({ county, centres: inCounty }) => (
        <section key={county.number} aria-labelledby={`fylke-${county.slug}`}>
          <Heading id={`fylke-${county.slug}`}>{county.name}</Heading>
          <ul className="card-list">
            {inCounty.map((centre) => (
              <li key={centre.id}>
                <CentreCard centre={centre} text={text} locale={locale} headingLevel={headingLevel === 2 ? 3 : 4} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
