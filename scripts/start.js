#!/usr/bin/env node
/* eslint-disable no-console */
// npm start
//   Windows / macOS with Excel desktop: sideloads the add-in with office-addin-debugging when it is installed;
//     otherwise prints how to sideload, then serves the local preview.
//   Elsewhere (Linux, no Excel): serves the local preview — the task pane beside the sample workbook over the
//     in-memory host — with webpack-dev-server on http://localhost:3000/ (PORT=… to change).
"use strict";

const fs = require("fs");
const net = require("net");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");

function excelInstalled() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform !== "win32") return false;
  const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
  const rel = [
    "Microsoft Office\\root\\Office16\\EXCEL.EXE",
    "Microsoft Office\\Office16\\EXCEL.EXE",
    "Microsoft Office\\root\\Office15\\EXCEL.EXE",
  ];
  return roots.some((r) => rel.some((p) => fs.existsSync(path.join(r, p))));
}

function resolvable(name) {
  try {
    require.resolve(name, { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

function printSideloadHelp() {
  console.log(
    [
      "",
      "检测到 Excel 桌面版，但没有找到调试工具 office-addin-debugging（项目的可选依赖）。要在 Excel 中加载任务窗格（旁加载）：",
      "  1. 在项目目录运行 npm install（不要加 --omit=optional），安装可选依赖 office-addin-debugging 和 office-addin-dev-certs；",
      "  2. 再次运行 npm start：会安装本机 HTTPS 证书、启动 https://localhost:3000/ 并打开 Excel 加载本加载项。",
      "  不安装工具时也可以手动旁加载：",
      "    - 运行 HTTPS=1 npx webpack serve --mode development（需要 office-addin-dev-certs 提供的证书）；",
      "    - Windows：把 manifest.xml 所在文件夹设为共享文件夹，在 Excel“信任中心 → 受信任的加载项目录”中添加该共享路径，",
      "      然后在“插入 → 我的加载项 → 共享文件夹”中选择“绩效目标表校验助手”；",
      "    - macOS：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ 后重启 Excel。",
      "  详见 docs/excel-install.md。下面先启动本地预览。",
      "",
    ].join("\n"),
  );
}

function sideload() {
  console.log("正在通过 office-addin-debugging 旁加载到 Excel …");
  const child = spawn(
    process.platform === "win32" ? "npx.cmd" : "npx",
    [
      "office-addin-debugging",
      "start",
      MANIFEST,
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npx webpack serve --mode development",
      "--dev-server-port",
      "3000",
    ],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, HTTPS: "1" } },
  );
  child.on("exit", (code) => process.exit(code === null ? 1 : code));
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.once("listening", () => s.close(() => resolve(true)));
    s.listen(port, "localhost");
  });
}

async function freePort(preferred) {
  for (let p = preferred; p < preferred + 20; p++) if (await portFree(p)) return p;
  return 0;
}

async function preview() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({ preview: true }, { mode: "development" });

  const wanted = Number(process.env.PORT || 3000);
  const port = await freePort(wanted);
  if (port === 0) {
    console.error(`端口 ${wanted} 及之后的 20 个端口都被占用。请用 PORT=<端口> npm start 指定一个空闲端口。`);
    process.exit(1);
  }
  if (port !== wanted) console.log(`端口 ${wanted} 已被占用，改用 ${port}。`);

  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, port, open: false }, compiler);
  const url = `http://localhost:${port}/preview.html`;
  let announced = false;
  compiler.hooks.done.tap("ptc-start", (stats) => {
    if (stats.hasErrors()) {
      console.log("\n编译出错，请查看上面的错误信息；修改代码后会自动重新编译。\n");
      return;
    }
    if (announced) return;
    announced = true;
    console.log(
      [
        "",
        "==============================================================",
        "  绩效目标表校验助手 · 本地预览已启动",
        `  请在浏览器中打开：${url}`,
        "  左侧是示例工作簿（21 张 2024 年项目表），右侧是任务窗格；",
        "  修改单元格后问题列表会自动更新。修改源代码后页面会自动刷新。",
        "  按 Ctrl+C 停止。",
        "==============================================================",
        "",
      ].join("\n"),
    );
  });
  await server.start();
  const stop = () => {
    server.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function main() {
  if (excelInstalled()) {
    if (resolvable("office-addin-debugging") && resolvable("office-addin-dev-certs")) return sideload();
    printSideloadHelp();
  } else if (process.platform === "win32" || process.platform === "darwin") {
    console.log(
      "未检测到 Excel 桌面版，启动本地预览。（也可以在 Excel 网页版中旁加载 manifest.xml，见 docs/excel-install.md。）",
    );
  }
  await preview();
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
