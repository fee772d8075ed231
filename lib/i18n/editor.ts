import type { Frontmatter } from "../content/frontmatter";
import type { SourceEntry } from "../content/sources";
import type { CommonFieldTexts, FieldText, FieldTexts } from "../cms/field-texts";
import type { HelpLine } from "../phone/help-lines";
import type { GapId } from "../registry/report";
import type { CentreRecord } from "../registry/schema";
import { nb } from "./nb";

/**
 * The text of the editor at /admin/ (Decap CMS), in bokmål: the editor is for the centres' staff
 * and Nok. Norge's editors. Every field of the registry, the pages' frontmatter and the help
 * lines has a label and a hint here; the types make a field added to a schema without its text
 * a type error, and the form generator (lib/cms/fields.ts) refuses to build without it.
 */

const localizedText = {
  nb: { label: "Bokmål", hint: "Teksten på bokmål. Den vises på alle sider der det ikke finnes en oversettelse." },
  nn: { label: "Nynorsk", hint: "Teksten på nynorsk. Står den tom, viser de nynorske sidene teksten på bokmål." },
  en: { label: "Engelsk", hint: "Oversettelsen til engelsk. Står den tom, viser de engelske sidene teksten på bokmål." },
} as const satisfies FieldTexts<{ nb: string; nn?: string; en?: string }>;

