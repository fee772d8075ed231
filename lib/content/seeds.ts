/**
 * The source documents in ../shared/seeds, by file name, with the public title a reader can
 * look up. Frontmatter may cite a seed by its file name; the page shows this title instead.
 */
export const seedDocuments = {
  "000_1fcfcb2835cd2a52.txt": {
    title: "Nok. Norge: «Informasjon til kommuner som skal inngå avtale med et Nok.-senter» (informasjonsark)",
  },
  "001_f3ef791919aa1c90.txt": { title: "Nok. Norge: «Hva er et Nok.-senter?»", url: "https://noknorge.no/om-sentrene/" },
  "002_37573477cab58ae6.txt": {
    title: "Bufdir: «Sentre mot incest og seksuelle overgrep»",
    url: "https://bufdir.no/vold/Krisesentre_incestsentre_og_botilbud_for_utsatt_ungdom/Sentre_mot_incest_og_seksuelle_overgrep/",
  },
  "003_a1229e21398d9818.txt": { title: "Nok. Norge: «Faglig plattform» (januar 2024)" },
  "004_38582674f9a5a0e7.txt": { title: "Nok. Elverum: «Serviceerklæring 2024»" },
} as const satisfies Record<string, { title: string; url?: string }>;

export type SeedFileName = keyof typeof seedDocuments;

export function isSeedFileName(value: string): value is SeedFileName {
  return Object.hasOwn(seedDocuments, value);
}
