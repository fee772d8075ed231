"use client";

import type { FeatureCollection } from "geojson";
import L from "leaflet";
import { useEffect, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Pane, useMap, useMapEvents, ZoomControl } from "react-leaflet";
import { type LatLng, MAINLAND_NORWAY } from "@/lib/geo/distance";
import type { Dictionary } from "@/lib/i18n/types";
import { CentreMarkers } from "./FinderMap.markers";

export interface MapCentre {
  id: string;
  name: string;
  point: LatLng;
  /** Only the municipality's point is known: drawn hollow. */
  approximate: boolean;
}

export interface FinderMapProps {
  centres: readonly MapCentre[];
  /** The simplified county outlines, fetched from the site itself. */
  outlinesUrl: string;
  searchedPoint: LatLng | null;
  /** What the view should show: the searched point and the first centres of the result. Empty: all of Norway. */
  fitPoints: readonly LatLng[];
  /** The centre drawn larger: the one serving the visitor, or the nearest. */
  highlightedId: string | null;
  onPickPoint: (point: LatLng) => void;
  onActivateCentre: (id: string) => void;
  /** The id of the text that explains how to use the map. */
  describedBy: string;
  text: Dictionary["finder"]["map"];
}

const NORWAY: L.LatLngBoundsExpression = [
  [MAINLAND_NORWAY.south, MAINLAND_NORWAY.west],
  [MAINLAND_NORWAY.north, MAINLAND_NORWAY.east],
];

// Colours come from map.css, which reads the site's palette.
const countyStyle: L.PathOptions = { className: "finder-map__county", weight: 1, fillOpacity: 1 };

/** Moves the view to fit the points of the current result, or all of Norway before any search. */
function FitView({ points }: { points: readonly LatLng[] }) {
  const map = useMap();
  const key = points.map((point) => `${point.lat},${point.lon}`).join(";");
  useEffect(() => {
    if (points.length === 0) map.fitBounds(NORWAY);
    else map.fitBounds(L.latLngBounds(points.map((point) => [point.lat, point.lon])), { padding: [40, 40], maxZoom: 8 });
    // `key` stands for `points`, whose identity changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key]);
  return null;
}

function PickOnClick({ onPick }: { onPick: (point: LatLng) => void }) {
  useMapEvents({ click: (event) => onPick({ lat: event.latlng.lat, lon: event.latlng.lng }) });
  return null;
}

/** Names the map and points to its instructions; Leaflet's container is the element that takes focus. */
function LabelContainer({ label, describedBy }: { label: string; describedBy: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
    container.setAttribute("aria-describedby", describedBy);
  }, [map, label, describedBy]);
  return null;
}

/**
 * The finder's map, drawn entirely from the site's own files: no tile layer, so no request goes
 * to any map server. The county outlines are the base map; each centre with a known location is
 * a marker. Clicking the map ranks the centres from that point. Only this folder imports Leaflet,
 * and only in the browser (see MapLoader).
 */
export default function FinderMap({
  centres,
  outlinesUrl,
  searchedPoint,
  fitPoints,
  highlightedId,
  onPickPoint,
  onActivateCentre,
  describedBy,
  text,
}: FinderMapProps) {
  const [outlines, setOutlines] = useState<FeatureCollection | null>(null);

  useEffect(() => {
    let current = true;
    fetch(outlinesUrl)
      .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : null))
      .then((data) => current && setOutlines(data))
      // Without outlines the markers still stand on the sea colour; the list is unaffected.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [outlinesUrl]);

  return (
    <MapContainer
      bounds={NORWAY}
      className="finder-map__canvas"
      attributionControl={false}
      zoomControl={false}
      scrollWheelZoom={false}
      // On touch screens one finger scrolls the page, not the map; two fingers still zoom.
      dragging={!L.Browser.mobile}
      minZoom={3}
      maxZoom={11}
    >
      <LabelContainer label={text.label} describedBy={describedBy} />
      <ZoomControl position="topright" zoomInTitle={text.zoomIn} zoomOutTitle={text.zoomOut} />
      {outlines && <GeoJSON data={outlines} style={countyStyle} interactive={false} />}
      <CentreMarkers centres={centres} highlightedId={highlightedId} onActivateCentre={onActivateCentre} text={text} />
      {searchedPoint && (
        // Above the centre markers, so that a centre next door does not hide it; clicks pass through.
        <Pane name="searched-point" style={{ zIndex: 650, pointerEvents: "none" }}>
          <CircleMarker
            center={[searchedPoint.lat, searchedPoint.lon]}
            radius={8}
            interactive={false}
            // Leaflet reads className only when it creates the path, so it is a prop, not a path option.
            className="finder-map__searched-point"
            pathOptions={{ weight: 3, fillOpacity: 1 }}
          />
        </Pane>
      )}
      <FitView points={fitPoints} />
      <PickOnClick onPick={onPickPoint} />
    </MapContainer>
  );
}