const centre: FieldTexts<CentreRecord> = {
  id: {
    label: "Kortnavn",
    hint: "Blir filnavnet og adressen til senterets side, for eksempel nok-gjovik for /sentre/nok-gjovik/. Bare små bokstaver a–z, tall og bindestrek. Endres ikke etter at senteret er lagt inn.",
    invalid: "Bruk bare små bokstaver a–z, tall og enkle bindestreker, for eksempel nok-gjovik.",
  },
  name: { label: "Navn", hint: "Senterets navn slik senteret selv skriver det i dag." },
  formerNames: {
    label: "Tidligere navn",
    hint: "Navn senteret har hatt før, så besøkende kjenner det igjen.",
    item: "Tidligere navn",
  },
  kind: {
    label: "Type senter",
    hint: "Bestemmer hvordan senteret beskrives, og om det kan være «senteret for» en kommune.",
    choices: {
      "incest-centre": "Senter mot incest og seksuelle overgrep",
      "combined-with-crisis-centre": "Krise- og incestsenter (deler lokaler og telefon med et krisesenter)",
      "rape-resource-centre": "Ressurssenter mot voldtekt (som Dixi)",
    },
  },
  nokMember: { label: "Medlem av Nok. Norge", hint: "La feltet stå tomt hvis ingen kilde sier det." },
  website: {
    label: "Nettsted",
    hint: "Hele adressen, med https:// foran. La feltet stå tomt hvis senteret ikke har et nettsted vi kjenner.",
  },
  phone: {
    label: "Telefonnummer",
    hint: "Skriv «12 34 56 78», mobilnummer «123 45 678» og 800-nummer «800 12 345». La feltet stå tomt hvis nummeret er ukjent: da viser siden de nasjonale hjelpetelefonene i stedet.",
    invalid: "Skriv åtte sifre med mellomrom, slik: 12 34 56 78, 123 45 678 eller 800 12 345.",
  },
  phoneKind: {
    label: "Hvem telefonen tilhører",
    hint: "Må velges når det står et telefonnummer, og stå tomt når det ikke gjør det.",
    choices: {
      centre: "Senterets egen telefon",
      "national-helpline": "Nasjonal hjelpetelefon som senteret driver",
      "crisis-centre-line": "Krisesenterets telefon, som senteret deler",
    },
  },
  phoneNote: {
    label: "Merknad om telefonnummeret",
    hint: "Tvil om nummeret som besøkende bør vite om, for eksempel at to kilder oppgir ulike numre.",
    fields: localizedText,
  },
  phoneHours: {
    label: "Telefontid",
    hint: "Når telefonen er betjent, for eksempel «Mandag–fredag 08.00–15.30» eller «Døgnåpen».",
    fields: localizedText,
  },
  email: {
    label: "E-post",
    hint: "Adressen besøkende kan skrive til. Siden minner om at e-post ikke er for sensitive opplysninger.",
    invalid: "Skriv en e-postadresse, for eksempel post@senteret.no.",
  },
  address: {
    label: "Besøksadresse",
    hint: "Stedet må fylles ut hvis noe av adressen er kjent. La alt stå tomt hvis ingen kilde oppgir adressen.",
    fields: {
      street: { label: "Gateadresse", hint: "Gate og husnummer, for eksempel «Storgata 10»." },
      postcode: {
        label: "Postnummer",
        hint: "Fire sifre. Må høre til kommunen senteret ligger i.",
        invalid: "Skriv fire sifre, for eksempel 2815.",
      },
      place: { label: "Sted", hint: "Poststedet eller byen, for eksempel «Gjøvik»." },
    },
  },
  municipality: {
    label: "Kommunen senteret ligger i",
    hint: "Velg fra listen over de 357 kommunene. Skriv for å søke.",
  },
  county: { label: "Fylket senteret ligger i", hint: "Må være fylket kommunen ligger i." },
  position: {
    label: "Kartpunkt",
    hint: "Bare fra en oppgitt adresse eller et oppgitt postnummer. La alt stå tomt ellers: da viser kartet en omtrentlig plassering midt i kommunen.",
    fields: {
      lat: { label: "Breddegrad", hint: "Grader nord, for eksempel 60.7888." },
      lon: { label: "Lengdegrad", hint: "Grader øst, for eksempel 10.6878." },
      source: {
        label: "Hvordan punktet er funnet",
        hint: "Et punkt fra postnummeret er midten av postnummerområdet.",
        choices: { postcode: "Fra postnummeret", address: "Fra gateadressen" },
      },
    },
  },
  hostMunicipalities: {
    label: "Vertskommune",
    hint: "Kommunen eller kommunene som er vertskommune for senteret. La feltet stå tomt hvis ingen kilde sier det: da regnes kommunen senteret ligger i som vertskommune.",
    item: "Vertskommune",
  },
  contributingMunicipalities: {
    label: "Kommuner med avtale",
    hint: "Kommunene som har avtale med senteret og bidrar til det. La feltet stå tomt hvis listen er ukjent.",
    item: "Kommune",
  },
  countiesServed: { label: "Fylker senteret er for", hint: "La feltet stå tomt hvis ingen kilde sier det.", item: "Fylke" },
  minAge: { label: "Aldersgrense", hint: "Laveste alder senteret tar imot, i hele år. La feltet stå tomt hvis den er ukjent." },
  relatives: { label: "Tilbud til pårørende", hint: "Om pårørende og andre som står nær noen som er utsatt, kan få hjelp." },
  childrenOffer: {
    label: "Tilbud til barn",
    hint: "Hva senteret tilbyr barn og unge under aldersgrensen, med egne ord.",
    fields: localizedText,
  },
  audienceNote: {
    label: "Hvem senteret er for",
    hint: "Bare når senteret er for en bestemt gruppe, som Dixi. Står det tomt, beskrives senteret ut fra typen.",
    fields: localizedText,
  },
  languages: {
    label: "Språk",
    hint: "Språk samtalene kan foregå på uten tolk, som språkkoder: no for norsk, en for engelsk, se for nordsamisk.",
    item: "Språkkode",
    invalid: "Skriv en språkkode med to eller tre små bokstaver, for eksempel en.",
  },
  interpreters: { label: "Bestiller tolk", hint: "Om senteret bestiller tolk når det trengs." },
  signLanguage: { label: "Tegnspråktolk", hint: "Om senteret også bestiller tegnspråktolk." },
  lastVerified: {
    label: "Dato senteret bekreftet opplysningene",
    hint: "Dagen senteret sist gikk gjennom og bekreftet hele oppføringen. Etter tolv måneder står det «Sist bekreftet» på sidene.",
  },
  verification: {
    label: "Bekreftelse",
    hint: "Velg «Bekreftet av senteret» bare når senteret selv har gått gjennom opplysningene, og fyll da ut datoen over.",
    choices: { "confirmed-by-centre": "Bekreftet av senteret", "public-sources-only": "Bare fra offentlige kilder" },
  },
  sources: {
    label: "Kilder",
    hint: "Hver opplysning må ha en kilde. Når senteret har bekreftet noe selv, skriv det som en beskrivelse, for eksempel «Telefonsamtale med senteret».",
    item: "Kilde",
    fields: {
      url: {
        label: "Nettadresse",
        hint: "Siden opplysningen står på. Den må stå i Kildeliste.",
        invalid: "Skriv en nettadresse som begynner med https://.",
      },
      seed: { label: "Kildedokument", hint: "Et av dokumentene prosjektet bygger på, når kilden er et av dem." },
      description: { label: "Beskrivelse", hint: "Når kilden ikke er en nettside: hvem som sa hva, og hvordan." },
      seen: { label: "Lest eller datert", hint: "Når kilden ble lest, eller datoen den har, for eksempel «2026-11-29» eller «udatert»." },
      supports: {
        label: "Hva kilden støtter",
        hint: "Feltene kilden gir, med feltnavnet først, for eksempel «phone» eller «address (Storgata 10)».",
        item: "Felt",
      },
    },
  },
  notes: {
    label: "Notater til redaksjonen",
    hint: "Tvil, motstridende kilder og hva som må spørres om neste gang. Vises ikke på nettstedet.",
  },
};

