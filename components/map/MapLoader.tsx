"use client";

import dynamic from "next/dynamic";
import type { FinderMapProps } from "./FinderMap";
import "./map.css";

/**
 * Leaflet touches `window` as soon as it is imported, so the map is loaded only in the browser,
 * after the page: the static build never runs it. The frame keeps the space while it loads.
 */
const FinderMap = dynamic(() => import("./FinderMap"), {
  ssr: false,
  loading: () => <div className="finder-map__canvas" />,
});

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
      <FinderMap describedBy={describedBy} text={text} {...props} />
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
