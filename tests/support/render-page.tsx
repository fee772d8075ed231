/**
 * Renders one Markdown page the way the build does (app/_templates/markdown-page.tsx) and prints
 * its HTML: for the editor's tests, which change the content of a copy of the repository and need
 * the resulting page without a whole `next build`. Run it with the copy as the working directory:
 * `tsx tests/support/render-page.tsx nb parorende`, without the react-server condition (React's
 * static renderer is not in that build).
 */
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import { renderToStaticMarkup } from "react-dom/server";
import { type Locale, locales } from "../../lib/i18n/config";

// Components import their stylesheets, which only Next knows how to load; the HTML needs none of them.
const ignoreStylesheets =
  "export async function load(url, context, next) { return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context); }";
register(`data:text/javascript,${encodeURIComponent(ignoreStylesheets)}`);
// lib's file-reading modules import "server-only", which throws outside a server build; this is one.
const serverOnly = new URL("node_modules/server-only/empty.js", pathToFileURL(`${process.cwd()}/`)).href;
const allowServerOnly = `export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: ${JSON.stringify(serverOnly)}, shortCircuit: true } : next(specifier, context); }`;
register(`data:text/javascript,${encodeURIComponent(allowServerOnly)}`);
const { MarkdownPage } = await import("../../app/_templates/markdown-page");

const [locale, ...slug] = process.argv.slice(2);
if (!locales.includes(locale as Locale)) throw new Error(`Usage: render-page.tsx <${locales.join("|")}> [path segments…]`);
process.stdout.write(renderToStaticMarkup(await MarkdownPage({ locale: locale as Locale, slug })));
