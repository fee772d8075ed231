import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Next's rules (React, hooks, jsx-a11y, TypeScript) plus the project's layering:
 * app → components → lib, and lib stays free of React.
 */
const config = [
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
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
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "leaflet", message: "Only components/map/ touches Leaflet." }, { name: "react-leaflet", message: "Only components/map/ touches Leaflet." }] },
      ],
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
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["react", "react-dom", "react/*", "next/*", "!next"], message: "lib/ has no React: keep UI in components/." }] }],
    },
  },
  {
    files: ["components/map/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
