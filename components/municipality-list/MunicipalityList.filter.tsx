import type { BokmalOnlyText } from "@/lib/i18n/bokmal-only";
import { fill } from "@/lib/i18n/format";

export interface MunicipalityFilterProps {
  text: BokmalOnlyText["municipalitiesPage"];
  total: number;
}

const FIELD_ID = "kommunefilter";

/**
 * The filter field above the municipality list: markup only, hidden until
 * municipality-filter.island.ts shows it and makes it narrow the list, so that without JavaScript
 * the page has the full list and no field that does nothing. What is typed stays on the page.
 */
export function MunicipalityFilter({ text, total }: MunicipalityFilterProps) {
  return (
    <div
      className="filter-field"
      data-island="municipality-filter"
      data-count={text.filterCount}
      data-none={text.filterNone}
      data-total={total}
      hidden
    >
      <label htmlFor={FIELD_ID} className="form-label">
        {text.filterLabel}
      </label>
      <p id={`${FIELD_ID}-hint`} className="form-hint">
        {text.filterHint}
      </p>
      <input
        id={FIELD_ID}
        type="search"
        className="form-input filter-field__input"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${FIELD_ID}-hint ${FIELD_ID}-status`}
      />
      <p id={`${FIELD_ID}-status`} role="status" className="filter-field__status">
        {fill(text.filterCount, { count: total, total })}
      </p>
    </div>
  );
}
