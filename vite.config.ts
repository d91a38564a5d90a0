// Vite builds the add-in's pages: taskpane.html (the pane Excel opens), commands.html (the
// ribbon's function file), preview.html (the pane beside a fake workbook, for a browser) and
// support.html (the manifest's SupportUrl).
// `npm run dev-server` serves them on https://localhost:3000 with Office's development
// certificates; `npm run start:preview` serves them on plain http (a browser needs no https).

import { readdir, readFile } from "node:fs/promises";
import type { ServerOptions as HttpsOptions } from "node:https";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type UserConfig } from "vite";

const root = import.meta.dirname;

/** The icons the manifest names, at the URLs it names them (/assets/icon-N.png). The dev server
 * serves them from the project's assets/ folder as they are; the build copies them. */
function manifestIcons(): Plugin {
  return {
    name: "manifest-icons",
    apply: "build",
    async generateBundle() {
      const icons = (await readdir(join(root, "assets"))).filter((name) =>
        /^icon-\d+\.png$/.test(name)
      );
      for (const name of icons) {
        const fileName = `assets/${name}`;
        this.emitFile({ type: "asset", fileName, source: await readFile(join(root, fileName)) });
      }
    },
  };
}

/** Office only loads an add-in over https. Without the development certificates (a Linux CI
 * machine, no rights to install them) the server falls back to http, which is enough for the
 * browser preview. */
async function officeCertificates(): Promise<HttpsOptions | undefined> {
  try {
    // Not a dependency of the project (its install builds native code): `npm start` on Windows
    // and macOS installs it with Office's other sideloading tools. A name in a variable keeps the
    // type check and the bundler from looking for it.
    const moduleName = "office-addin-dev-certs";
    const certificates = (await import(moduleName)) as {
      getHttpsServerOptions(): Promise<HttpsOptions>;
    };
    return await certificates.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      "Không có chứng chỉ phát triển của Office, máy chủ chạy http (chỉ dùng cho bản xem trước).\n" +
        "No Office development certificates: serving http (enough for the preview only).\n" +
        String(error)
    );
    return undefined;
  }
}

export default defineConfig(async ({ command, mode, isPreview }): Promise<UserConfig> => ({
  root,
  // Relative URLs, so that the built pages work under any ADDIN_BASE_URL path.
  base: "./",
  publicDir: false,
  plugins: [react(), manifestIcons()],
  server: {
    port: 3000,
    strictPort: true,
    // Mode "preview" (npm run start:preview) is for a browser only: no certificates needed.
    https:
      command === "serve" && !isPreview && mode !== "preview"
        ? await officeCertificates()
        : undefined,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The pane is one page loaded once per session and cached: React, Fluent UI and the rules
    // (and ExcelJS in the preview) make one chunk of about 0.5–1.5 MB, which is expected.
    chunkSizeWarningLimit: 2_000,
    rolldownOptions: {
      input: {
        taskpane: join(root, "taskpane.html"),
        commands: join(root, "commands.html"),
        preview: join(root, "preview.html"),
        support: join(root, "support.html"),
      },
    },
  },
}));
