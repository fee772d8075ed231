// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { nb } from "@/lib/i18n/nb";
import { FinancingCalculator } from "./FinancingCalculator";

const text = nb.financingCalculator;
const plain = (value: string | null) => (value ?? "").replace(/\s+/g, " ").trim();

afterEach(cleanup);

function calculate(amount: string) {
  fireEvent.change(screen.getByLabelText(text.label), { target: { value: amount } });
  fireEvent.click(screen.getByRole("button", { name: text.submit }));
}

describe("FinancingCalculator", () => {
  it("shows the state grant and the total for a Norwegian amount, in a polite live region", () => {
    const { container } = render(<FinancingCalculator locale="nb" text={text} />);
    calculate("kr 250 000");
    const result = container.querySelector("[aria-live=polite]");
    expect(plain(result!.textContent)).toBe("Fra kommunen250 000 krFra staten, inntil1 000 000 krTil sammen, inntil1 250 000 kr");
  });

  it("ties the error to the field, marks it invalid and clears an earlier result", () => {
    const { container } = render(<FinancingCalculator locale="nb" text={text} />);
    calculate("100 000");
    calculate("-5");
    const field = screen.getByLabelText(text.label);
    expect(field).toHaveProperty("ariaInvalid", "true");
    const described = field
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => plain(document.getElementById(id)!.textContent));
    expect(described).toEqual([plain(text.hint), `Feil: ${text.errors.negative}`]);
    expect(document.activeElement).toBe(field);
    expect(plain(container.querySelector("[aria-live=polite]")!.textContent)).toBe("");
  });

  it("names the largest amount it accepts when the amount is too large", () => {
    render(<FinancingCalculator locale="nb" text={text} />);
    calculate("2 000 000 000");
    expect(plain(screen.getByText(/Beløpet er for stort/).textContent)).toBe("Feil: Beløpet er for stort. Skriv høyst 1 000 000 000 kr.");
  });

  it("serves a table of worked examples, and no form, to readers without JavaScript", () => {
    document.body.innerHTML = renderToString(<FinancingCalculator locale="nb" text={text} />);
    expect(document.querySelector("form, input")).toBeNull();
    const table = screen.getByRole("table", { name: text.examplesCaption });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => Array.from(row.children, (cell) => plain(cell.textContent)));
    expect(rows).toEqual([
      [text.contribution, text.stateGrant, text.total],
      ["50 000", "200 000", "250 000"],
      ["100 000", "400 000", "500 000"],
      ["250 000", "1 000 000", "1 250 000"],
      ["500 000", "2 000 000", "2 500 000"],
    ]);
  });
});