const page: FieldTexts<Frontmatter> = {
  title: { label: "Tittel", hint: "Sidens overskrift. Står også i fanen og i søkeresultater." },
  description: {
    label: "Beskrivelse",
    hint: "Et sammendrag på 50 til 170 tegn. Vises i søkeresultater og når siden deles.",
  },
  updated: { label: "Sist oppdatert", hint: "Dagen innholdet sist ble endret. Vises på siden som «Sist oppdatert»." },
  order: {
    label: "Rekkefølge",
    hint: "Plassen blant sidene i samme del, lavest først. Sider uten nummer kommer sist, etter tittel.",
  },
  embed: {
    label: "Interaktiv del",
    hint: "Noe som vises etter teksten. De fleste sider har ingen.",
    choices: {
      "financing-calculator": "Kalkulator for finansiering",
      "children-offer-centres": "Sentre som tar imot barn under 16 år",
      "agreements-by-centre": "Kommuner med avtale, senter for senter",
      "registry-coverage": "Hvor komplett senterregisteret er",
    },
  },
  translation: {
    label: "Samme side på bokmål",
    hint: "Bare for sider på andre språk: adressen til den samme siden på bokmål, for eksempel /akutt-hjelp/.",
    invalid: "Skriv en adresse på nettstedet med skråstrek først og sist, for eksempel /akutt-hjelp/.",
  },
  sources: {
    label: "Kilder",
    hint: "Hvor opplysningene på siden kommer fra: en nettadresse, eller filnavnet på et av kildedokumentene. Hver kilde må stå i Kildeliste.",
    item: "Kilde",
    invalid: "Skriv en nettadresse som begynner med https://, eller filnavnet på et kildedokument.",
  },
};

const helpLine: FieldTexts<HelpLine> = {
  id: {
    label: "Telefonlinje",
    hint: "Hvilken linje dette er. Navnet og når den skal brukes står i nettstedets tekster.",
    choices: Object.fromEntries(Object.entries(nb.helpNow.lines).map(([id, line]) => [id, line.name])) as Record<HelpLine["id"], string>,
  },
  number: {
    label: "Nummer slik det vises",
    hint: "Med mellomrom i grupper, for eksempel «116 117» eller «800 57 000».",
    invalid: "Skriv nummeret i grupper på tre, to eller tre sifre, for eksempel 116 117.",
  },
  tel: {
    label: "Nummer som ringes",
    hint: "De samme sifrene uten mellomrom, eventuelt med +47 foran. Må være de samme sifrene som over.",
    invalid: "Skriv bare sifre, eventuelt med +47 foran.",
  },
  emergency: { label: "Nødnummer", hint: "Slått på for 112, 113 og legevakten." },
  source: { label: "Kilde", hint: "En offentlig side som oppgir nummeret.", invalid: "Skriv en nettadresse som begynner med https://." },
};

const source: FieldTexts<SourceEntry & { key: string }> = {
  key: {
    label: "Kilden",
    hint: "Nettadressen slik sidene og sentrene oppgir den, eller filnavnet på et kildedokument. Det er denne sidene viser til.",
    invalid: "Skriv en nettadresse som begynner med https://, eller filnavnet på et kildedokument.",
  },
  publisher: { label: "Utgiver", hint: "Hvem som har publisert kilden, for eksempel «Politiet», «Bufdir» eller «NRK»." },
  title: { label: "Tittel", hint: "Kildens egen tittel, slik den står der. Fyll ut enten tittel eller beskrivelse, ikke begge." },
  subject: {
    label: "Beskrivelse",
    hint: "Hva kilden handler om, med egne ord, når tittelen er ukjent eller ville villede uten sammenhengen.",
    fields: localizedText,
  },
  date: {
    label: "Dato",
    hint: "Når kilden ble publisert, så nøyaktig som den selv sier: 2021, 2021-06 eller 2021-06-11. La feltet stå tomt hvis den ikke er datert.",
    invalid: "Skriv år, år og måned, eller en hel dato: 2021, 2021-06 eller 2021-06-11.",
  },
  lang: { label: "Språk", hint: "Språket kilden er skrevet på.", choices: { nb: "Bokmål", nn: "Nynorsk", en: "Engelsk" } },
  url: { label: "Nettadresse der den kan leses", hint: "Bare for et kildedokument: hvor publikum kan finne det." },
};

const common: CommonFieldTexts = {
  yes: "Ja",
  no: "Nei",
  lengthBetween: "Skriv mellom {min} og {max} tegn.",
  lengthAtLeast: "Skriv minst {min} tegn.",
  url: "Skriv en nettadresse som begynner med https://.",
};

