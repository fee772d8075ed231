import { frontmatterSchema } from "../content/frontmatter";
import type { PageSummary } from "../content/pages";
import { SEED_FILE_NAME, sourceName, sourceTable, sourceTableSchema } from "../content/sources";
import type { County, Municipality } from "../geo/geography";
import { helpLineSchema } from "../phone/help-lines";
import type { Locale } from "../i18n/config";
import { editorText } from "../i18n/editor";
import { fill } from "../i18n/format";
import { centreRecordSchema } from "../registry/schema";
import { type EditorField, type FormOptions, formFields } from "./fields";
import { type JsonSchema, jsonSchemaOf } from "./json-schema";
import type { EditorSettings } from "./settings";

/**
 * The configuration of the editor at /admin/ (Decap CMS), generated at build time from the zod
 * schemas, the text in lib/i18n/editor.ts and the content folders, so that a field added to a
 * schema, a language or a section appears in the editor by itself.
 */

/** The custom formats the editor page registers (scripts/editor/page.ts), by collection. */
export const editorFormats = {
  centre: "centre-json",
  helpLines: "help-lines-json",
  page: "page-markdown",
  sources: "source-table-json",
} as const;

/** The schemas the editor's forms and formats are made from. */
export const editorSchemas = {
  centre: jsonSchemaOf(centreRecordSchema),
  helpLines: jsonSchemaOf(helpLineSchema.array()),
  page: jsonSchemaOf(frontmatterSchema),
  sources: jsonSchemaOf(sourceTableSchema),
} satisfies Record<keyof typeof editorFormats, JsonSchema>;

/** The help lines file is a list; the editor edits it as this one list field. */
export const HELP_LINES_FIELD = "lines";

/** The table of sources is keyed by the cited source; the editor edits it as a list whose items carry their key. */
export const SOURCE_TABLE_FIELDS = { list: "entries", key: "key" } as const;

/** A cited source in the page and registry forms: a web address or a seed document's file name, as the schemas check. */
const SOURCE_REFERENCE_PATTERN = `^(?:https?://\\S+|${SEED_FILE_NAME.source.slice(1, -1)})$`;

/** A folder of Markdown pages: a language's top level, or one of its sections. */
interface PageFolder {
  locale: Locale;
  /** The section's folder name, or null for the language's top-level pages. */
  section: string | null;
  /** The section's title, from its landing page. */
  title: string | null;
}

interface EditorConfigInput {
  settings: EditorSettings;
  municipalities: readonly Pick<Municipality, "number" | "name" | "countyNumber">[];
  counties: readonly Pick<County, "number" | "name">[];
  pageFolders: readonly PageFolder[];
  siteUrl: string;
}

/**
 * The folders a language's pages are in: its top level and each section, with the section's
 * title from its landing page. Read from the content, so that a new section gets a collection.
 */
export function pageFoldersFor(locale: Locale, pages: readonly Pick<PageSummary, "slug" | "file" | "frontmatter">[]): PageFolder[] {
  const prefix = `content/${locale}/`;
  const folders = new Set(pages.map((page) => page.file.split(/[\\/]/).join("/").slice(prefix.length).split("/").slice(0, -1).join("/")));
  return [...folders].sort().map((folder) => ({
    locale,
    section: folder || null,
    title: folder ? (pages.find((page) => page.slug.join("/") === folder)?.frontmatter.title ?? null) : null,
  }));
}

/** A page folder's path in the repository: content/nb, content/nb/parorende. */
function pageFolderPath(folder: Pick<PageFolder, "locale" | "section">): string {
  return ["content", folder.locale, ...(folder.section ? [folder.section] : [])].join("/");
}

/** The name a language has in bokmål ("engelsk"), from the platform, so that a new locale needs no entry here. */
function languageName(locale: Locale): string {
  return new Intl.DisplayNames("nb", { type: "language" }).of(locale) ?? locale;
}

function centreFields({ municipalities, counties }: EditorConfigInput): EditorField[] {
  const countyName = new Map(counties.map((county) => [county.number, county.name]));
  const municipalityChoices = [...municipalities]
    .sort((a, b) => a.name.localeCompare(b.name, "nb"))
    .map((municipality) => ({ label: `${municipality.name} (${countyName.get(municipality.countyNumber)})`, value: municipality.number }));
  const countyChoices = counties.map((county) => ({ label: county.name, value: county.number }));
  const options: FormOptions = {
    common: editorText.common,
    choices: {
      municipality: municipalityChoices,
      "hostMunicipalities[]": municipalityChoices,
      "contributingMunicipalities[]": municipalityChoices,
      county: countyChoices,
      "countiesServed[]": countyChoices,
      "sources.seed": Object.keys(sourceTable)
        .filter((reference) => SEED_FILE_NAME.test(reference))
        .map((reference) => ({ label: sourceName(reference), value: reference })),
    },
    longText: new Set([
      "phoneNote.nb",
      "phoneNote.en",
      "childrenOffer.nb",
      "childrenOffer.en",
      "audienceNote.nb",
      "audienceNote.en",
      "notes",
    ]),
    summaries: { sources: "{{fields.url}}{{fields.seed}}{{fields.description}}" },
  };
  return formFields(editorSchemas.centre, editorText.fields.centre, options);
}

