import { create } from "qrcode";

/** The white margin scanners need around a QR code, in modules (the standard's minimum). */
const QUIET_ZONE = 4;

export interface QrCodeShape {
  /** Width and height in modules, the quiet zone included: the SVG's viewBox. */
  size: number;
  /** One SVG path of every dark module, a row's neighbouring modules joined into one rectangle. */
  path: string;
}

/**
 * A QR code for `text` as the shape of an SVG path, made at build time so that the page needs no
 * script and asks no other host for an image. Level M survives a poster's scuffs and folds.
 */
export function qrCodeShape(text: string): QrCodeShape {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const rects: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < modules.size && modules.get(row, col + 1)) col++;
      const run = col - start + 1;
      rects.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: rects.join("") };
}
