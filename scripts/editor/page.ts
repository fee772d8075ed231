/**
 * The editor page's own script, bundled into out/admin/editor.js by scripts/editor/build.ts. It
 * runs before Decap CMS's bundle: it stops Decap from starting on its own, teaches it to read
 * and write the repository's files exactly as they are written (lib/cms/json-file.ts,
 * lib/cms/markdown-file.ts), turns uploads off, and starts it with the generated configuration.
 */
import type { EditorConfig, editorFormats, editorSchemas } from "../../lib/cms/config";
import { type EditorFileFormat, jsonFileFormat, recordFileFormat } from "../../lib/cms/json-file";
import { markdownFileFormat } from "../../lib/cms/markdown-file";

interface EditorPageData {
  config: EditorConfig;
  schemas: typeof editorSchemas;
  formats: typeof editorFormats;
  helpLinesField: string;
  sourceTableFields: { list: string; key: string };
  uploadsOff: string;
  phrases: Phrases;
}

interface Phrases {
  [key: string]: string | Phrases;
}

/** Written in by esbuild's `define` at build time. */
declare const EDITOR_PAGE_DATA: EditorPageData;

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: EditorFileFormat): void;
  registerMediaLibrary(library: { name: string; init: () => Promise<object> }): void;
  registerLocale(locale: string, phrases: Phrases): void;
  getLocale(locale: string): Phrases | undefined;
  init(options: { config: EditorPageData["config"] }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

const { config, schemas, formats, helpLinesField, sourceTableFields, uploadsOff, phrases } = EDITOR_PAGE_DATA;

function mergePhrases(base: Phrases, changes: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = merged[key];
    merged[key] = typeof value === "object" && typeof current === "object" ? mergePhrases(current, value) : value;
  }
  return merged;
}

window.CMS_MANUAL_INIT = true;

// Decap's bundle is the next script on the page; it has run by the time the document is parsed.
window.addEventListener("DOMContentLoaded", () => {
  const cms = window.CMS;
  if (!cms) throw new Error("Decap CMS did not load: /admin/decap-cms.js is missing from the build");
  cms.registerCustomFormat(formats.centre, "json", jsonFileFormat(schemas.centre));
  cms.registerCustomFormat(formats.helpLines, "json", jsonFileFormat(schemas.helpLines, helpLinesField));
  cms.registerCustomFormat(formats.page, "md", markdownFileFormat(schemas.page));
  cms.registerCustomFormat(formats.sources, "json", recordFileFormat(schemas.sources, sourceTableFields.list, sourceTableFields.key));
  // Uploads would publish files without review; a media library that offers none hides the button.
  cms.registerMediaLibrary({
    name: config.media_library.name,
    init: () => Promise.resolve({ show: () => window.alert(uploadsOff), enableStandalone: () => false }),
  });
  cms.registerLocale(config.locale, mergePhrases(cms.getLocale(config.locale) ?? {}, phrases));
  cms.init({ config });
});
