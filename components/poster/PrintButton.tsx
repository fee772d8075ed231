"use client";

import { useHasHydrated } from "@/components/hydration";

/** Opens the browser's print dialogue. Without JavaScript it is not there at all, and the hint beside it says how. */
export function PrintButton({ label }: { label: string }) {
  if (!useHasHydrated()) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
