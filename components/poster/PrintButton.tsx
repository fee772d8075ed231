"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Opens the browser's print dialogue. Without JavaScript it is not there at all, and the hint beside it says how. */
export function PrintButton({ label }: { label: string }) {
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!scripted) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