export const editorText = {
  pageTitle: "Redigering – Nok.-sentrene",
  noScript: "Redigeringen trenger JavaScript. Slå det på i nettleseren, eller bruk en annen nettleser.",
  fields: { centre, page, helpLine, source },
  common,
  body: {
    label: "Tekst",
    hint: "Sidens tekst i Markdown: `##` foran en mellomoverskrift, `-` foran hvert punkt i en liste, `[tekst](adresse)` for en lenke. Tittelen står over og skal ikke gjentas i teksten.",
  } satisfies FieldText,
  helpLinesList: { label: "Linjer", hint: "Numrene i bunnen av hver side og på siden Akutt hjelp.", item: "Linje" },
  sourceList: {
    label: "Kilder",
    hint: "Hver kilde en side eller et senter viser til, med utgiver og tittel eller beskrivelse. Listen lagres i alfabetisk rekkefølge.",
    item: "Kilde",
  },
  collections: {
    centres: {
      label: "Sentre",
      singular: "senter",
      description: "Ett oppslag per senter. Endringer går til gjennomgang før de publiseres.",
    },
    helpLines: { label: "Hjelpetelefoner", file: "Nasjonale hjelpetelefoner", description: "Nødnumrene og de nasjonale hjelpetelefonene." },
    sources: {
      label: "Kildeliste",
      file: "Alle kildene",
      description:
        "Hvem som har publisert hver kilde sidene og sentrene viser til, og hva den heter. En ny kilde må stå her før en side kan vise til den.",
    },
    /** With {language}. */
    topPages: "Sider på {language}",
    /** With {language} and {section}. */
    sectionPages: "{section} ({language})",
    pageSingular: "side",
    pagesDescription: "Sidene i denne delen. En ny side havner i listen på delens forside av seg selv.",
  },
  media: "Bilder og filer lastes ikke opp her. Ta kontakt med utviklerne hvis en side trenger et bilde.",
  /** The phone-round kit (lib/registry/phone-round.ts): what is sent to each centre. */
  report: {
    gapsColumn: "Mangler eller er ikke bekreftet",
    gaps: {
      phone: "Telefonnummer",
      phoneNotOwn: "Senterets eget telefonnummer (nummeret som står, er ikke senterets eget)",
      phoneInDoubt: "Bekreftelse av telefonnummeret (det er tvil om det)",
      email: "E-post",
      website: "Nettsted",
      street: "Gateadresse",
      postcode: "Postnummer",
      position: "Nøyaktig plassering på kartet (gateadresse med postnummer)",
      municipality: "Kommunen senteret ligger i",
      host: "Vertskommune",
      contributing: "Kommuner med avtale",
      minAge: "Aldersgrense",
      relatives: "Tilbud til pårørende",
      children: "Tilbud til barn",
      languages: "Språk samtalene kan foregå på",
      interpreters: "Om senteret bestiller tolk",
      confirmation: "Senterets bekreftelse av opplysningene",
      stale: "Ny bekreftelse (den forrige er mer enn tolv måneder gammel)",
    } satisfies Record<GapId, string>,
    yes: "ja",
    no: "nei",
    unknown: "ukjent",
    /** With {text}. */
    english: "på engelsk: {text}",
    /** With {name}. */
    checklistTitle: "{name}: opplysningene på nettstedet",
    /** With {url} and {date}. */
    checklistIntro:
      "Slik står senteret på {url} ({date}). Gå gjennom hver linje, kryss av for det som stemmer, rett det som er feil, og fyll inn det som mangler. Der vi ikke har en opplysning, står det «ukjent» på nettstedet. Vi gjetter aldri.",
    publishedHeading: "Dette står på nettstedet",
    missingHeading: "Dette mangler eller er ikke bekreftet",
    nothingMissing: "Ingenting.",
    sourcesHeading: "Kildene vi har brukt",
    confirmationHeading: "Bekreftelse",
    status: {
      unconfirmed: "Senteret har ikke bekreftet opplysningene ennå.",
      /** With {date}. */
      confirmed: "Bekreftet av senteret {date}.",
      /** With {date}. */
      stale: "Sist bekreftet {date}, for mer enn tolv måneder siden.",
    },
    confirmationAsk:
      "Når alt stemmer, skriv hvem hos dere som har gått gjennom opplysningene, og datoen. Da står det «Bekreftet av senteret» med datoen på sidene deres i tolv måneder.",
  },
  /** Decap's own bokmål (its nb_no locale), where it is missing or reads badly; merged over it. */
  decapPhrases: {
    editor: {
      editorControlPane: { widget: { regexPattern: "%{fieldLabel}: %{pattern}" } },
      editorWidgets: { list: { add: "Legg til %{item}", addType: "Legg til %{item}" } },
    },
  },
} as const;
