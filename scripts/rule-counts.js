#!/usr/bin/env node
// Findings per rule and severity on the seed and the real tables (issue 10 asks for these figures in the note).
// Usage: node scripts/rule-counts.js [distDir] [ruleId …]
//   distDir  a tsc build of src (default dist/; `npx tsc -p tsconfig.build.json --outDir /tmp/x` gives a private one)
//   ruleId   only these rules (default: all); add --rows to list each finding's row and message.
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const args = process.argv.slice(2);
const rows = args.includes("--rows");
const rest = args.filter((a) => a !== "--rows");
const dist = rest[0] && fs.existsSync(rest[0]) ? path.resolve(rest.shift()) : path.join(ROOT, "dist");
const only = new Set(rest);
// a build outside the checkout resolves zod from the project's node_modules
process.env.NODE_PATH = path.join(ROOT, "node_modules");
require("module").Module._initPaths();
const { check } = require(path.join(dist, "core", "engine"));
const { gridFromTsv } = require(path.join(dist, "core", "tsv"));

const corpora = [["seed", [["seed", fs.readFileSync(path.join(ROOT, "tests/fixtures/seed-2024.txt"), "utf8")]]]];
const realDir = path.join(ROOT, "tests/fixtures/real-tables");
corpora.push([
  "real-tables",
  fs
    .readdirSync(realDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(realDir, f), "utf8");
      return [f, text.slice(text.indexOf("\n") + 1)]; // line 1 is the source note
    }),
]);

for (const [corpus, files] of corpora) {
  const counts = new Map();
  const listed = [];
  for (const [name, text] of files) {
    for (const d of check(gridFromTsv(name, text)).diagnostics) {
      if (only.size > 0 && !only.has(d.ruleId)) continue;
      const c = counts.get(d.ruleId) ?? { error: 0, warning: 0, info: 0 };
      c[d.severity] += 1;
      counts.set(d.ruleId, c);
      if (rows) listed.push(`  ${name} ${d.cell} ${d.ruleId}/${d.messageId} ${d.severity}: ${d.message}`);
    }
  }
  console.log(`${corpus}:`);
  for (const [id, c] of [...counts].sort())
    console.log(`  ${id}: ${c.error} error, ${c.warning} warning, ${c.info} info`);
  if (rows) console.log(listed.join("\n"));
}
