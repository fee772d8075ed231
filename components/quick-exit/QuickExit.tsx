import type { Dictionary } from "@/lib/i18n/types";
import { PRESSES_TO_EXIT } from "@/lib/quick-exit/shift-sequence";
import "./quick-exit.css";

export interface QuickExitProps {
  /** The neutral site to leave for. */
  href: string;
  text: Dictionary["quickExit"];
}

/**
 * "Forlat siden": GOV.UK's Exit this page, rebuilt. This renders the markup only: a plain link
 * that works without JavaScript. Its behaviour (click, Enter, Space, Shift×3, the overlay, Back)
 * is quick-exit.island.ts, the same script on every page, which reads the texts it announces from
 * the data attributes here.
 */
export function QuickExit({ href, text }: QuickExitProps) {
  return (
    <div
      className="quick-exit"
      data-island="quick-exit"
      data-activated={text.activated}
      data-timed-out={text.timedOut}
      data-press-two-more={text.pressTwoMoreTimes}
      data-press-one-more={text.pressOneMoreTime}
    >
      <div className="quick-exit__inner">
        <a href={href} role="button" draggable={false} rel="nofollow noreferrer" data-quick-exit="" className="quick-exit__button">
          <span className="sr-only">{text.hiddenPrefix} </span>
          {text.button}
        </a>
        <div className="quick-exit__indicator" aria-hidden="true" data-presses="0">
          {Array.from({ length: PRESSES_TO_EXIT }, (_, index) => (
            <span key={index} />
          ))}
        </div>
        <span className="sr-only" role="status" data-quick-exit-status="" />
      </div>
    </div>
  );
}
