import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { gridFromTsv } from "../../src/core/tsv";
import { detectBlocks, parseTable } from "../../src/core/layout";
test("dump", () => {
  const grid = gridFromTsv("seed", readFileSync(join(__dirname, "../fixtures/seed-2024.txt"), "utf8"));
  const lines: string[] = [];
  detectBlocks(grid).forEach((b, ti) => {
    const t = parseTable(grid, b, ti);
    lines.push(`# T${ti + 1} gen=${t.generation} hdr=${JSON.stringify(t.indicatorHeader)}`);
    for (const l of t.level1) lines.push(`  L1 ${l.name} @L${l.label.row + 1}c${l.label.col} "${l.label.text}"`);
    t.level2.forEach((b2, i) => {
      lines.push(`  B${i} ${b2.name} parent=${b2.level1} l1cell=${JSON.stringify(b2.level1Cell)} @L${b2.label.row + 1}c${b2.label.col} "${b2.label.text}" ann=${JSON.stringify(b2.annotation)}`);
      for (const ind of b2.indicators) lines.push(`     L${ind.nameCell.row + 1} name@c${ind.nameCell.col} val@c${ind.valueCell.col} raw="${ind.raw}" name="${ind.name}" prefix=${JSON.stringify(ind.prefix)} val="${ind.valueText}" kind=${ind.value.kind}`);
    });
    for (const r of t.repairs) lines.push(`  REPAIR ${r.kind} L${r.row + 1}c${r.col} "${r.text}" shift=${r.shift}`);
  });
  writeFileSync("/tmp/structure-dump.txt", lines.join("\n"));
});
