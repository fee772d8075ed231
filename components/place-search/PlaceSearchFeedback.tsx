import type { Dictionary } from "@/lib/i18n/types";
import { PlaceChoices } from "./PlaceChoices";
import type { usePlaceSearch } from "./usePlaceSearch";

export interface PlaceSearchFeedbackProps {
  search: ReturnType<typeof usePlaceSearch>;
  /** Told before a chosen place is searched, so that focus can go to its result. */
  onChoose: () => void;
  text: Dictionary["finder"]["suggestionDetail"];
}

/**
 * What a place search says below its field: the places to choose between after a search that fits
 * several, and, for screen readers, what just happened.
 */
export function PlaceSearchFeedback({ search, onChoose, text }: PlaceSearchFeedbackProps) {
  return (
    <>
      {search.choices && (
        <PlaceChoices
          options={search.choices}
          label={search.field.message?.text ?? ""}
          onChoose={(target) => {
            onChoose();
            search.pick(target);
          }}
          text={text}
        />
      )}
      <p className="sr-only" role="status">
        {search.announcement}
      </p>
    </>
  );
}
