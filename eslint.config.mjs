import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import tseslint from "typescript-eslint";

/**
 * Next's rules (React, hooks, TypeScript), typescript-eslint's type-checked rules, jsx-a11y's
 * strict set, and the project's layering: app → components → lib, lib free of React, Leaflet only
 * in components/map/, every tel: link through PhoneLink. tests/support/eslint.test.ts lints
 * fixtures against this file to prove the layering rules fail where they should.
 */

const TYPESCRIPT = ["**/*.ts", "**/*.tsx", "**/*.mts"];

const leafletOnlyInMap = [
  { name: "leaflet", message: "Only components/map/ touches Leaflet." },
  { name: "react-leaflet", message: "Only components/map/ touches Leaflet." },
];
const noReact = {
  group: ["react", "react-dom", "react/*", "react-dom/*", "next/*", "!next"],
  message: "lib/ has no React: keep UI in components/.",
};

const config = [
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...tseslint.configs.recommendedTypeChecked.map((block) => ({ ...block, files: TYPESCRIPT })),
  {
    files: TYPESCRIPT,
    languageOptions: {
      parserOptions: {
        // The Vitest configs are .mts, which tsconfig.json leaves out (Next type-checks .ts and .tsx).
        projectService: { allowDefaultProject: ["vitest.config.mts", "tests/fixtures/vitest/vitest.config.mts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  // Next's config registers the jsx-a11y plugin already; this adds the strict set's rules.
  {
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // The strict set forbids <li role="option"> and the like; the ARIA patterns (a listbox of
      // options, as in the place search) are built from exactly these, so allow the pairs
      // jsx-a11y's recommended set allows.
      "jsx-a11y/no-noninteractive-element-to-interactive-role": [
        "error",
        {
          ul: ["listbox", "menu", "menubar", "radiogroup", "tablist", "tree", "treegrid"],
          ol: ["listbox", "menu", "menubar", "radiogroup", "tablist", "tree", "treegrid"],
          li: ["menuitem", "option", "row", "tab", "treeitem"],
          table: ["grid"],
          td: ["gridcell"],
        },
      ],
    },
  },
  {
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./app", "./components"], message: "lib/ is pure TypeScript: it must not import UI." },
            { target: "./components", from: "./app", message: "components/ must not import routes: imports run app → components → lib." },
          ],
        },
      ],
      "import/no-cycle": "error",
      "no-restricted-imports": ["error", { paths: leafletOnlyInMap }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='href'] :matches(Literal[value=/^tel:/], TemplateElement[value.raw=/^tel:/])",
          message: "Render phone links with PhoneLink (components/phone-link/), which checks that the link dials the number it shows.",
        },
      ],
    },
  },
  {
    files: ["components/phone-link/PhoneLink.tsx"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // A later block's rule replaces an earlier one's, so lib/ restates the Leaflet ban beside its own.
    files: ["lib/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: leafletOnlyInMap, patterns: [noReact] }] },
  },
  {
    files: ["components/map/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
