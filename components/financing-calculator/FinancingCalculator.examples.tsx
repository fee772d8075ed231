import { financingFor, formatKroner } from "@/lib/financing/state-grant";
import type { Dictionary } from "@/lib/i18n/types";

/** Yearly contributions in kroner, from a small municipality's to a large one's. */
const EXAMPLE_CONTRIBUTIONS_KRONER = [50_000, 100_000, 250_000, 500_000];

// The caption says the amounts are in kroner; without "kr" in each cell the table fits a phone.
const inKronerColumns = { withUnit: false };

export interface FinancingExamplesProps {
  locale: string;
  text: Dictionary["financingCalculator"];
}

/** Worked examples of the 1:4 rule, for readers without JavaScript; the same sums as the calculator. */
export function FinancingExamples({ locale, text }: FinancingExamplesProps) {
  return (
    <table className="financing-examples">
      <caption>{text.examplesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.contribution}</th>
          <th scope="col">{text.stateGrant}</th>
          <th scope="col">{text.total}</th>
        </tr>
      </thead>
      <tbody>
        {EXAMPLE_CONTRIBUTIONS_KRONER.map((kroner) => {
          const sums = financingFor(kroner * 100);
          return (
            <tr key={kroner}>
              <th scope="row">{formatKroner(sums.contributionOre, locale, inKronerColumns)}</th>
              <td>{formatKroner(sums.stateGrantOre, locale, inKronerColumns)}</td>
              <td>{formatKroner(sums.totalOre, locale, inKronerColumns)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
