import { type ComponentType, useEffect } from "react";
import { hydrateRoot } from "react-dom/client";

/**
 * Hydrates a ReactIsland's component in the browser, from the props the build wrote beside it.
 * React keeps the elements the page already shows, focus and anything typed included, and
 * attaches the component's behaviour to them. Resolves once it has: from then on, the
 * component's own event handlers answer.
 */
export function hydrateIsland<P extends object>(container: HTMLElement, Component: ComponentType<P>): Promise<void> {
  const props = JSON.parse(container.dataset.props ?? "{}") as P;
  return new Promise((resolve) => {
    // Renders nothing of its own, so the HTML still matches; its effect runs after every effect below it.
    function Hydrated() {
      useEffect(() => resolve(), []);
      return <Component {...props} />;
    }
    hydrateRoot(container, <Hydrated />);
  });
}
