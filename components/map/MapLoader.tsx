"use client";

import { lazy, Suspense, useSyncExternalStore } from "react";
import type { FinderMapProps } from "./FinderMap";
// Leaflet's stylesheet comes with the page, not with the map's chunk: a static page has no Next runtime to load a chunk's CSS.
import "leaflet/dist/leaflet.css";
import "./map.css";

/**
 * Leaflet touches `window` as soon as it is imported, so the map is loaded only in the browser,
 * once the finder has started: the static build never runs it, and Leaflet's code is a chunk of
 * its own that does not hold up the field. The frame keeps the space while it loads.
 */
const FinderMap = lazy(() => import("./FinderMap"));

const noSubscription = () => () => undefined;

/** The map once the page is running, and until then an empty frame of the same size (which is also what the build renders and hydrates). */
function DeferredMap(props: FinderMapProps) {
  // false in the build and while React hydrates, true from then on.
  const started = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const frame = <div className="finder-map__canvas" />;
  if (!started) return frame;
  return (
    <Suspense fallback={frame}>
      <FinderMap {...props} />
    </Suspense>
  );
}

export interface MapLoaderProps extends FinderMapProps {
  /** The id the "skip the map" link jumps to: the legend right after the map. */
  legendId: string;
}

/** The map with a link to skip its many tab stops, its instructions and its legend. */
export function MapLoader({ legendId, describedBy, text, ...props }: MapLoaderProps) {
  return (
    <div className="finder-map">
      <a href={`#${legendId}`} className="finder-map__skip">
        {text.skip}
      </a>
      <p id={describedBy} className="finder-map__instructions">
        {text.instructions}
      </p>
      <DeferredMap describedBy={describedBy} text={text} {...props} />
      <div id={legendId} tabIndex={-1} className="finder-map__legend">
        <span className="sr-only">{text.legend}: </span>
        <ul>
          <li>
            <span aria-hidden="true" className="finder-marker finder-marker--exact finder-map__legend-symbol" />
            {text.legendCentre}
          </li>
          <li>
            <span aria-hidden="true" className="finder-marker finder-marker--approximate finder-map__legend-symbol" />
            {text.legendApproximate}
          </li>
          <li>
            <span aria-hidden="true" className="finder-marker finder-marker--group finder-map__legend-symbol finder-map__legend-group">
              2
            </span>
            {text.legendGroup}
          </li>
          <li>
            <span aria-hidden="true" className="finder-map__legend-searched finder-map__legend-symbol" />
            {text.legendSearched}
          </li>
        </ul>
      </div>
    </div>
  );
}
