import type { QrCodeShape } from "@/lib/share/qr-code";

export interface QrCodeProps {
  shape: QrCodeShape;
  label: string;
}

/** A QR code as inline SVG: black on white whatever the theme, with sharp module edges for scanners. */
export function QrCode({ shape, label }: QrCodeProps) {
  return (
    <svg className="poster__qr" viewBox={`0 0 ${shape.size} ${shape.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={shape.size} height={shape.size} fill="#ffffff" />
      <path d={shape.path} fill="#000000" />
    </svg>
  );
}
