import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { Checker } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";
import { STRUCTURE_RULES } from "../../src/core/rules/structure";
test("dump", () => {
  const grid = gridFromTsv("seed", readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8"));
  const r = new Checker({}, STRUCTURE_RULES).run(grid);
  writeFileSync("/tmp/structure-findings.txt", r.diagnostics.map((d) => `T${d.tableIndex + 1} L${d.row} ${d.cell} ${d.severity} ${d.ruleId}/${d.messageId}: ${d.message}${d.suggestions.length ? " => " + d.suggestions.map((s) => s.cell + "=" + JSON.stringify(s.value)).join(",") : ""}`).join("\n"));
});
