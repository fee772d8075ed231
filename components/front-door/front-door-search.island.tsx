/**
 * The home page's place search (FrontDoorSearch, rendered into the page by FrontDoor.finder.tsx).
 * The page loads only this: React, the search and its data come when the visitor first moves into
 * the field (front-door-search.hydrate.tsx, a chunk of its own), so that a visit that never uses it
 * stays as light as any static page. A search sent before React has taken over waits for it.
 */
function startPlaceSearch(container: HTMLElement, form: HTMLFormElement) {
  let hydrated: Promise<void> | null = null;

  const hydrate = () =>
    (hydrated ??= import("./front-door-search.hydrate")
      .then(({ hydrate }) => hydrate(container))
      .then(() => {
        container.removeEventListener("focusin", onFirstUse);
        form.removeEventListener("submit", holdSubmit);
      })
      .catch((error: unknown) => {
        hydrated = null;
        throw error;
      }));

  function onFirstUse() {
    hydrate().catch(() => undefined);
  }

  function holdSubmit(event: SubmitEvent) {
    event.preventDefault();
    // Without the search's code (offline, say), the finder page is the way on; nothing typed goes with it.
    hydrate().then(
      () => form.requestSubmit(),
      () => window.location.assign(form.action),
    );
  }

  container.addEventListener("focusin", onFirstUse);
  form.addEventListener("submit", holdSubmit);
}

const container = document.querySelector<HTMLElement>('[data-island="front-door-search"]');
const form = container?.querySelector("form");
if (container && form) startPlaceSearch(container, form);
