import type { Centre } from "./centres";

/**
 * Whether the registry says a centre sees children under 16: it describes an offer to children,
 * or its age limit is below 16. The centres are first of all for people of 16 and over, so a
 * centre the sources say nothing about is not counted.
 */
export function seesChildrenUnder16(centre: Pick<Centre, "childrenOffer" | "minAge">): boolean {
  return centre.childrenOffer !== null || (centre.minAge !== null && centre.minAge < 16);
}

/** The centres that see children under 16, in the order given. */
export function centresSeeingChildrenUnder16<C extends Pick<Centre, "childrenOffer" | "minAge">>(centres: readonly C[]): C[] {
  return centres.filter(seesChildrenUnder16);
}
