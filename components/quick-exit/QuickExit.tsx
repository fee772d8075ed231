"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Dictionary } from "@/lib/i18n/types";
import { advanceShiftSequence, initialShiftSequence, PRESSES_TO_EXIT } from "@/lib/quick-exit/shift-sequence";
import { QUICK_EXIT_SHIFT_TIMEOUT_MS } from "@/lib/site";

const HIDE_CONTENT_CLASS = "quick-exit-hide-content";
const OVERLAY_CLASS = "quick-exit-overlay";

export interface QuickExitProps {
  /** The neutral site to leave for. */
  href: string;
  text: Dictionary["quickExit"];
}

/**
 * "Forlat siden": GOV.UK's Exit this page, rebuilt. Without JavaScript it is a plain link. With
 * it, activating this button or any link marked `data-quick-exit` (the skip-link exit) blanks the
 * page behind an overlay and leaves in the same tab; three lone Shift presses do the same. On
 * `pageshow` (Back, including from the back/forward cache) the page is made usable again.
 */
export function QuickExit({ href, text }: QuickExitProps) {
  const [presses, setPresses] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const sequence = useRef(initialShiftSequence);
  const keypressTimer = useRef<number | undefined>(undefined);
  const announcementTimer = useRef<number | undefined>(undefined);

  const clearTimers = useCallback(() => {
    window.clearTimeout(keypressTimer.current);
    window.clearTimeout(announcementTimer.current);
  }, []);

  const exitPage = useCallback(() => {
    clearTimers();
    document.body.classList.add(HIDE_CONTENT_CLASS);
    const overlay = document.createElement("div");
    overlay.className = OVERLAY_CLASS;
    overlay.setAttribute("role", "alert");
    document.body.append(overlay);
    // Set after insertion so that screen readers announce it.
    overlay.textContent = text.activated;
    window.location.href = href;
  }, [clearTimers, href, text.activated]);

  const expire = useCallback(() => {
    sequence.current = initialShiftSequence;
    setPresses(0);
    setAnnouncement(text.timedOut);
    window.clearTimeout(announcementTimer.current);
    announcementTimer.current = window.setTimeout(() => setAnnouncement(""), QUICK_EXIT_SHIFT_TIMEOUT_MS);
  }, [text.timedOut]);

  useEffect(() => {
    function onKeyUp(event: KeyboardEvent) {
      const [next, step] = advanceShiftSequence(sequence.current, event);
      sequence.current = next;
      setPresses(next.count);
      if (step.kind === "exit") {
        exitPage();
      } else if (step.kind === "counted") {
        window.clearTimeout(announcementTimer.current);
        setAnnouncement(step.remaining === 2 ? text.pressTwoMoreTimes : text.pressOneMoreTime);
        window.clearTimeout(keypressTimer.current);
        keypressTimer.current = window.setTimeout(expire, QUICK_EXIT_SHIFT_TIMEOUT_MS);
      } else if (step.kind === "reset") {
        window.clearTimeout(keypressTimer.current);
        expire();
      }
    }

    function exitLinkFrom(event: Event): Element | null {
      return event.target instanceof Element ? event.target.closest("[data-quick-exit]") : null;
    }

    function onClick(event: MouseEvent) {
      if (!exitLinkFrom(event)) return;
      event.preventDefault();
      exitPage();
    }

    // role="button" promises Space as well as Enter.
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== " " || !exitLinkFrom(event)) return;
      event.preventDefault();
      exitPage();
    }

    function onPageShow() {
      clearTimers();
      document.querySelectorAll(`.${OVERLAY_CLASS}`).forEach((overlay) => overlay.remove());
      document.body.classList.remove(HIDE_CONTENT_CLASS);
      sequence.current = initialShiftSequence;
      setPresses(0);
      setAnnouncement("");
    }

    document.addEventListener("keyup", onKeyUp, true);
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("click", onClick);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      clearTimers();
      document.removeEventListener("keyup", onKeyUp, true);
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("click", onClick);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [clearTimers, exitPage, expire, text.pressOneMoreTime, text.pressTwoMoreTimes]);

  return (
    <div className="quick-exit">
      <div className="quick-exit__inner">
        <a
          href={href}
          role="button"
          draggable={false}
          rel="nofollow noreferrer"
          data-quick-exit=""
          className="quick-exit__button"
        >
          <span className="sr-only">{text.hiddenPrefix} </span>
          {text.button}
        </a>
        <div className="quick-exit__indicator" aria-hidden="true" data-presses={presses}>
          {Array.from({ length: PRESSES_TO_EXIT }, (_, index) => (
            <span key={index} className={index < presses ? "is-pressed" : undefined} />
          ))}
        </div>
        <span className="sr-only" role="status">
          {announcement}
        </span>
      </div>
    </div>
  );
}
