#!/usr/bin/env node
// Writes docs/rules.md from the compiled rule registry and docs/policies.md from the shipped policies
// (run `npm run build:cli` first; `npm run docs:rules` does both).
const { writeFileSync } = require("fs");
const { join } = require("path");
const { RULES } = require("../dist/core/rules");
const { renderRuleDocs } = require("../dist/core/rules/docs");
const { PRESETS } = require("../dist/core/policy");
const { renderPolicyDocs } = require("../dist/core/policy/docs");

const rules = join(__dirname, "..", "docs", "rules.md");
writeFileSync(rules, renderRuleDocs(RULES));
console.log(`wrote ${rules} (${RULES.length} rules)`);
const policies = join(__dirname, "..", "docs", "policies.md");
writeFileSync(policies, renderPolicyDocs(PRESETS));
console.log(`wrote ${policies} (${PRESETS.length} policies)`);
