// Only the loader is exported: importing it does not load Leaflet, which the loader fetches in the browser.
export { MapLoader, type MapLoaderProps } from "./MapLoader";
export type { MapCentre } from "./FinderMap";
