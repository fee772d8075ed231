import { z } from "zod";
import { pastCalendarDate } from "../schema/dates";
import { isSeedFileName } from "./seeds";
import { isPublicUrl } from "./sources";

const source = z.string().refine((value) => isSeedFileName(value) || isPublicUrl(value), {
  error: "must be a public http(s) URL or the file name of a document in ../shared/seeds",
});

/** Interactive parts a Markdown page can ask for; the page route renders each after the body. */
export const pageEmbeds = ["financing-calculator", "children-offer-centres", "agreements-by-centre", "registry-coverage"] as const;
export type PageEmbed = (typeof pageEmbeds)[number];

/**
 * The frontmatter every Markdown page starts with. Unknown keys are refused to catch typos. The
 * keys are in the order the files write them: the editor writes them in this order
 * (lib/cms/markdown-file.ts).
 */
export const frontmatterSchema = z
  .object({
    title: z.string().trim().min(2, "must say what the page is about").max(80, "must be 80 characters or fewer"),
    description: z
      .string()
      .trim()
      .min(50, "must be at least 50 characters: it is the page's summary in search results")
      .max(170, "must be 170 characters or fewer, or search engines cut it"),
    updated: pastCalendarDate,
    /** Position among its section's pages; lower comes first. */
    order: z.number().int().nonnegative().optional(),
    embed: z.enum(pageEmbeds, { error: `must be one of: ${pageEmbeds.join(", ")}` }).optional(),
    /** The path of the same page in the other language, which the language switch and hreflang lead to. */
    translation: z.string().regex(/^\/([a-z0-9-]+\/)*$/, "must be a site path with a trailing slash, e.g. /akutt-hjelp/").optional(),
    sources: z.array(source).min(1, "must list at least one source: every fact on the site has one"),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
