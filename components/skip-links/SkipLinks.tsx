import type { Dictionary } from "@/lib/i18n/types";
import "./skip-links.css";

export interface SkipLinksProps {
  mainId: string;
  exitHref: string;
  frame: Dictionary["frame"];
  quickExit: Dictionary["quickExit"];
}

/**
 * The first two Tab stops on every page: skip to the content, and a second quick exit for
 * keyboard and screen-reader users, as GOV.UK places it. Both stay hidden until focused.
 */
export function SkipLinks({ mainId, exitHref, frame, quickExit }: SkipLinksProps) {
  return (
    <div className="skip-links">
      <a href={`#${mainId}`} className="skip-link">
        {frame.skipToContent}
      </a>
      <a href={exitHref} rel="nofollow noreferrer" data-quick-exit="" className="skip-link skip-link--exit">
        <span className="sr-only">{quickExit.hiddenPrefix} </span>
        {quickExit.button}
      </a>
    </div>
  );
}
