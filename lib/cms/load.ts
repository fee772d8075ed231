import { listPageSummaries } from "../content/pages";
import { loadGeography } from "../geo/load";
import { locales } from "../i18n/config";
import { SITE_URL } from "../site/settings";
import { type EditorConfig, editorConfig, pageFoldersFor } from "./config";
import { editorSettings } from "./settings";

/** The editor's configuration for this checkout: its geography, its content's folders, and the settings in `env`. */
export async function loadEditorConfig(env: Readonly<Record<string, string | undefined>>): Promise<EditorConfig> {
  const geography = loadGeography();
  const pageFolders = (await Promise.all(locales.map(async (locale) => pageFoldersFor(locale, await listPageSummaries(locale))))).flat();
  return editorConfig({
    settings: editorSettings(env),
    municipalities: geography.municipalities,
    counties: geography.counties,
    pageFolders,
    siteUrl: SITE_URL,
  });
}
