import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { check } from "../../src/core/engine";
import { gridFromTsv } from "../../src/core/tsv";
test("dump", () => {
  const grid = gridFromTsv("seed", readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8"));
  const r = check(grid);
  const lines: string[] = [];
  r.tables.forEach((t, ti) => {
    lines.push(`# T${ti + 1} year=${t.year} name=${t.header.projectName?.value?.text}`);
    for (const ind of t.indicators) {
      lines.push(`L${ind.valueCell.row + 1} T${ti+1} [${ind.level2}] name=${ind.name} | ${ind.valueText} => ${JSON.stringify(ind.value)}`);
    }
  });
  writeFileSync("/tmp/value-dump.txt", lines.join("\n"));
});
