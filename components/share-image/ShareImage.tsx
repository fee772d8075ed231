import { ImageResponse } from "next/og";
import { SHARE_IMAGE_SIZE } from "@/lib/share/image";

/** The site's colours the image uses, by their @theme names in app/globals.css. */
export interface ShareImageColours {
  "brand-dark": string;
  paper: string;
  sand: string;
}

export interface ShareImageProps {
  title: string;
  siteName: string;
  tagline: string;
  colours: ShareImageColours;
  /** The site's icon (app/icon.svg), drawn beside the name. */
  iconSvg: string;
}

/** Shorter titles get larger type; the longest (about 80 characters) still fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 28) return 88;
  if (title.length <= 50) return 72;
  return 60;
}

/**
 * The picture shared links show: the page's title large on the site's dark green, the site's name
 * and what it is for above it. Satori draws it, so it is inline-styled flex boxes only.
 */
function ShareImage({ title, siteName, tagline, colours, iconSvg }: ShareImageProps) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 80px 72px",
        background: colours["brand-dark"],
        color: colours.paper,
        borderBottom: `20px solid ${colours.sand}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 28 }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws plain <img>; next/image is for pages. */}
        <img src={`data:image/svg+xml;base64,${Buffer.from(iconSvg).toString("base64")}`} width={88} height={88} alt="" />
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 44, lineHeight: 1.1 }}>{siteName}</div>
          <div style={{ fontSize: 28, lineHeight: 1.3, color: colours.sand }}>{tagline}</div>
        </div>
      </div>
      <div style={{ display: "flex", fontSize: titleSize(title), lineHeight: 1.15, letterSpacing: -1 }}>{title}</div>
    </div>
  );
}

/** The fonts option of ImageResponse. */
export type ShareImageFonts = NonNullable<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]>;

/**
 * The fonts every image is drawn with: the one bold face, shipped in the repo. Satori parses the
 * fonts once per array it is given, so make this once and pass the same array to every image.
 */
export function shareImageFonts(name: string, data: ArrayBuffer): ShareImageFonts {
  return [{ name, data, weight: 700, style: "normal" }];
}

/** The image as PNG bytes, drawn with the copy of @vercel/og built into Next. */
export async function renderShareImage(props: ShareImageProps, fonts: ShareImageFonts): Promise<Uint8Array> {
  const response = new ImageResponse(<ShareImage {...props} />, { ...SHARE_IMAGE_SIZE, fonts });
  return new Uint8Array(await response.arrayBuffer());
}
