import type { Dictionary } from "@/lib/i18n/types";
import "./easy-read-link.css";

export interface EasyReadLinkProps {
  /** The easy-to-read section's landing page. */
  href: string;
  text: Pick<Dictionary["frame"], "easyRead" | "easyReadDescription">;
}

/**
 * The header's way to the easy-to-read pages, beside the language switch. Its visible label is
 * the Norwegian word "Lettlest" on every page, marked as bokmål; a screen reader also hears what
 * it is in the page's language, after the label so that the spoken name starts with what is seen.
 */
export function EasyReadLink({ href, text }: EasyReadLinkProps) {
  return (
    <a href={href} hrefLang="nb" className="easy-read-link">
      <span lang="nb">{text.easyRead}</span>
      <span className="sr-only"> – {text.easyReadDescription}</span>
    </a>
  );
}
