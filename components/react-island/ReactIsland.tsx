import type { ComponentType } from "react";

export interface ReactIslandProps<P extends object> {
  /** The island's name: `<name>.island.tsx` beside the component starts it (README, "Islands"). */
  name: string;
  component: ComponentType<P>;
  /** Plain data only: they travel to the browser as JSON, and the browser must render exactly what the build did. */
  props: P;
  className?: string;
}

/**
 * A React component on a page that ships no React (docs/adr/0011-islands.md): rendered into the
 * page's HTML at build time like everything else, with its props beside it as JSON, so that its
 * island script can hydrate it later (hydrateIsland) on a root of its own, without the whole
 * page's runtime. The island decides when: at once, when idle, or when first used.
 */
export function ReactIsland<P extends object>({ name, component: Component, props, className }: ReactIslandProps<P>) {
  return (
    <div data-island={name} data-props={JSON.stringify(props)} className={className}>
      <Component {...props} />
    </div>
  );
}
