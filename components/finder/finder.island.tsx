/**
 * The centre finder (Finder, rendered into the finder page by a ReactIsland in
 * app/_templates/finder-page.tsx). The finder is the page's purpose, so React takes over at once,
 * on the finder alone: the page carries no Next runtime, and the map's Leaflet is a chunk of its
 * own that loads after (MapLoader.tsx).
 */
import { hydrateIsland } from "@/components/react-island/hydrate";
import { Finder } from "./Finder";

const container = document.querySelector<HTMLElement>('[data-island="finder"]');
if (container) hydrateIsland(container, Finder).catch(() => undefined);
