/**
 * The quick exit's behaviour on every page (the markup is QuickExit.tsx and the skip-link exit in
 * SkipLinks.tsx). Activating the button or any link marked `data-quick-exit`, with a click, Enter
 * or Space, or pressing Shift three times on its own, blanks the page behind an overlay and leaves
 * in the same tab. On `pageshow` (Back, including from the back/forward cache) the page is made
 * usable again.
 */
import { advanceShiftSequence, initialShiftSequence } from "@/lib/quick-exit/shift-sequence";
import { QUICK_EXIT_SHIFT_TIMEOUT_MS } from "@/lib/site/settings";

const HIDE_CONTENT_CLASS = "quick-exit-hide-content";
const OVERLAY_CLASS = "quick-exit-overlay";

function start(root: HTMLElement) {
  const button = root.querySelector<HTMLAnchorElement>("a[data-quick-exit]");
  const indicator = root.querySelector<HTMLElement>(".quick-exit__indicator");
  const status = root.querySelector<HTMLElement>("[data-quick-exit-status]");
  if (!button || !indicator || !status) return;
  const text = root.dataset;

  let sequence = initialShiftSequence;
  let keypressTimer: number | undefined;
  let announcementTimer: number | undefined;

  function showPresses(presses: number) {
    indicator!.dataset.presses = String(presses);
    indicator!.querySelectorAll("span").forEach((dot, index) => dot.classList.toggle("is-pressed", index < presses));
  }

  function announce(message: string) {
    window.clearTimeout(announcementTimer);
    status!.textContent = message;
  }

  function clearTimers() {
    window.clearTimeout(keypressTimer);
    window.clearTimeout(announcementTimer);
  }

  function exitPage() {
    clearTimers();
    document.body.classList.add(HIDE_CONTENT_CLASS);
    const overlay = document.createElement("div");
    overlay.className = OVERLAY_CLASS;
    overlay.setAttribute("role", "alert");
    document.body.append(overlay);
    // Set after insertion so that screen readers announce it.
    overlay.textContent = text.activated ?? "";
    // Nothing the visitor did here may follow them to the other site (see site-search/handoff.ts).
    window.name = "";
    window.location.href = button!.href;
  }

  function expire() {
    sequence = initialShiftSequence;
    showPresses(0);
    announce(text.timedOut ?? "");
    announcementTimer = window.setTimeout(() => announce(""), QUICK_EXIT_SHIFT_TIMEOUT_MS);
  }

  document.addEventListener(
    "keyup",
    (event) => {
      const [next, step] = advanceShiftSequence(sequence, event);
      sequence = next;
      showPresses(next.count);
      if (step.kind === "exit") {
        exitPage();
      } else if (step.kind === "counted") {
        announce((step.remaining === 2 ? text.pressTwoMore : text.pressOneMore) ?? "");
        window.clearTimeout(keypressTimer);
        keypressTimer = window.setTimeout(expire, QUICK_EXIT_SHIFT_TIMEOUT_MS);
      } else if (step.kind === "reset") {
        window.clearTimeout(keypressTimer);
        expire();
      }
    },
    true,
  );

  const exitLinkFrom = (event: Event) => (event.target instanceof Element ? event.target.closest("[data-quick-exit]") : null);

  document.addEventListener("click", (event) => {
    if (!exitLinkFrom(event)) return;
    event.preventDefault();
    exitPage();
  });

  // role="button" promises Space as well as Enter (Enter is a click on a link).
  document.addEventListener("keydown", (event) => {
    if (event.key !== " " || !exitLinkFrom(event)) return;
    event.preventDefault();
    exitPage();
  });

  window.addEventListener("pageshow", () => {
    clearTimers();
    document.querySelectorAll(`.${OVERLAY_CLASS}`).forEach((overlay) => overlay.remove());
    document.body.classList.remove(HIDE_CONTENT_CLASS);
    sequence = initialShiftSequence;
    showPresses(0);
    announce("");
  });
}

const root = document.querySelector<HTMLElement>('[data-island="quick-exit"]');
if (root) start(root);
