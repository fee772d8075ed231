/**
 * Renders one Markdown page the way the build does (app/_templates/markdown-page.tsx) and prints
 * its HTML: for the editor's tests, which change the content of a copy of the repository and need
 * the resulting page without a whole `next build`. Run it with the copy as the working directory:
 * `tsx tests/support/render-page.tsx nb parorende`.
 */
import { register } from "node:module";
import { renderToStaticMarkup } from "react-dom/server";
import { type Locale, locales } from "../../lib/i18n/config";

// Components import their stylesheets, which only Next knows how to load; the HTML needs none of them.
const ignoreStylesheets = "export async function load(url, context, next) { return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context); }";
register(`data:text/javascript,${encodeURIComponent(ignoreStylesheets)}`);
const { MarkdownPage } = await import("../../app/_templates/markdown-page");

const [locale, ...slug] = process.argv.slice(2);
if (!locales.includes(locale as Locale)) throw new Error(`Usage: render-page.tsx <${locales.join("|")}> [path segments…]`);
process.stdout.write(renderToStaticMarkup(await MarkdownPage({ locale: locale as Locale, slug })));
