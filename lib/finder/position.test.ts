import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { locate, POSITION_TIMEOUT_MS } from "./position";

type Success = PositionCallback;
type Failure = PositionErrorCallback;

/** A stand-in for navigator.geolocation that answers however the test says. */
function fakeGeolocation(answer: (success: Success, failure: Failure) => void) {
  const getCurrentPosition = vi.fn((success: Success, failure?: Failure | null) => answer(success, failure!));
  return { geolocation: { getCurrentPosition } as unknown as Geolocation, getCurrentPosition };
}

const bergen = { coords: { latitude: 60.39, longitude: 5.32 } } as GeolocationPosition;
const error = (code: number) => ({ code }) as GeolocationPositionError;

describe("locate", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("gives the position when the browser has one, asking once", async () => {
    const { geolocation, getCurrentPosition } = fakeGeolocation((success) => success(bergen));
    await expect(locate(geolocation)).resolves.toEqual({ kind: "found", point: { lat: 60.39, lon: 5.32 } });
    expect(getCurrentPosition).toHaveBeenCalledTimes(1);
  });

  it.each([
    [1, "denied"],
    [2, "unavailable"],
    [3, "timeout"],
  ])("explains error code %i as %s", async (code, reason) => {
    const { geolocation } = fakeGeolocation((_, failure) => failure(error(code)));
    await expect(locate(geolocation)).resolves.toEqual({ kind: "failed", reason });
  });

  it("gives up after 10 seconds even while the permission prompt is still open, and ignores a late answer", async () => {
    let answerLate: (() => void) | undefined;
    const { geolocation } = fakeGeolocation((success) => (answerLate = () => success(bergen)));
    const outcome = locate(geolocation);
    await vi.advanceTimersByTimeAsync(POSITION_TIMEOUT_MS - 1);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    answerLate!();
    await expect(outcome).resolves.toEqual({ kind: "failed", reason: "timeout" });
  });

  it("says so when the browser cannot locate at all", async () => {
    await expect(locate(undefined)).resolves.toEqual({ kind: "failed", reason: "unsupported" });
    const throwing = {
      getCurrentPosition: () => {
        throw new Error("insecure");
      },
    } as unknown as Geolocation;
    await expect(locate(throwing)).resolves.toEqual({ kind: "failed", reason: "unsupported" });
  });
});
