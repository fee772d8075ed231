/**
 * The files the finder fetches from the site itself. scripts/finder-data.ts writes them into
 * public/ before each build; the browser asks for them with nothing of the visitor's in the request.
 */

/** The compact place data (lib/finder/data.ts), fetched on the first search. */
export const FINDER_DATA_PATH = "/data/steder.json";

/** The simplified county outlines (lib/geo/outline.ts), the map's base map. */
export const COUNTY_OUTLINES_PATH = "/data/fylker.geojson";

/** The centres, as the home page's place search ranks them (lib/finder/centres.ts), fetched when the field is first used. */
export const CENTRES_DATA_PATH = "/data/sentre.json";
