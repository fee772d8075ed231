import { useSyncExternalStore } from "react";

function subscribeToNothing() {
  return () => {};
}

/**
 * False in the server's HTML and while hydrating, true once React runs in the browser. Parts
 * that only work with JavaScript render behind it, so the static page shows its fallback and
 * hydration never mismatches.
 */
export function useHasHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
