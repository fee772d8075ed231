import { z } from "zod";
import raw from "@/content/help-lines.json";
import { nb } from "../i18n/nb";
import { isSameNumber } from "./digits";
import { parseDataFile } from "../schema/validation";

type HelpLineId = keyof typeof nb.helpNow.lines;
const helpLineIds = Object.keys(nb.helpNow.lines) as [HelpLineId, ...HelpLineId[]];

/**
 * A national phone line. The number is shown as written (`number`) and dialled from `tel`;
 * the two are checked against each other so that a link can never dial something else.
 */
export const helpLineSchema = z
  .object({
    id: z.enum(helpLineIds),
    number: z.string().regex(/^\d{3}( \d{2,3})*$/, "write the number in groups, e.g. 116 117"),
    tel: z.string().regex(/^\+?\d{3,12}$/, "digits only, optionally starting with +47"),
    emergency: z.boolean(),
    source: z.url({ protocol: /^https$/ }),
  })
  .strict()
  .refine((line) => isSameNumber(line.number, line.tel), {
    message: "tel and number must be the same digits",
    path: ["tel"],
  });

export type HelpLine = z.infer<typeof helpLineSchema>;

export const helpLines: readonly HelpLine[] = parseDataFile(z.array(helpLineSchema), raw, "content/help-lines.json");

/** One line by its id; the file must list every line the site names, so a missing one stops the build. */
export function helpLine(id: HelpLineId): HelpLine {
  const line = helpLines.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`content/help-lines.json must list ${id}`);
  return line;
}

/** The national lines, free and open day and night, offered wherever a centre's own number is unknown. */
export const alternativeLines: readonly HelpLine[] = (["hjelpetelefonen", "voLinjen"] as const).map(helpLine);
