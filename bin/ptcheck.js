#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript compiled to dist/ by `npm run build:cli` (run by `npm install`).
"use strict";
const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "ptcheck 尚未构建：找不到 dist/cli/main.js。\n请在项目目录（" +
      path.join(__dirname, "..") +
      "）中运行 npm run build:cli，然后重试。\n",
  );
  process.exit(2);
}
require(entry).main();
