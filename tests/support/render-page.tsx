/**
 * Renders one Markdown page the way the build does (app/_templates/markdown-page.tsx) and prints
 * its HTML: for the editor's tests, which change the content of a copy of the repository and need
 * the resulting page without a whole `next build`. Run it with the copy as the working directory:
 * `tsx tests/support/render-page.tsx nb parorende`.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { MarkdownPage } from "../../app/_templates/markdown-page";
import { type Locale, locales } from "../../lib/i18n/config";

const [locale, ...slug] = process.argv.slice(2);
if (!locales.includes(locale as Locale)) throw new Error(`Usage: render-page.tsx <${locales.join("|")}> [path segments…]`);
process.stdout.write(renderToStaticMarkup(await MarkdownPage({ locale: locale as Locale, slug })));
