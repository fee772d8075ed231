/**
 * The header's search field on every page (markup: HeaderSearch.tsx). It hands the query to the
 * search page without the URL (handoff.ts) and empties the field, so that Back never shows it again.
 */
import { discardPendingSearch, isSearchPage, requestSearch } from "./handoff";

function start(form: HTMLFormElement) {
  const field = form.querySelector<HTMLInputElement>("input[type=search]");
  if (!field) return;
  const searchHref = form.getAttribute("action") ?? "/";
  // A query meant for the search page that never arrived there must not linger in the tab.
  if (!isSearchPage(window.location.pathname, searchHref)) discardPendingSearch();

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = field.value;
    field.value = "";
    requestSearch(query, searchHref);
  });
  // The back/forward cache keeps what was typed; a shared device must not show it.
  window.addEventListener("pageshow", () => {
    field.value = "";
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-island="header-search"]');
if (form) start(form);
