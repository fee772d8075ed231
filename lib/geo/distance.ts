/** A point on the map, in WGS84 degrees. Named fields, never a [lon, lat] pair to swap by mistake. */
export interface LatLng {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle ("as the crow flies") distance between two points, in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Mainland Norway's bounding box, with a margin for the outer islands. */
export const MAINLAND_NORWAY = { south: 57.9, north: 71.3, west: 4.4, east: 31.3 } as const;

export function isInMainlandNorway({ lat, lon }: LatLng): boolean {
  const box = MAINLAND_NORWAY;
  return lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east;
}

/** The mean of a set of points: good enough within one municipality, where the Earth is flat. */
export function meanPoint(points: readonly LatLng[]): LatLng | null {
  if (points.length === 0) return null;
  const sum = points.reduce((total, point) => ({ lat: total.lat + point.lat, lon: total.lon + point.lon }), { lat: 0, lon: 0 });
  return { lat: sum.lat / points.length, lon: sum.lon / points.length };
}
