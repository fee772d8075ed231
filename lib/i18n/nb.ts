/**
 * Bokmål: the source of truth for every string the interface shows, aria-labels included.
 * Other languages are typed against this object (see ./types.ts), so a missing key is a type
 * error. Placeholders are written {name} and filled with `fill()` from ./format.ts; keep
 * dictionaries as plain strings so that they can be handed to client components.
 */
export const nb = {
  meta: {
    siteName: "Nok.-sentrene",
    siteTagline: "Hjelp etter seksuelle overgrep",
    titleTemplate: "{title} – Nok.-sentrene",
    homeTitle: "Nok.-sentrene – hjelp etter seksuelle overgrep",
    homeDescription:
      "Gratis hjelp uten henvisning for deg som har vært utsatt for seksuelle overgrep eller incest, og for pårørende. Finn senteret nær deg.",
  },
  frame: {
    skipToContent: "Hopp til hovedinnholdet",
    homeLink: "Nok.-sentrene, til forsiden",
    mainNavLabel: "Hovedmeny",
    footerNavLabel: "Om nettstedet",
    footerAbout:
      "Nok.-sentrene gir gratis hjelp til deg som har vært utsatt for seksuelle overgrep, og til pårørende. Du trenger ingen henvisning.",
    footerPrivacyNote: "Vi bruker ingen informasjonskapsler og sporer ingen besøk.",
    contactLabel: "Spørsmål om nettstedet eller feil i opplysningene:",
    contactWarning: "Skriv ikke sensitive opplysninger i e-post.",
  },
  nav: {
    utsatt: "Til deg som er utsatt",
    parorende: "Pårørende",
    fagpersoner: "Fagpersoner",
    kommuner: "Kommuner",
    omNok: "Om Nok.-sentrene",
    finnSenter: "Finn senter",
    akuttHjelp: "Akutt hjelp",
    tryggPaNett: "Trygg på nett",
    personvern: "Personvern",
    tilgjengelighet: "Tilgjengelighetserklæring",
    omData: "Kilder for kart og data",
  },
  quickExit: {
    button: "Forlat siden",
    hiddenPrefix: "Nødutgang:",
    activated: "Laster.",
    timedOut: "Rask utgang avbrutt.",
    pressTwoMoreTimes: "Shift, trykk 2 ganger til for å forlate siden.",
    pressOneMoreTime: "Shift, trykk 1 gang til for å forlate siden.",
  },
  helpNow: {
    heading: "Trenger du hjelp nå?",
    emergencyShort: "Akutt fare? Ring",
    callPrefix: "Ring",
    moreLink: "Når skal du ringe hvem?",
    lines: {
      police: { name: "Politiet", when: "Når noen er i fare, eller et overgrep skjer nå." },
      medical: { name: "Medisinsk nødtelefon", when: "Ved alvorlig skade eller sykdom." },
      legevakt: { name: "Legevakten", when: "Når du trenger lege raskt, også etter et overgrep." },
      voLinjen: {
        name: "VO-linjen",
        when: "For deg som er utsatt for vold eller overgrep. Gratis, hele døgnet.",
      },
      alarmtelefonen: {
        name: "Alarmtelefonen for barn og unge",
        when: "For barn og unge som trenger hjelp. Gratis.",
      },
      hjelpetelefonen: {
        name: "Hjelpetelefonen for seksuelt misbrukte",
        when: "Samtale med noen som kan overgrep. Gratis, hele døgnet.",
      },
    },
  },
  content: {
    updated: "Sist oppdatert {date}",
    sources: "Kilder",
    onThisPage: "Innhold på siden",
  },
  notFound: {
    title: "Fant ikke siden",
    description: "Siden du leter etter finnes ikke, eller den er flyttet.",
    lead: "Vi fant ikke siden du prøvde å åpne. Adressen kan være skrevet feil, eller siden kan være flyttet.",
    toHome: "Gå til forsiden",
    toHelp: "Trenger du hjelp med en gang? Se akutt hjelp",
  },
  contentNavigation: {
    sectionPagesHeading: "I denne delen",
    wayOnHeading: "Veien videre",
    finder: "Finn et senter nær deg",
    helpNow: "Trenger du hjelp nå? Se telefonnumrene nederst på siden",
    moreInSection: "Mer i denne delen",
    sectionOverview: "Oversikt: {section}",
  },
  financingCalculator: {
    heading: "Regn ut hva kommunen kan utløse",
    intro:
      "Skriv inn hvor mye kommunen vil gi senteret i året. Da ser du hvor mye staten kan legge til, og hva senteret kan få til sammen.",
    label: "Kommunens tilskudd per år, i kroner",
    // No-break spaces keep "250 000" on one line.
    hint: "For eksempel 250\u00a0000 eller 250\u00a0000,50",
    submit: "Regn ut",
    errorPrefix: "Feil:",
    errors: {
      empty: "Skriv inn et beløp i kroner, for eksempel 250\u00a0000.",
      negative: "Beløpet kan ikke være under null. Skriv det uten minustegn.",
      notANumber: "Skriv beløpet med siffer, for eksempel 250\u00a0000 eller 250\u00a0000,50.",
      tooManyDecimals: "Skriv høyst to siffer etter kommaet.",
      tooLarge: "Beløpet er for stort. Skriv høyst {max}.",
    },
    contribution: "Fra kommunen",
    stateGrant: "Fra staten, inntil",
    total: "Til sammen, inntil",
    examplesCaption: "Eksempler i kroner: hva kommunens tilskudd kan utløse fra staten",
    source:
      "Kilde: Nok. Norges informasjonsark for kommuner sier at én krone fra kommunen utløser fire kroner fra staten. Bufdir sier at kommuner, fylkeskommuner og helseforetak til sammen dekker minst 20 prosent av driften, og at staten gir inntil 80 prosent.",
    caveat:
      "Tallene viser det meste staten kan gi. Bufdir forvalter tilskuddet, og det er vertskommunen som søker om det.",
  },
} as const;
