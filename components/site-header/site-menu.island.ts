/**
 * The header's "Meny" (markup: SiteHeader.tsx), a <details> element that needs no script to open
 * and close. This adds what a script can: Escape closes the open menu and puts focus back on
 * "Meny"; and on a wide screen, in a browser that cannot show a closed <details>' content by
 * itself (no ::details-content), it keeps the menu open, as site-header.css does elsewhere.
 */
const WIDE = "(min-width: 40em)";

function startMenu(menu: HTMLDetailsElement) {
  const button = menu.querySelector("summary");
  if (!button) return;

  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open || window.matchMedia(WIDE).matches) return;
    menu.open = false;
    button.focus();
  });

  if (CSS.supports("selector(::details-content)")) return;
  const wide = window.matchMedia(WIDE);
  const follow = () => {
    menu.open = wide.matches;
  };
  follow();
  wide.addEventListener("change", follow);
}

const menu = document.querySelector<HTMLDetailsElement>('details[data-island="site-menu"]');
if (menu) startMenu(menu);
