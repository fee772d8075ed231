import { z } from "zod";
import { isSeedFileName } from "../content/seeds";
import { isInMainlandNorway } from "../geo/distance";
import { pastCalendarDate } from "../schema/dates";
import { type TranslatedLocale, translatedLocales } from "../i18n/config";

/**
 * One centre of the registry: content/centres/<id>.json. Every value comes from a source listed in
 * `sources`; a value no source gives is null, never guessed, and the site says it is unknown.
 */

const municipalityNumber = z.string().regex(/^\d{4}$/, "must be a 4-digit municipality number");
const countyNumber = z.string().regex(/^\d{2}$/, "must be a 2-digit county number");

const text = z.string().trim().min(1);

/** Text shown to visitors, in bokmål; each of the site's other languages may follow. */
const translations = Object.fromEntries(translatedLocales.map((locale) => [locale, text.optional()])) as Record<
  TranslatedLocale,
  z.ZodOptional<typeof text>
>;
const localizedText = z.object({ nb: text, ...translations }).strict();

/**
 * A Norwegian phone number as people write it: eight digits grouped "12 34 56 78", mobiles
 * "123 45 678", and 800 numbers "800 12 345".
 */
const NORWEGIAN_PHONE = /^(?:\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3})$/;

const phone = z.string().regex(NORWEGIAN_PHONE, 'must be eight digits written "12 34 56 78" or "123 45 678"');

const url = z.url({ protocol: /^https?$/, error: "must be a web address starting with http:// or https://" });

const source = z
  .object({
    url: url.optional(),
    seed: z.string().refine(isSeedFileName, "must be the file name of a document in ../shared/seeds").optional(),
    description: z.string().min(1).optional(),
    seen: z.string().min(1, "say when the source was read or dated, or 'undated'"),
    supports: z.array(z.string().min(1)).min(1, "say which values the source supports"),
  })
  .strict()
  .refine((value) => value.url ?? value.seed ?? value.description, "must name a URL, a seed document or a description of the source");

const position = z
  .object({
    lat: z.number(),
    lon: z.number(),
    /** How the point was found: from the sourced postcode's point, or a geocoded street address. */
    source: z.enum(["postcode", "address"]),
  })
  .strict()
  .refine(isInMainlandNorway, "is outside mainland Norway (57.9–71.3 N, 4.4–31.3 E): are lat and lon swapped?");

const municipalityList = z
  .array(municipalityNumber)
  .min(1, "use null, not an empty list, when no source names the municipalities")
  .refine((list) => new Set(list).size === list.length, "lists a municipality twice");

export const centreRecordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case a-z, 0-9 and single hyphens"),
    name: z.string().trim().min(2),
    formerNames: z.array(z.string().trim().min(1)),
    /** Most are centres against incest and sexual abuse; some share premises and phone with a crisis centre; Dixi is for people subjected to rape. */
    kind: z.enum(["incest-centre", "combined-with-crisis-centre", "rape-resource-centre"]),
    nokMember: z.boolean().nullable(),
    website: url.nullable(),
    phone: phone.nullable(),
    /** Whose line the number is: the centre's own, a national helpline it runs, or a crisis centre's it shares. */
    phoneKind: z.enum(["centre", "national-helpline", "crisis-centre-line"]).nullable(),
    phoneNote: localizedText.nullable(),
    phoneHours: localizedText.nullable(),
    email: z.email({ error: "must be an e-mail address" }).nullable(),
    address: z
      .object({
        street: z.string().trim().min(1).nullable(),
        postcode: z
          .string()
          .regex(/^\d{4}$/, "must be a 4-digit postcode")
          .nullable(),
        place: z.string().trim().min(1),
      })
      .strict()
      .nullable(),
    /** Where the centre is; null when no source says. */
    municipality: municipalityNumber.nullable(),
    county: countyNumber,
    position: position.nullable(),
    /** Municipalities that host the centre; null means the municipality it is located in. */
    hostMunicipalities: municipalityList.nullable(),
    /** Municipalities with an agreement that fund the centre. */
    contributingMunicipalities: municipalityList.nullable(),
    countiesServed: z.array(countyNumber).min(1).nullable(),
    minAge: z.number().int().min(0).max(99).nullable(),
    relatives: z.boolean().nullable(),
    childrenOffer: localizedText.nullable(),
    audienceNote: localizedText.nullable(),
    /** Languages the centre talks in without an interpreter, as ISO 639-1 codes ("no", "en"). */
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code"))
      .min(1)
      .nullable(),
    interpreters: z.boolean().nullable(),
    signLanguage: z.boolean().nullable(),
    lastVerified: pastCalendarDate.nullable(),
    verification: z.enum(["confirmed-by-centre", "public-sources-only"]),
    sources: z.array(source).min(1, "every record needs at least one source"),
    /** For maintainers: doubts, conflicts and what to ask on the next phone round. Not shown on the site. */
    notes: z.string(),
  })
  .strict()
  .refine((record) => (record.phone === null) === (record.phoneKind === null), {
    message: "phoneKind must be set exactly when phone is",
    path: ["phoneKind"],
  })
  .refine((record) => record.verification !== "confirmed-by-centre" || record.lastVerified !== null, {
    message: "a record confirmed by the centre needs the date it was confirmed",
    path: ["lastVerified"],
  });

export type CentreRecord = z.infer<typeof centreRecordSchema>;
