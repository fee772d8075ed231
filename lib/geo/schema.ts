import { z } from "zod";

/** Shapes of the reference files in content/geo/ (see its README for their sources). */

const number4 = z.string().regex(/^\d{4}$/, "must be a 4-digit number");
const number2 = z.string().regex(/^\d{2}$/, "must be a 2-digit number");
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

const alternativeName = z.object({ name: z.string().min(1), lang: z.enum(["sme", "smj", "sma", "fkv"]) });

export const rawMunicipalitySchema = z.object({
  number: number4,
  name: z.string().min(1),
  officialName: z.string().min(1),
  alternativeNames: z.array(alternativeName).optional(),
  county: z.string().min(1),
  countyNumber: number2,
  lat: latitude,
  lon: longitude,
});

export const rawCountySchema = z.object({
  number: number2,
  name: z.string().min(1),
  officialName: z.string().min(1),
  alternativeNames: z.array(alternativeName).optional(),
});

export const rawPostcodeSchema = z.object({
  place: z.string().min(1),
  municipality: number4.nullable(),
  category: z.enum(["G", "P", "B", "S"]),
  lat: latitude,
  lon: longitude,
  coordSource: z.enum(["bolstad", "municipality"]),
  territory: z.enum(["Svalbard", "Jan Mayen"]).optional(),
  territoryNumber: number4.optional(),
});

export type RawMunicipality = z.infer<typeof rawMunicipalitySchema>;
export type RawCounty = z.infer<typeof rawCountySchema>;
export type RawPostcode = z.infer<typeof rawPostcodeSchema>;
