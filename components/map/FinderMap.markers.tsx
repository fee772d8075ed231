"use client";

import L from "leaflet";
import { useMemo, useState } from "react";
import { Marker, useMap, useMapEvents } from "react-leaflet";
import { type MarkerBox, overlappingGroups, sideBySideOffsets, zoomLevelsToSeparate } from "@/lib/finder/marker-groups";
import type { LatLng } from "@/lib/geo/distance";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import type { MapCentre } from "./FinderMap";

const MARKER_SIZE = 24;
const HIGHLIGHTED_SIZE = 30;
const GROUP_SIZE = 32;

/** Centres drawn side by side at one point: they lie so close that no zoom level separates them. */
interface Row {
  centres: { centre: MapCentre; size: number; offset: number }[];
  point: LatLng;
  width: number;
}

/** What the map draws at a zoom level: rows of centres, and groups standing for rows that would overlap. */
type Placed = { kind: "row"; row: Row } | { kind: "group"; rows: Row[]; point: LatLng };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function meanPoint(points: readonly LatLng[]): LatLng {
  return {
    lat: points.reduce((sum, point) => sum + point.lat, 0) / points.length,
    lon: points.reduce((sum, point) => sum + point.lon, 0) / points.length,
  };
}

function boxAt<T>(map: L.Map, item: T, point: LatLng, width: number, height: number, zoom: number): MarkerBox<T> {
  const { x, y } = map.project([point.lat, point.lon], zoom);
  return { item, x, y, width, height };
}

/** The rows: centres that overlap even at the closest zoom, set side by side around their mean point. */
function rowsOf(map: L.Map, centres: readonly MapCentre[], highlightedId: string | null): Row[] {
  const sized = centres.map((centre) => ({ centre, size: centre.id === highlightedId ? HIGHLIGHTED_SIZE : MARKER_SIZE }));
  const boxes = sized.map((entry) => boxAt(map, entry, entry.centre.point, entry.size, entry.size, map.getMaxZoom()));
  return overlappingGroups(boxes).map((group) => {
    const offsets = sideBySideOffsets(group.map(({ item }) => item.size));
    return {
      centres: group.map(({ item }, index) => ({ ...item, offset: offsets[index]! })),
      point: meanPoint(group.map(({ item }) => item.centre.point)),
      width: group.reduce((sum, { item }) => sum + item.size, 0) + 4 * (group.length - 1),
    };
  });
}

/** Rows at `zoom`, with every set of rows that would cover each other replaced by one group marker, until nothing overlaps. */
function placeRows(map: L.Map, rows: readonly Row[], zoom: number): Placed[] {
  let placed: Placed[] = rows.map((row) => ({ kind: "row", row }));
  for (;;) {
    const boxes = placed.map((item): MarkerBox<Placed> =>
      item.kind === "row"
        ? boxAt(map, item, item.row.point, item.row.width, HIGHLIGHTED_SIZE, zoom)
        : boxAt(map, item, item.point, GROUP_SIZE, GROUP_SIZE, zoom),
    );
    const groups = overlappingGroups(boxes);
    if (groups.length === placed.length) return placed;
    placed = groups.map((group): Placed => {
      if (group.length === 1) return group[0]!.item;
      const members = group.flatMap(({ item }) => (item.kind === "row" ? [item.row] : item.rows));
      return { kind: "group", rows: members, point: meanPoint(members.flatMap((row) => row.centres.map(({ centre }) => centre.point))) };
    });
  }
}

/** Enter and Space on a Leaflet marker, which has role="button" but passes only key events on. */
function pressed(event: L.LeafletKeyboardEvent): boolean {
  const key = event.originalEvent.key;
  if (key !== "Enter" && key !== " ") return false;
  event.originalEvent.preventDefault();
  return true;
}

/**
 * A centre's marker: a focusable button (Leaflet gives it role="button" and tabindex="0") whose
 * accessible name is the centre's name, held in a visually hidden span so that it survives when
 * Leaflet swaps the icon. `offset` moves it sideways from its point, beside a centre at the same place.
 */