/** The frontmatter's fields and the body. */
export function pageFields(): EditorField[] {
  const options: FormOptions = {
    common: editorText.common,
    // The schema checks a source with a refinement, which JSON Schema cannot carry.
    patterns: { "sources[]": SOURCE_REFERENCE_PATTERN },
    longText: new Set(["description"]),
  };
  const body: EditorField = {
    name: "body",
    ...editorText.body,
    widget: "markdown",
    required: true,
    modes: ["raw"],
    sanitize_preview: true,
  };
  return [...formFields(editorSchemas.page, editorText.fields.page, options), body];
}

export function helpLineFields(): EditorField[] {
  return formFields(editorSchemas.helpLines.items!, editorText.fields.helpLine, { common: editorText.common });
}

/** One entry of the table of sources: the cited source it describes, then the entry's own fields. */
export function sourceEntryFields(): EditorField[] {
  const { key, ...entry } = editorText.fields.source;
  const keyField: EditorField = {
    name: SOURCE_TABLE_FIELDS.key,
    ...key,
    widget: "string",
    required: true,
    pattern: [SOURCE_REFERENCE_PATTERN, key.invalid!],
  };
  return [keyField, ...formFields(editorSchemas.sources.additionalProperties as JsonSchema, entry, { common: editorText.common })];
}

function pageCollection(folder: PageFolder) {
  const language = languageName(folder.locale);
  const label = folder.section
    ? fill(editorText.collections.sectionPages, { section: folder.title ?? folder.section, language })
    : fill(editorText.collections.topPages, { language });
  return {
    name: ["sider", folder.locale, ...(folder.section ? [folder.section] : [])].join("-"),
    label,
    label_singular: editorText.collections.pageSingular,
    description: editorText.collections.pagesDescription,
    folder: pageFolderPath(folder),
    extension: "md",
    format: editorFormats.page,
    create: true,
    delete: false,
    identifier_field: "title",
    slug: "{{slug}}",
    summary: "{{title}}",
    sortable_fields: ["title", "updated"],
    fields: pageFields(),
  };
}

/** The backend for the configured git host; Decap replaces it with decap-server when the page runs on localhost. */
function backendConfig(settings: EditorSettings) {
  const common = { repo: settings.repo ?? undefined, branch: settings.branch, squash_merges: true };
  if (settings.gitHost === "github")
    return { name: "github", ...common, base_url: settings.authUrl ?? undefined, api_root: settings.apiRoot };
  return {
    name: settings.gitHost,
    ...common,
    base_url: settings.hostUrl,
    api_root: settings.apiRoot,
    app_id: settings.appId ?? undefined,
    ...(settings.gitHost === "gitlab" && { auth_type: "pkce" }),
  };
}

/** The whole Decap CMS configuration, passed to CMS.init by the editor page. */
export function editorConfig(input: EditorConfigInput) {
  const { settings } = input;
  return {
    load_config_file: false,
    backend: backendConfig(settings),
    local_backend: { url: settings.localProxyUrl },
    publish_mode: "editorial_workflow",
    locale: "nb_no",
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    // Uploads would go live without review: the editor page registers a media library that offers
    // none. Decap still lists the media folder; this one does not exist, so the list is empty.
    media_library: { name: "uploads-off" },
    media_folder: "content/media",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      {
        name: "sentre",
        label: editorText.collections.centres.label,
        label_singular: editorText.collections.centres.singular,
        description: editorText.collections.centres.description,
        folder: "content/centres",
        extension: "json",
        format: editorFormats.centre,
        create: true,
        delete: false,
        identifier_field: "id",
        slug: "{{id}}",
        summary: "{{name}}",
        sortable_fields: ["name", "lastVerified"],
        // A record is data, not a page: a preview would only repeat the form.
        editor: { preview: false },
        fields: centreFields(input),
      },
      ...input.pageFolders.map(pageCollection),
      {
        name: "kildeliste",
        label: editorText.collections.sources.label,
        description: editorText.collections.sources.description,
        format: editorFormats.sources,
        delete: false,
        editor: { preview: false },
        files: [
          {
            name: "kildeliste",
            label: editorText.collections.sources.file,
            file: "content/sources.json",
            fields: [
              {
                name: SOURCE_TABLE_FIELDS.list,
                label: editorText.sourceList.label,
                hint: editorText.sourceList.hint,
                label_singular: editorText.sourceList.item,
                widget: "list",
                summary: "{{fields.publisher}}: {{fields.key}}",
                fields: sourceEntryFields(),
              },
            ],
          },
        ],
      },
      {
        name: "hjelpetelefoner",
        label: editorText.collections.helpLines.label,
        description: editorText.collections.helpLines.description,
        format: editorFormats.helpLines,
        delete: false,
        editor: { preview: false },
        files: [
          {
            name: "hjelpetelefoner",
            label: editorText.collections.helpLines.file,
            file: "content/help-lines.json",
            fields: [
              {
                name: HELP_LINES_FIELD,
                label: editorText.helpLinesList.label,
                hint: editorText.helpLinesList.hint,
                label_singular: editorText.helpLinesList.item,
                widget: "list",
                allow_add: false,
                allow_remove: false,
                summary: "{{fields.number}}",
                fields: helpLineFields(),
              },
            ],
          },
        ],
      },
    ],
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;
