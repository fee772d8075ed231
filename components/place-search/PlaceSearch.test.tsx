// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useRef, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SearchTarget } from "@/lib/finder/search";
import { nb } from "@/lib/i18n/nb";
import { type FieldMessage, PlaceSearch } from "./PlaceSearch";

/** The two municipalities named Våler, told apart by their numbers and counties as in the register. */
const valer = (number: string, countyNumber: string, countyName: string, point: { lat: number; lon: number }): SearchTarget => {
  const municipality = { number, name: "Våler", countyNumber, countyName, point, otherNames: [] };
  return { kind: "municipality", name: "Våler", municipality, point };
};
const suggestions = [
  valer("3419", "34", "Innlandet", { lat: 60.785, lon: 11.952 }),
  valer("3114", "31", "Østfold", { lat: 59.458, lon: 10.933 }),
];

function Harness({
  onPick,
  onSubmit,
  message = null,
}: {
  onPick: (target: SearchTarget) => void;
  onSubmit: () => void;
  message?: FieldMessage | null;
}) {
  const [value, setValue] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <PlaceSearch
        value={value}
        onValueChange={setValue}
        suggestions={value ? suggestions : []}
        onPick={onPick}
        message={message}
        inputRef={inputRef}
        action={<button type="submit">Søk</button>}
        text={nb.finder}
      />
    </form>
  );
}

function setup(message: FieldMessage | null = null) {
  const onPick = vi.fn();
  const onSubmit = vi.fn();
  render(<Harness onPick={onPick} onSubmit={onSubmit} message={message} />);
  const input = screen.getByRole("combobox", { name: "Postnummer, sted eller kommune" });
  return { input, onPick, onSubmit };
}

const activeOption = (input: HTMLElement) => document.getElementById(input.getAttribute("aria-activedescendant") ?? "");

describe("PlaceSearch", () => {
  afterEach(cleanup);

  it("opens its listbox as the visitor types, each option naming the county", () => {
    const { input } = setup();
    expect(input.getAttribute("aria-expanded")).toBe("false");
    fireEvent.change(input, { target: { value: "Vål" } });
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Våler, Kommune i Innlandet",
      "Våler, Kommune i Østfold",
    ]);
    expect(screen.getByRole("status").textContent).toMatch(/^2 forslag/);
  });

  it("moves through the options with Down and Up, wrapping, while focus stays in the field", () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: "Vål" } });
    expect(input.hasAttribute("aria-activedescendant")).toBe(false);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(activeOption(input)?.textContent).toContain("Innlandet");
    expect(activeOption(input)?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(activeOption(input)?.textContent).toContain("Østfold");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(activeOption(input)?.textContent).toContain("Innlandet");
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(activeOption(input)?.textContent).toContain("Østfold");
  });

  it("picks the active option with Enter, without submitting the form", () => {
    const { input, onPick, onSubmit } = setup();
    fireEvent.change(input, { target: { value: "Vål" } });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onPick).toHaveBeenCalledWith(suggestions[1]);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("closes the list with Escape and opens it again with Down", () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: "Vål" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.hasAttribute("aria-activedescendant")).toBe(false);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(activeOption(input)?.textContent).toContain("Innlandet");
  });

  it("picks an option by pointer", () => {
    const { input, onPick } = setup();
    fireEvent.change(input, { target: { value: "Vål" } });
    act(() => screen.getAllByRole("option")[0]!.click());
    expect(onPick).toHaveBeenCalledWith(suggestions[0]);
  });

  it("ties a problem to the field and marks it invalid; a note does not", () => {
    const problem = setup({ text: "Vi finner ikke postnummeret 0000.", kind: "invalid-input" });
    const describedBy = problem.input.getAttribute("aria-describedby")!.split(" ");
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toEqual([
      nb.finder.searchHint,
      "Vi finner ikke postnummeret 0000.",
    ]);
    expect(problem.input.getAttribute("aria-invalid")).toBe("true");
    cleanup();
    const note = setup({ text: "Det finnes ikke noe senter på Svalbard.", kind: "note" });
    expect(note.input.hasAttribute("aria-invalid")).toBe(false);
  });

  it("gives the field no name, so that no form submission could carry the text", () => {
    const { input } = setup();
    expect(input.hasAttribute("name")).toBe(false);
  });
});
