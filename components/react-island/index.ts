export { ReactIsland, type ReactIslandProps } from "./ReactIsland";
