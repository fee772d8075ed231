import { isInMainlandNorway } from "../geo/distance";
import { fill } from "../i18n/format";
import type { Dictionary } from "../i18n/types";
import type { ServingCandidate } from "../registry/serving";
import { type FinderResult, type Origin, rankCentres } from "./rank";
import { type SearchTarget, targetName } from "./search";

type Text = Pick<Dictionary["finder"], "results" | "territoryNote" | "outsideNorway">;

/** A result as the finder shows it: the ranked centres, the list's heading, a note for the visitor, and what to announce. */
export interface ShownResult<C> {
  result: FinderResult<C>;
  heading: string;
  /** Said beside the field: there is no centre on Svalbard, a point outside mainland Norway. */
  note: string | null;
  /** For the live region: the note, then which centre is the one (or the nearest). */
  spoken: string;
}

const isPlace = (origin: Origin): origin is SearchTarget => origin.kind !== "position" && origin.kind !== "map-point";

function headingFor(origin: Origin, text: Text["results"]): string {
  if (!isPlace(origin)) return origin.kind === "position" ? text.headingPosition : text.headingMapPoint;
  return fill(text.headingPlace, { place: targetName(origin) });
}

function noteFor(origin: Origin, text: Text): string | null {
  if (!isPlace(origin)) return isInMainlandNorway(origin.point) ? null : text.outsideNorway;
  return origin.kind === "territory" ? fill(text.territoryNote, { territory: origin.territory }) : null;
}

/**
 * The centres for a searched place, the visitor's position or a point on the map, with the words
 * around them: the same on the finder page and on the home page.
 */
export function showResult<C extends ServingCandidate & { name: string }>(
  origin: Origin,
  centres: readonly C[],
  text: Text,
): ShownResult<C> {
  const result = rankCentres(origin, centres);
  const first = result.serving ?? result.others[0];
  const announced =
    result.serving && result.municipality
      ? fill(text.results.announceServing, { municipality: result.municipality.name, name: result.serving.centre.name })
      : first
        ? fill(text.results.announceNearest, { name: first.centre.name })
        : "";
  const note = noteFor(origin, text);
  return { result, heading: headingFor(origin, text.results), note, spoken: [note, announced].filter(Boolean).join(" ") };
}
