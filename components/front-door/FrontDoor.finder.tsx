import type { Dictionary } from "@/lib/i18n/types";

export interface FinderSlotProps {
  href: string;
  text: Pick<Dictionary["home"], "finderRegion" | "finderLink">;
}

/** The id of the home page's finder region, where the place search will grow from this link. */
const FINDER_SLOT_ID = "finn-senter";

/**
 * The first thing on the home page: the way to a centre. Without JavaScript (and until the home
 * page's own search field is built on top of it) it is a plain link to the finder page.
 */
export function FinderSlot({ href, text }: FinderSlotProps) {
  return (
    <section id={FINDER_SLOT_ID} className="front-door__finder" aria-label={text.finderRegion}>
      <a href={href} className="front-door__finder-link">
        {text.finderLink}
      </a>
    </section>
  );
}
