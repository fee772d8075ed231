/**
 * Reading a built page the way a browser or a link preview does: with an HTML parser (parse5, the
 * one jsdom uses), not with patterns over the text. So a tag is found whatever the order, quoting
 * or case of its attributes, and a `<meta>` written in a comment, a script or an attribute's value
 * is not a tag at all. Used on the exported pages by the share images, and by the tests that check
 * their tags.
 */
import { type DefaultTreeAdapterTypes, parse } from "parse5";

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** What a page says about itself: its language and its `<meta>` tags. */
export interface PageHead {
  /** The language of the page, from `<html lang>`; null when it has none. */
  lang: string | null;
  /**
   * The content of the page's first `<meta property="…">` or `<meta name="…">` tag with this key,
   * entities decoded; null when the page has no such tag, or the tag has no content.
   */
  meta(key: string): string | null;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Every element of a tree, in document order (a <template>'s content included). */
function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!("tagName" in child)) continue;
    yield child;
    yield* elements(child.tagName === "template" ? (child as DefaultTreeAdapterTypes.Template).content : child);
  }
}

/** Parses the page once; read as many tags from the result as needed. */
export function readPage(html: string): PageHead {
  let lang: string | null = null;
  const metas: Element[] = [];
  for (const element of elements(parse(html))) {
    if (element.tagName === "html") lang = attribute(element, "lang") || null;
    else if (element.tagName === "meta") metas.push(element);
  }
  return {
    lang,
    meta(key) {
      const tag = metas.find((element) => attribute(element, "property") === key || attribute(element, "name") === key);
      return tag === undefined ? null : (attribute(tag, "content") ?? null);
    },
  };
}
