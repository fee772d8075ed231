/** Loaded by front-door-search.island.tsx when the field is first used: React, and the search with it. */
import { hydrateIsland } from "@/components/react-island/hydrate";
import { FrontDoorSearch } from "./FrontDoorSearch";

export function hydrate(container: HTMLElement): Promise<void> {
  return hydrateIsland(container, FrontDoorSearch);
}
