"use client";

import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from "react";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import { type SearchTarget, targetIdentity, targetName } from "@/lib/finder/search";
import "./place-search.css";

type Text = Pick<Dictionary["finder"], "searchLabel" | "searchHint" | "suggestionCount" | "suggestionDetail">;

/** The line that tells two places of the same name apart: the county, and the municipality for places and postcodes. */
function targetDetail(target: SearchTarget, text: Text["suggestionDetail"]): string {
  switch (target.kind) {
    case "municipality":
      return fill(text.municipality, { county: target.municipality.countyName });
    case "postal-place":
      return fill(text.postalPlace, { municipality: target.municipality.name, county: target.municipality.countyName });
    case "postcode":
      return fill(text.postcode, { municipality: target.municipality.name, county: target.municipality.countyName });
    case "territory":
      return fill(text.territory, { territory: target.territory });
  }
}

/** A place's name and its telling-apart line, read by screen readers as one phrase. */
export function TargetLabel({ target, text }: { target: SearchTarget; text: Text["suggestionDetail"] }) {
  return (
    <>
      <span className="place-label__name">{targetName(target)}</span>
      <span className="sr-only">, </span>
      <span className="place-label__detail">{targetDetail(target, text)}</span>
    </>
  );
}

/** What the finder says next to the field: a problem with the text typed (which marks the field invalid), another problem, or a note. */
export interface FieldMessage {
  text: string;
  kind: "invalid-input" | "problem" | "note";
}

export interface PlaceSearchProps {
  value: string;
  onValueChange: (value: string) => void;
  suggestions: readonly SearchTarget[];
  /** A suggestion was picked, by Enter on the active one or by a click. */
  onPick: (target: SearchTarget) => void;
  message: FieldMessage | null;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The submit button, beside the field. */
  action: ReactNode;
  text: Text;
  /**
   * The prefix of the field's ids. Left out, React makes one; a part that hydrates on its own root
   * (an island) names it, because the ids React makes depend on where in the tree it renders.
   */
  id?: string;
}

/**
 * The search field: an ARIA 1.2 combobox with a listbox of suggestions (list autocomplete, manual
 * selection). Down and Up move through the suggestions, announced through aria-activedescendant
 * while focus stays in the field; Enter picks the active one, or submits the surrounding form
 * when none is active; Escape closes the list. It has no `name`, so even a form submitted
 * without JavaScript could not put the text into the address.
 */
export function PlaceSearch({ value, onValueChange, suggestions, onPick, message, inputRef, action, text, id: givenId }: PlaceSearchProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  // Text typed before the script took over stays in the field (React does not overwrite it when it
  // hydrates) but is not in state yet: adopt it once, so that the next render does not wipe it.
  const atMount = useRef({ value, onValueChange });
  useEffect(() => {
    const typed = inputRef.current?.value ?? "";
    if (typed === atMount.current.value) return;
    atMount.current.onValueChange(typed);
    setOpen(true);
  }, [inputRef]);

  const expanded = open && suggestions.length > 0;
  const active = expanded && activeIndex >= 0 && activeIndex < suggestions.length ? activeIndex : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  function pick(target: SearchTarget) {
    setOpen(false);
    setActiveIndex(-1);
    onPick(target);
  }

  function move(step: 1 | -1) {
    if (suggestions.length === 0) return;
    if (!expanded) {
      setOpen(true);
      setActiveIndex(step === 1 ? 0 : suggestions.length - 1);
      return;
    }
    setActiveIndex((current) => {
      if (current < 0) return step === 1 ? 0 : suggestions.length - 1;
      return (current + step + suggestions.length) % suggestions.length;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      move(1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      move(-1);
    } else if (event.key === "Enter") {
      if (active < 0) return setOpen(false); // and the form submits what was typed
      event.preventDefault();
      pick(suggestions[active]!);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActiveIndex(-1);
    }
  }

  return (
    <div className="place-search">
      <label htmlFor={inputId} className="form-label place-search__label">
        {text.searchLabel}
      </label>
      <p id={hintId} className="form-hint">
        {text.searchHint}
      </p>
      <div className="place-search__row">
        <div className="place-search__field">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-activedescendant={active >= 0 ? optionId(active) : undefined}
            aria-describedby={message ? `${hintId} ${messageId}` : hintId}
            aria-invalid={message?.kind === "invalid-input" || undefined}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
            className="form-input place-search__input"
            value={value}
            onChange={(event) => {
              onValueChange(event.target.value);
              setOpen(true);
              setActiveIndex(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={listboxId} role="listbox" aria-label={text.searchLabel} className="place-search__listbox" hidden={!expanded}>
            {suggestions.map((target, index) => (
              // The field keeps focus (aria-activedescendant), so the keyboard picks options there; the pointer picks them here.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keys are the field's (ARIA combobox pattern)
              <li
                key={targetIdentity(target)}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="place-search__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(target)}
              >
                <TargetLabel target={target} text={text.suggestionDetail} />
              </li>
            ))}
          </ul>
        </div>
        {action}
      </div>
      {message && (
        <p id={messageId} className={message.kind === "note" ? "form-message" : "form-message form-message--problem"}>
          {message.text}
        </p>
      )}
      <p className="sr-only" role="status">
        {expanded ? fill(text.suggestionCount, { count: suggestions.length }) : ""}
      </p>
    </div>
  );
}
