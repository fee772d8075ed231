import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "../i18n/config";
import type { EditorField } from "./fields";
import { loadEditorConfig } from "./load";
import { editorSettings } from "./settings";

const config = await loadEditorConfig({});
const centreFields = config.collections.find((collection) => collection.name === "sentre")!.fields as EditorField[];

function fieldAt(fields: readonly EditorField[], dotted: string): EditorField {
  const [name, ...rest] = dotted.split(".");
  const field = fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`No field ${dotted}`);
  return rest.length ? fieldAt(field.fields ?? [field.field!], rest.join(".")) : field;
}

function accepts(field: EditorField, value: string): boolean {
  return new RegExp(field.pattern![0]).test(value);
}

describe("the editor's configuration", () => {
  it("is in Norwegian, and every change goes to review before it is published", () => {
    expect(config).toMatchObject({ locale: "nb_no", publish_mode: "editorial_workflow", load_config_file: false });
    // Deleting a published entry would skip review.
    expect(config.collections.every((collection) => collection.delete === false)).toBe(true);
  });

  it("checks a phone number while typing, with the reason in Norwegian", () => {
    const phone = fieldAt(centreFields, "phone");
    expect(["12 34 56 78", "123 45 678", "800 12 345"].filter((value) => accepts(phone, value))).toHaveLength(3);
    expect(["12 34", "12345678", "12 34 56 789"].filter((value) => accepts(phone, value))).toEqual([]);
    expect(phone.pattern![1]).toBe("Skriv åtte sifre med mellomrom, slik: 12 34 56 78, 123 45 678 eller 800 12 345.");
    expect(phone.required).toBe(false);
  });

  it("mirrors the schema's other checks: postcode, web address, e-mail and required fields", () => {
    const postcode = fieldAt(centreFields, "address.postcode");
    expect([accepts(postcode, "2815"), accepts(postcode, "281")]).toEqual([true, false]);
    const website = fieldAt(centreFields, "website");
    expect([accepts(website, "https://nokgjovik.no"), accepts(website, "nokgjovik.no")]).toEqual([true, false]);
    const email = fieldAt(centreFields, "email");
    expect([accepts(email, "post@nokelverum.no"), accepts(email, "post@")]).toEqual([true, false]);
    expect(fieldAt(centreFields, "name").required).toBe(true);
    expect(fieldAt(centreFields, "sources").min).toBe(1);
  });

  it("offers the 357 municipalities by name, and a yes/no/unknown choice where the registry allows unknown", () => {
    const municipality = fieldAt(centreFields, "municipality");
    expect(municipality.widget).toBe("select");
    expect(municipality.options).toHaveLength(357);
    expect(municipality.options).toContainEqual({ label: "Gjøvik (Innlandet)", value: "3407" });
    expect(fieldAt(centreFields, "contributingMunicipalities")).toMatchObject({ widget: "select", multiple: true });
    expect(fieldAt(centreFields, "relatives")).toMatchObject({
      widget: "select",
      required: false,
      options: [
        { label: "Ja", value: "true" },
        { label: "Nei", value: "false" },
      ],
    });
  });

  it("has a page collection for every folder of Markdown pages in every language, covering every page", () => {
    const folders = config.collections.flatMap((collection) =>
      "folder" in collection && collection.extension === "md" ? [collection.folder] : [],
    );
    for (const locale of locales) {
      const pages = readdirSync(path.join("content", locale), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
      for (const page of pages)
        expect(folders, page).toContain(path.posix.join("content", locale, path.dirname(page)).replace(/\/\.$/, ""));
    }
    expect(config.collections.map((collection) => collection.label)).toEqual(
      expect.arrayContaining(["Sentre", "Sider på norsk bokmål", "Pårørende (norsk bokmål)", "Sider på engelsk", "Hjelpetelefoner"]),
    );
  });
});

describe("the git host", () => {
  it("is GitLab with sign-in by PKCE unless settings say otherwise", () => {
    expect(config.backend).toMatchObject({
      name: "gitlab",
      auth_type: "pkce",
      base_url: "https://gitlab.com",
      api_root: "https://gitlab.com/api/v4",
      branch: "main",
    });
  });

  it("is chosen by settings at build time", () => {
    expect(
      editorSettings({ CMS_GIT_HOST: "forgejo", CMS_GIT_HOST_URL: "https://codeberg.org/", CMS_REPO: "nok/nettsted", CMS_APP_ID: "abc" }),
    ).toMatchObject({
      gitHost: "forgejo",
      apiRoot: "https://codeberg.org/api/v1",
      repo: "nok/nettsted",
      appId: "abc",
    });
    expect(editorSettings({ CMS_GIT_HOST: "github", CMS_REPO: "nok/nettsted" })).toMatchObject({ apiRoot: "https://api.github.com" });
    expect(() => editorSettings({ CMS_GIT_HOST: "forgejo" })).toThrow("CMS_GIT_HOST_URL");
    expect(() => editorSettings({ CMS_REPO: "nettsted" })).toThrow('CMS_REPO: must be the repository as "owner/name"');
  });
});
