import { fill, formatDate } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import type { RegistryCoverage as Coverage } from "@/lib/registry/coverage";
import "./registry-coverage.css";

export interface RegistryCoverageProps {
  coverage: Coverage;
  /** The day the site was built, when the figures were counted. */
  builtOn: string;
  locale: string;
  text: Dictionary["registryCoverage"];
}

const MEASURES = ["phones", "ownPhones", "confirmed", "stale", "positions", "agreementLists"] as const;

/** How complete the centre registry is, counted at build time: a table, so the figures read the same without styling. */
export function RegistryCoverage({ coverage, builtOn, locale, text }: RegistryCoverageProps) {
  return (
    <section className="registry-coverage" aria-labelledby="registry-coverage-heading">
      <h2 id="registry-coverage-heading">{text.heading}</h2>
      <p>{fill(text.lead, { date: formatDate(builtOn, locale) })}</p>
      <table>
        <caption>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.measureHeading}</th>
            <th scope="col">{text.countHeading}</th>
          </tr>
        </thead>
        <tbody>
          {MEASURES.map((measure) => (
            <tr key={measure}>
              <th scope="row">{text[measure]}</th>
              <td>{fill(text.count, { count: coverage[measure], total: coverage.centres })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
