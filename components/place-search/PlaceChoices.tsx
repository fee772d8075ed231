import type { Dictionary } from "@/lib/i18n/types";
import { type SearchTarget, targetIdentity } from "@/lib/finder/search";
import { TargetLabel } from "./PlaceSearch";

interface PlaceChoicesProps {
  options: readonly SearchTarget[];
  /** What the visitor is asked ("Flere steder heter «Våler». Velg det du mener:"), the list's name. */
  label: string;
  onChoose: (target: SearchTarget) => void;
  text: Dictionary["finder"]["suggestionDetail"];
}

/** After a search that fits several places: one button per place, each naming its county. */
export function PlaceChoices({ options, label, onChoose, text }: PlaceChoicesProps) {
  return (
    <ul className="place-choices" aria-label={label}>
      {options.map((target) => (
        <li key={targetIdentity(target)}>
          <button type="button" className="button button--secondary place-choices__choice" onClick={() => onChoose(target)}>
            <TargetLabel target={target} text={text} />
          </button>
        </li>
      ))}
    </ul>
  );
}
