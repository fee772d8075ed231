/**
 * Interface text for the pages that exist in bokmål only: the municipality list and pages, and
 * the printable posters. Kept apart from the dictionaries so that no language has to carry
 * translations that nothing shows; a page that gets an English version moves its strings into
 * ./nb.ts and ./en.ts.
 */
export const bokmalOnly = {
  municipalitiesPage: {
    title: "Kommuner",
    description: "Alle landets 357 kommuner, fylke for fylke. Velg kommunen din og se hvilket senter du kan kontakte.",
    lead: "Velg kommunen din for å se hvilket senter du kan kontakte, og hvorfor.",
    filterLabel: "Finn kommunen",
    filterHint: "Skriv navnet på kommunen.",
    filterCount: "{count} av {total} kommuner vises.",
    filterNone: "Ingen kommuner passer. Sjekk skrivemåten.",
  },
  municipalityPage: {
    title: "{name}: senter mot seksuelle overgrep",
    description: "Hvilket senter mot incest og seksuelle overgrep som er for {name} kommune, og hvordan du kontakter det.",
    lead: "{name} kommune ligger i {county}.",
    officialName: "Offisielt navn: {name}.",
    alternativeName: "Navn på {language}: {name}.",
    unknownLocationHeading: "Senter i fylket med ukjent plassering",
    unknownLocationLead: "Vi vet ikke hvor dette senteret ligger, men det er et senter i {county}:",
    nearbyHeading: "Andre sentre i nærheten",
    staffHeading: "For ansatte i kommunen",
    staffAgreement: "{name} kommune er oppført som bidragskommune for {centre}.",
    staffHost: "{name} kommune er oppført som vertskommune for {centre}.",
    staffUnknown:
      "Vi kjenner ikke til at {name} kommune bidrar til et senter. Listene over kommuner med avtale er ikke komplette, så spør senteret.",
    staffLink: "Slik fungerer en avtale med et senter",
  },
  /** On «Når et barn forteller»: the centres that see children under 16, from the registry. */
  childrenOfferCentres: {
    heading: "Sentre som tar imot barn under 16 år",
    lead: "Ifølge kildene våre tar disse sentrene imot barn under 16 år. Listen bygger på det vi vet om hvert senter, og den kan være ufullstendig. Spør gjerne senteret nær dere.",
    minAge: "Tar imot barn fra {age} år.",
    none: "Vi kjenner ikke til noe senter som tar imot barn under 16 år. Spør senteret nær dere.",
  },
  /** On «Slik inngår dere avtale»: which municipalities have a known agreement with each centre, from the registry. */
  agreementsByCentre: {
    heading: "Kommuner med kjent avtale",
    lead: "Her er kommunene som kildene våre oppgir som vertskommune eller bidragskommune for hvert senter. Listene er ikke komplette, så spør senteret hvis kommunen deres ikke står her.",
    host: "Vertskommune:",
    agreement: "Kommuner med avtale:",
    unknownHeading: "Sentre der vi ikke kjenner avtalene",
    unknownLead: "For disse sentrene oppgir ikke kildene våre hvilke kommuner som har avtale:",
  },
  languageTagNames: {
    sme: "nordsamisk",
    smj: "lulesamisk",
    sma: "sørsamisk",
    fkv: "kvensk",
  },
  poster: {
    title: "Plakat for {name}",
    description: "En plakat om {name} å skrive ut og henge opp: hvem senteret er for, telefon, adresse og en QR-kode til senterets side.",
    lead: "Skriv ut plakaten og heng den opp der folk ser den, for eksempel på et venterom, et personalrom eller en oppslagstavle. Bare plakaten kommer med på utskriften, og den fyller ett A4-ark.",
    print: "Skriv ut plakaten",
    printHint: "Du kan også skrive ut med utskriftsvalget i nettleseren, eller med Ctrl+P (Cmd+P på Mac).",
    backToCentre: "Tilbake til siden om {name}",
    kicker: "Hjelp etter incest og seksuelle overgrep",
    audience: {
      "incest-centre": "For deg som har vært utsatt for incest eller seksuelle overgrep.",
      "combined-with-crisis-centre": "For deg som har vært utsatt for incest eller seksuelle overgrep.",
      "rape-resource-centre": "For deg som har vært utsatt for voldtekt.",
    },
    minAge: "Fra du er {age} år.",
    relatives: "Pårørende og andre som står nær deg, kan også få hjelp.",
    free: "Gratis. Ingen henvisning.",
    call: "Ring senteret",
    noPhone: "Vil du snakke med noen nå? Ring gratis, hele døgnet:",
    address: "Adresse: {address}",
    place: "Senteret ligger i {place}.",
    website: "Nettsted: {website}",
    qrLabel: "QR-kode til senterets side på nettet",
    readMore: "Mer om senteret, og hvordan du kommer i kontakt:",
    emergency: "Er noen i fare nå? Ring {number}.",
    unconfirmed: "Opplysningene er hentet fra offentlige kilder og ikke bekreftet av senteret ennå. Det nyeste står på nettsiden.",
  },
} as const;

export type BokmalOnlyText = typeof bokmalOnly;
