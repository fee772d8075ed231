import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

/**
 * The project's own lint rules, proved on fixtures: each snippet is linted as if it were a file at
 * the given place in the tree, with the project's eslint.config.mjs. Type information and the
 * import-cycle walk are switched off, since the files do not exist; the rules tested here need neither.
 */
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked, { rules: { "import/no-cycle": "off" } }] });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

// Loading the config and its plugins takes seconds on a busy machine.
describe("the lint rules", { timeout: 60_000 }, () => {
  it("refuse Leaflet in lib/", async () => {
    expect(await messagesFor("lib/geo/fixture.ts", 'import L from "leaflet";\nexport const map = L;\n')).toContainEqual(
      expect.stringContaining(
        "no-restricted-imports: 'leaflet' import is restricted from being used. Only components/map/ touches Leaflet.",
      ),
    );
  });

  it("refuse React in lib/, and still refuse Leaflet there beside it", async () => {
    const messages = await messagesFor(
      "lib/geo/fixture.ts",
      'import { useState } from "react";\nimport { MapContainer } from "react-leaflet";\nexport const parts = [useState, MapContainer];\n',
    );
    expect(messages).toContainEqual(expect.stringContaining("lib/ has no React"));
    expect(messages).toContainEqual(expect.stringContaining("Only components/map/ touches Leaflet."));
  });

  it("allow Leaflet in components/map/", async () => {
    expect(await messagesFor("components/map/Fixture.tsx", 'import L from "leaflet";\nexport const map = L;\n')).toEqual([]);
  });

  it("refuse Leaflet in any other component", async () => {
    expect(await messagesFor("components/finder/Fixture.tsx", 'import L from "leaflet";\nexport const map = L;\n')).toContainEqual(
      expect.stringContaining("Only components/map/ touches Leaflet."),
    );
  });

  it("refuse a tel: link anywhere but PhoneLink", async () => {
    const code = 'export const Call = () => <a href="tel:112">112</a>;\n';
    expect(await messagesFor("components/help-now/Fixture.tsx", code)).toContainEqual(
      expect.stringContaining("no-restricted-syntax: Render phone links with PhoneLink"),
    );
    expect(await messagesFor("components/phone-link/PhoneLink.tsx", code)).toEqual([]);
  });
});
