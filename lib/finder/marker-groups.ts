/**
 * Which map markers would cover each other on screen, worked out in pixels. Markers that overlap
 * are drawn as one group marker, so that every marker a finger or a pointer can hit is at least
 * 24 × 24 pixels and not hidden behind another (WCAG 2.2, 2.5.8 Target Size). Pure, so that the
 * rules are tested without a map.
 */

/** A marker's box on screen: its centre in pixels, and its size. */
export interface MarkerBox<T> {
  item: T;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The space kept between two markers, so that neither is obscured and each has room around it. */
export const MARKER_GAP = 4;

function overlaps(a: MarkerBox<unknown>, b: MarkerBox<unknown>, gap: number): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;
}

/**
 * The markers in groups that overlap, directly or through a chain of overlaps; each group is in
 * input order, and the groups are in the order of their first marker.
 */
export function overlappingGroups<T>(boxes: readonly MarkerBox<T>[], gap = MARKER_GAP): MarkerBox<T>[][] {
  const parent = boxes.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!, boxes[j]!, gap)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, MarkerBox<T>[]>();
  boxes.forEach((box, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), box]);
  });
  return [...groups.values()];
}

/**
 * How many zoom levels in (each doubles every distance on screen) a group needs before none of
 * its markers overlaps another: what a group marker does when it is pressed.
 */
export function zoomLevelsToSeparate(group: readonly MarkerBox<unknown>[], gap = MARKER_GAP): number {
  let scale = 1;
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i]!;
      const b = group[j]!;
      const needX = ((a.width + b.width) / 2 + gap) / Math.abs(a.x - b.x);
      const needY = ((a.height + b.height) / 2 + gap) / Math.abs(a.y - b.y);
      scale = Math.max(scale, Math.min(needX, needY));
    }
  }
  return Number.isFinite(scale) ? Math.ceil(Math.log2(scale)) : Number.POSITIVE_INFINITY;
}

/**
 * Horizontal offsets that put markers side by side, centred on their common point: for centres
 * that share a point (both placed at their municipality's point) or lie so close that no zoom
 * level separates them.
 */
export function sideBySideOffsets(widths: readonly number[], gap = MARKER_GAP): number[] {
  const total = widths.reduce((sum, width) => sum + width, 0) + gap * (widths.length - 1);
  let left = -total / 2;
  return widths.map((width) => {
    const centre = left + width / 2;
    left += width + gap;
    return centre;
  });
}
