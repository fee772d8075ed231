import type { LatLng } from "../geo/distance";

/** How long "Bruk min posisjon" waits, the permission prompt included, before it gives up. */
export const POSITION_TIMEOUT_MS = 10_000;

export type PositionFailure = "denied" | "unavailable" | "timeout" | "unsupported";

export type PositionOutcome = { kind: "found"; point: LatLng } | { kind: "failed"; reason: PositionFailure };

const failureByCode: Record<number, PositionFailure> = { 1: "denied", 2: "unavailable", 3: "timeout" };

/**
 * Asks the browser once for the visitor's position. Resolves, never rejects, and always within
 * `timeoutMs`: the Geolocation API's own timeout does not count the time a permission prompt
 * stays open, so a timer of our own bounds the whole wait. A late answer is ignored.
 */
export function locate(geolocation: Geolocation | undefined, timeoutMs = POSITION_TIMEOUT_MS): Promise<PositionOutcome> {
  if (!geolocation) return Promise.resolve({ kind: "failed", reason: "unsupported" });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PositionOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ kind: "failed", reason: "timeout" }), timeoutMs);
    try {
      geolocation.getCurrentPosition(
        (position) => settle({ kind: "found", point: { lat: position.coords.latitude, lon: position.coords.longitude } }),
        (error) => settle({ kind: "failed", reason: failureByCode[error.code] ?? "unavailable" }),
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 60_000 },
      );
    } catch {
      // Some browsers throw instead of calling back, for example in an insecure context.
      settle({ kind: "failed", reason: "unsupported" });
    }
  });
}
