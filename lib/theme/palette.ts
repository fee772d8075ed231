/**
 * The site's colours as app/globals.css declares them in @theme (`--color-brand-dark: #153f3c;`),
 * so that the contrast test and the share images use exactly what the site ships.
 */
export function paletteFromCss(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map(([, name, hex]) => [name!, hex!]));
}