function CentreMarker({
  centre,
  size,
  offset,
  highlighted,
  onActivate,
}: {
  centre: MapCentre;
  size: number;
  offset: number;
  highlighted: boolean;
  onActivate: (id: string) => void;
}) {
  const icon = useMemo(() => {
    const classes = [
      "finder-marker",
      centre.approximate ? "finder-marker--approximate" : "finder-marker--exact",
      highlighted ? "is-highlighted" : "",
    ];
    return L.divIcon({
      className: classes.join(" ").trim(),
      html: `<span class="sr-only">${escapeHtml(centre.name)}</span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2 - offset, size / 2],
    });
  }, [centre, size, offset, highlighted]);
  return (
    <Marker
      position={[centre.point.lat, centre.point.lon]}
      icon={icon}
      title={centre.name}
      zIndexOffset={highlighted ? 1000 : 0}
      eventHandlers={{ click: () => onActivate(centre.id), keydown: (event) => pressed(event) && onActivate(centre.id) }}
    />
  );
}

/** Several centres too close to tell apart at this zoom: one button that zooms in until they separate. */
function GroupMarker({
  rows,
  point,
  highlighted,
  text,
}: {
  rows: readonly Row[];
  point: LatLng;
  highlighted: boolean;
  text: Dictionary["finder"]["map"];
}) {
  const map = useMap();
  const names = rows.flatMap((row) => row.centres.map(({ centre }) => centre.name));
  const icon = useMemo(
    () =>
      L.divIcon({
        className: highlighted ? "finder-marker finder-marker--group is-highlighted" : "finder-marker finder-marker--group",
        html: `<span aria-hidden="true">${names.length}</span><span class="sr-only">${escapeHtml(fill(text.group, { count: names.length, names: names.join(", ") }))}</span>`,
        iconSize: [GROUP_SIZE, GROUP_SIZE],
      }),
    [names, highlighted, text.group],
  );
  function zoomIn() {
    const zoom = map.getZoom();
    const boxes = rows.map((row) => boxAt(map, row, row.point, row.width, HIGHLIGHTED_SIZE, zoom));
    map.setView([point.lat, point.lon], Math.min(map.getMaxZoom(), zoom + Math.max(1, zoomLevelsToSeparate(boxes))));
    // The pressed button is gone once the markers separate; the map keeps focus, one Tab from them.
    map.getContainer().focus();
  }
  return (
    <Marker
      position={[point.lat, point.lon]}
      icon={icon}
      title={names.join(", ")}
      zIndexOffset={highlighted ? 1000 : 500}
      eventHandlers={{ click: zoomIn, keydown: (event) => pressed(event) && zoomIn() }}
    />
  );
}

export interface CentreMarkersProps {
  centres: readonly MapCentre[];
  highlightedId: string | null;
  onActivateCentre: (id: string) => void;
  text: Dictionary["finder"]["map"];
}

/**
 * The centres' markers, laid out so that none covers another at the current zoom: centres that
 * share a point stand side by side, and markers that would overlap become one group marker
 * that zooms in. Every marker is at least 24 pixels across with room around it.
 */
export function CentreMarkers({ centres, highlightedId, onActivateCentre, text }: CentreMarkersProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const rows = useMemo(() => rowsOf(map, centres, highlightedId), [map, centres, highlightedId]);
  const placed = useMemo(() => placeRows(map, rows, zoom), [map, rows, zoom]);
  return placed.map((item) =>
    item.kind === "row" ? (
      item.row.centres.map(({ centre, size, offset }) => (
        <CentreMarker
          key={centre.id}
          centre={centre}
          size={size}
          offset={offset}
          highlighted={centre.id === highlightedId}
          onActivate={onActivateCentre}
        />
      ))
    ) : (
      <GroupMarker
        key={item.rows.flatMap((row) => row.centres.map(({ centre }) => centre.id)).join("+")}
        rows={item.rows}
        point={item.point}
        highlighted={item.rows.some((row) => row.centres.some(({ centre }) => centre.id === highlightedId))}
        text={text}
      />
    ),
  );
}
