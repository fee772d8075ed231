import { z } from "zod";

/**
 * The county outlines the finder's map draws as its base map, made small enough to send to a
 * phone: each ring simplified (Douglas–Peucker) and rounded. Islets smaller than the tolerance
 * disappear, which a base map for finding a centre can afford.
 */

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const polygon = z.array(z.array(position).min(4)).min(1);

/** The shape of content/geo/norway-counties.geojson that the map needs. */
export const countyOutlinesSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      properties: z.object({ number: z.string().regex(/^\d{2}$/), name: z.string().min(1) }),
      geometry: z.discriminatedUnion("type", [
        z.object({ type: z.literal("Polygon"), coordinates: polygon }),
        z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(polygon) }),
      ]),
    }),
  ),
});

type Position = z.infer<typeof position>;
type Ring = Position[];
type Polygon = Ring[];

export interface OutlineFeature {
  type: "Feature";
  properties: { number: string; name: string };
  geometry: { type: "MultiPolygon"; coordinates: Polygon[] };
}

export interface OutlineCollection {
  type: "FeatureCollection";
  features: OutlineFeature[];
}

type SourceFeature = z.infer<typeof countyOutlinesSchema>["features"][number];

/** Distance from p to the segment a–b, in degrees of latitude, with longitude shrunk by cos(latitude). */
function distanceToSegment(p: Position, a: Position, b: Position): number {
  const shrink = Math.cos((a[1] * Math.PI) / 180);
  const dx = (b[0] - a[0]) * shrink;
  const dy = b[1] - a[1];
  const px = (p[0] - a[0]) * shrink;
  const py = p[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
  return Math.hypot(px - t * dx, py - t * dy);
}

/** Douglas–Peucker: keeps the points that lie further than `tolerance` from the simplified line. */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length < 3) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function roundRing(ring: readonly Position[], decimals: number): Ring {
  const factor = 10 ** decimals;
  const rounded: Ring = [];
  for (const [lon, lat] of ring) {
    const point: Position = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
    const previous = rounded.at(-1);
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}

/** A closed ring needs four positions (the first repeated last); fewer means it collapsed. */
const isRing = (ring: Ring) => ring.length >= 4;

export function simplifyOutlines(features: readonly SourceFeature[], tolerance = 0.01, decimals = 3): OutlineCollection {
  return {
    type: "FeatureCollection",
    features: features.map(({ properties, geometry }) => {
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      const simplified = polygons
        .map((polygon) => polygon.map((ring) => roundRing(simplifyLine(ring, tolerance), decimals)))
        // A polygon whose outer ring collapsed is gone; collapsed holes are simply dropped.
        .filter((polygon) => isRing(polygon[0]!))
        .map((polygon) => polygon.filter(isRing));
      return {
        type: "Feature",
        properties: { number: properties.number, name: properties.name },
        geometry: { type: "MultiPolygon", coordinates: simplified },
      };
    }),
  };
}
