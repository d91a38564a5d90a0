// Microsoft's add-in rules (office-addins/*: load before read, sync after load, no sync in a
// loop, isNullObject, prettier) for every .ts and .tsx file: the plugin's own presets name only
// .ts files, so they are widened here.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const sources = ["**/*.{js,mjs,ts,tsx}"];

export default [
  { ignores: ["dist/**", "node_modules/**", "artifacts/**", "coverage/**"] },
  ...officeAddins.configs.react.map((config) => (config.files ? { ...config, files: sources } : config)),
  {
    files: sources,
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // TypeScript checks names; the core rule does not know type-only globals such as Excel.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
];
