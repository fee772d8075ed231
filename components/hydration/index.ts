export { useHasHydrated } from "./useHasHydrated";
