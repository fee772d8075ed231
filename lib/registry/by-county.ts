/** A county and the centres that lie in it. */
export interface CountyGroup<C> {
  county: { number: string; name: string };
  centres: C[];
}

const collator = new Intl.Collator("nb");

/**
 * Centres grouped by the county they lie in, counties A–Å as Norwegians sort them (Østfold
 * last), centres by name within each. Counties without a centre are left out.
 */
export function groupCentresByCounty<C extends { county: string; name: string }>(
  centres: readonly C[],
  counties: readonly { number: string; name: string }[],
): CountyGroup<C>[] {
  return counties
    .map((county) => ({
      county: { number: county.number, name: county.name },
      centres: centres.filter((centre) => centre.county === county.number).sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.centres.length > 0)
    .sort((a, b) => collator.compare(a.county.name, b.county.name));
}
