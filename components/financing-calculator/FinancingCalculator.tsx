"use client";

import { type FormEvent, useId, useRef, useState } from "react";
import { useHasHydrated } from "@/components/hydration";
import { MAX_CONTRIBUTION_KRONER, type ParsedContribution, parseContribution } from "@/lib/financing/contribution";
import { financingFor, formatKroner } from "@/lib/financing/state-grant";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import { FinancingExamples } from "./FinancingCalculator.examples";
import "./financing-calculator.css";

export interface FinancingCalculatorProps {
  locale: string;
  text: Dictionary["financingCalculator"];
}

/**
 * The municipal calculator: a yearly contribution in, the state grant it can release and the
 * total out. Nothing is stored and nothing goes into the URL: the form is never submitted.
 */
export function FinancingCalculator({ locale, text }: FinancingCalculatorProps) {
  const hasHydrated = useHasHydrated();
  const [amount, setAmount] = useState("");
  const [outcome, setOutcome] = useState<ParsedContribution | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const headingId = `${id}-heading`;
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  function calculate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseContribution(amount);
    setOutcome(parsed);
    // Back to the field, so that a screen reader reads the error together with the label.
    if (!parsed.ok) input.current?.focus();
  }

  const error = outcome && !outcome.ok ? outcome.error : undefined;
  const sums = outcome?.ok ? financingFor(outcome.ore) : undefined;
  const errorText = error && fill(text.errors[error], { max: formatKroner(MAX_CONTRIBUTION_KRONER * 100, locale) });

  return (
    <section className="financing-calculator" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.heading}</h2>
      {hasHydrated ? (
        <>
          <p>{text.intro}</p>
          <form className="financing-calculator__form" onSubmit={calculate} noValidate>
            <label htmlFor={inputId} className="form-label">
              {text.label}
            </label>
            <p id={hintId} className="form-hint">
              {text.hint}
            </p>
            {errorText && (
              <p id={errorId} className="form-message form-message--problem">
                <span className="sr-only">{text.errorPrefix} </span>
                {errorText}
              </p>
            )}
            <div className="financing-calculator__row">
              <input
                ref={input}
                id={inputId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                className="form-input financing-calculator__input"
                aria-describedby={errorText ? `${hintId} ${errorId}` : hintId}
                aria-invalid={errorText ? true : undefined}
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
              />
              <button type="submit" className="button">
                {text.submit}
              </button>
            </div>
          </form>
          <div className="financing-calculator__result" aria-live="polite" aria-atomic="true">
            {sums && (
              <dl>
                <dt>{text.contribution}</dt>
                <dd>{formatKroner(sums.contributionOre, locale)}</dd>
                <dt>{text.stateGrant}</dt>
                <dd>{formatKroner(sums.stateGrantOre, locale)}</dd>
                <dt>{text.total}</dt>
                <dd>{formatKroner(sums.totalOre, locale)}</dd>
              </dl>
            )}
          </div>
        </>
      ) : (
        <FinancingExamples locale={locale} text={text} />
      )}
      <p className="financing-calculator__note">{text.caveat}</p>
      <p className="financing-calculator__note">{text.source}</p>
    </section>
  );
}
