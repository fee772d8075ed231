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
  centre: {
    phoneUnknown: "Telefonnummeret er ukjent",
    phoneKindNote: {
      "national-helpline": "Nasjonal hjelpetelefon som senteret driver",
      "crisis-centre-line": "Krisesenterets telefon",
    },
    call: "Ring",
    approximateLocation: "Omtrentlig plassering",
    unknownLocation: "Plassering ukjent",
    distance: "{km} km i luftlinje",
    approximateDistance: "ca. {km} km i luftlinje",
    moreAbout: "Mer om {name}",
  },
  notFound: {
    title: "Fant ikke siden",
    description: "Siden du leter etter finnes ikke, eller den er flyttet.",
    lead: "Vi fant ikke siden du prøvde å åpne. Adressen kan være skrevet feil, eller siden kan være flyttet.",
    toHome: "Gå til forsiden",
    toHelp: "Trenger du hjelp med en gang? Se akutt hjelp",
  },
} as const;
