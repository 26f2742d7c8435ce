#!/usr/bin/env node
// Writes docs/rules.md from the compiled rule registry (run `npm run build:cli` first; `npm run docs:rules` does both).
const { writeFileSync } = require("fs");
const { join } = require("path");
const { RULES } = require("../dist/core/rules");
const { renderRuleDocs } = require("../dist/core/rules/docs");

const target = join(__dirname, "..", "docs", "rules.md");
writeFileSync(target, renderRuleDocs(RULES));
console.log(`wrote ${target} (${RULES.length} rules)`);
