import type { bokmalOnly } from "@/lib/i18n/bokmal-only";
import { fill } from "@/lib/i18n/format";
import type { LocalizedText } from "@/lib/i18n/localized";

export interface ChildOfferCentre {
  id: string;
  name: string;
  href: string;
  place: string | null;
  childrenOffer: LocalizedText | null;
  minAge: number | null;
}

export interface ChildrenOfferCentresProps {
  /** The centres the registry says see children under 16 (lib/registry/children.ts). */
  centres: readonly ChildOfferCentre[];
  text: (typeof bokmalOnly)["childrenOfferCentres"];
}

/** Which centres see children under 16, and on what terms, as the registry has it; on a bokmål-only page. */
export function ChildrenOfferCentres({ centres, text }: ChildrenOfferCentresProps) {
  return (
    <section className="children-offer-centres" aria-labelledby="children-offer-centres-heading">
      <h2 id="children-offer-centres-heading">{text.heading}</h2>
      {centres.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <>
          <p>{text.lead}</p>
          <ul>
            {centres.map((centre) => (
              <li key={centre.id}>
                <a href={centre.href}>{centre.name}</a>
                {centre.place && ` (${centre.place})`}:{" "}
                {centre.childrenOffer ? centre.childrenOffer.nb : fill(text.minAge, { age: centre.minAge ?? "" })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
