// Reads files at build time: importing this from a client component fails the build.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseDataFile } from "../schema/validation";
import { buildGeography, type Geography } from "./geography";
import { type RawPostcode, rawCountySchema, rawMunicipalitySchema, rawPostcodeSchema } from "./schema";

const GEO_DIR = path.join(process.cwd(), "content", "geo");

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(GEO_DIR, file), "utf8"));
}

let postcodes: Map<string, RawPostcode> | undefined;
let geography: Geography | undefined;

/** The postcode register, keyed by the 4-digit code. Read and validated once per build. */
export function loadPostcodes(): Map<string, RawPostcode> {
  postcodes ??= new Map(
    Object.entries(
      parseDataFile(
        z.record(z.string().regex(/^\d{4}$/, "keys must be 4-digit postcodes"), rawPostcodeSchema),
        readJson("postal-codes.json"),
        "content/geo/postal-codes.json",
      ),
    ),
  );
  return postcodes;
}

/** Counties and municipalities with slugs and populated points. Read and validated once per build. */
export function loadGeography(): Geography {
  geography ??= buildGeography(
    parseDataFile(z.array(rawCountySchema), readJson("counties.json"), "content/geo/counties.json"),
    parseDataFile(z.array(rawMunicipalitySchema), readJson("municipalities.json"), "content/geo/municipalities.json"),
    [...loadPostcodes().values()],
  );
  return geography;
}
