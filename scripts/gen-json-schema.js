#!/usr/bin/env node
// Writes schema/ptcheck-report-v2.json from the zod schema of the v2 JSON report (src/cli/report/json-v2.ts).
// `npm run schema:json` builds first; tests/cli/json-v2.test.ts fails when the file is stale.
const { mkdirSync, writeFileSync } = require("fs");
const { join } = require("path");
const { reportV2JsonSchema } = require("../dist/cli/report/json-v2");

const target = join(__dirname, "..", "schema", "ptcheck-report-v2.json");
mkdirSync(join(__dirname, "..", "schema"), { recursive: true });
writeFileSync(target, `${JSON.stringify(reportV2JsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
