// Reads files at build time: importing this from a client component fails the build.
import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { todayInNorway } from "../schema/dates";
import { loadGeography, loadPostcodes } from "../geo/load";
import { type Centre, resolveCentre } from "./centres";
import type { CentreRecord } from "./schema";
import { type ServedMunicipalities, servedMunicipalitiesByCentre } from "./served-municipalities";
import { type RegistryContext, type RegistryFile, type ValidatedRegistry, validateRegistry } from "./validate";

const CENTRES_DIR = path.join("content", "centres");

/** Every file in content/centres/, parsed as JSON; a file that is not JSON fails with its name. */
export function readRegistryFiles(directory = CENTRES_DIR): RegistryFile[] {
  return readdirSync(path.resolve(directory))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = `${directory.split(path.sep).join("/")}/${name}`;
      try {
        return { file, data: JSON.parse(readFileSync(path.resolve(file), "utf8")) as unknown };
      } catch (error) {
        throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
      }
    });
}

export function registryContext(): RegistryContext {
  const geography = loadGeography();
  return {
    municipalityCounty: new Map(geography.municipalities.map((municipality) => [municipality.number, municipality.countyNumber])),
    countyNumbers: new Set(geography.counties.map((county) => county.number)),
    postcodeMunicipality: new Map([...loadPostcodes()].map(([code, postcode]) => [code, postcode.municipality])),
  };
}

let registry: (ValidatedRegistry & { centres: Centre[] }) | undefined;

/** The validated registry, resolved. Read once per build; invalid data stops the build. */
function loadRegistry(): ValidatedRegistry & { centres: Centre[] } {
  if (!registry) {
    const validated = validateRegistry(readRegistryFiles(), registryContext());
    const geography = loadGeography();
    registry = { ...validated, centres: validated.records.map((record) => resolveCentre(record, geography, todayInNorway())) };
    for (const warning of registry.warnings) console.warn(`centre registry: ${warning}`);
  }
  return registry;
}

export function loadCentres(): Centre[] {
  return loadRegistry().centres;
}

/** The records as their files have them (an unknown list is null, not empty), for the coverage figures. */
export function loadRecords(): CentreRecord[] {
  return loadRegistry().records;
}

/** One centre by its id; an unknown id is a bug in a route, so it throws. */
export function loadCentre(id: string): Centre {
  const centre = loadCentres().find((candidate) => candidate.id === id);
  if (!centre) throw new Error(`No centre with id ${id}`);
  return centre;
}

let served: Map<string, ServedMunicipalities> | undefined;

/** The municipalities a centre is "the centre for", grouped by why; worked out once per build for all centres. */
export function loadServedMunicipalities(id: string): ServedMunicipalities {
  served ??= servedMunicipalitiesByCentre(loadGeography().municipalities, loadCentres());
  const municipalities = served.get(id);
  if (!municipalities) throw new Error(`No centre with id ${id}`);
  return municipalities;
}
