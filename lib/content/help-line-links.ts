import type { Link, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { HelpLine } from "../phone/help-lines";

/*
 * Markdown names a national help line by its id, `<help-line:voLinjen>` (a CommonMark autolink,
 * which every Markdown editor keeps), and the page shows the number from content/help-lines.json
 * as a `tel:` link. A number typed by hand can be mistyped; one read from the sourced data file
 * cannot drift from it.
 */

const SCHEME = "help-line:";

export interface HelpLineLinkOptions {
  lines: readonly HelpLine[];
  /** Called with each id that names no line, so that the loader can refuse the page. */
  onUnknown?: (id: string) => void;
}

function numberText(line: HelpLine): Text {
  return { type: "text", value: line.number };
}

/** A remark plugin: every `help-line:` link becomes a `tel:` link that shows the line's number. */
export function remarkHelpLineLinks({ lines, onUnknown }: HelpLineLinkOptions): Plugin<[], Root> {
  return () => (tree) => {
    visit(tree, "link", (node: Link) => {
      if (!node.url.startsWith(SCHEME)) return undefined;
      const id = node.url.slice(SCHEME.length);
      const line = lines.find((candidate) => candidate.id === id);
      if (!line) {
        onUnknown?.(id);
        return SKIP;
      }
      node.url = `tel:${line.tel}`;
      node.children = [numberText(line)];
      return SKIP;
    });
  };
}

/** The ids of the lines a text may name, for error messages. */
export function helpLineIds(lines: readonly HelpLine[]): string {
  return lines.map((line) => line.id).join(", ");
}
