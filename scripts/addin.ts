// `npm start`, `npm stop`, `npm run start:preview`.
//   start:   on Windows and macOS, sideloads manifest.xml into desktop Excel and starts the https
//            dev server (office-addin-debugging, as in Microsoft's templates); on Linux, where
//            there is no desktop Excel, starts the browser preview instead.
//   stop:    ends what `start` began in Excel (on Linux: stop the preview with Ctrl+C).
//   preview: the task pane beside a sample workbook, in any browser, on plain http.

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createServer } from "vite";

const root = join(import.meta.dirname, "..");
const PORT = 3000;
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

/** Office's sideloading tools are not in the project's dependencies: their install builds native
 * code (keytar), which a plain `npm ci` must not need. Whoever sideloads installs them once. */
const SIDELOAD_TOOLS = ["office-addin-debugging@7", "office-addin-dev-certs@3"];

function hasSideloadTools(): boolean {
  const require = createRequire(join(root, "package.json"));
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

function officeAddinDebugging(args: readonly string[]): void {
  if (!hasSideloadTools()) {
    const install = `npm install --no-save ${SIDELOAD_TOOLS.join(" ")}`;
    console.error(
      "Chưa có công cụ nạp thử phần bổ trợ của Office. Cài một lần rồi chạy lại:\n" +
        "Office's sideloading tools are not installed. Install them once, then run again:\n" +
        `  ${install}`
    );
    process.exit(1);
  }
  const child = spawn("npx", ["office-addin-debugging", ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

async function startPreview(): Promise<void> {
  // Mode "preview": vite.config.ts then serves plain http, with no Office certificates.
  const server = await createServer({
    configFile: join(root, "vite.config.ts"),
    mode: "preview",
  });
  await server.listen(PORT);
  const url = `http://localhost:${PORT}/preview.html`;
  console.log(`\nBản xem trước / Preview: ${url}\nDừng / Stop: Ctrl+C\n`);
}

const command = process.argv[2] ?? "start";
switch (command) {
  case "start":
    if (hasDesktopExcel) {
      officeAddinDebugging(["start", "manifest.xml", "desktop", "--dev-server-port", String(PORT)]);
    } else {
      console.log(
        "Không có Excel cho máy tính trên hệ điều hành này: mở bản xem trước.\n" +
          "No desktop Excel on this system: starting the preview."
      );
      await startPreview();
    }
    break;
  case "stop":
    if (hasDesktopExcel) officeAddinDebugging(["stop", "manifest.xml"]);
    else console.log("Bản xem trước dừng bằng Ctrl+C. / Stop the preview with Ctrl+C.");
    break;
  case "preview":
    await startPreview();
    break;
  default:
    console.error(`Lệnh không rõ / Unknown command: ${command} (start | stop | preview)`);
    process.exit(2);
}
