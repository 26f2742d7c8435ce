// The four goal rules of issue 10 on the seed and the real tables, beside every other rule (so defersTo applies): the findings a reviewer has read
// (tests/rules/goal-*.test.ts and indicator-relevance-low.test.ts pin them, so a change shows up as a diff).
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { Checker } from "../../src/core/engine";
import type { Rule } from "../../src/core/rules/types";
import { gridFromTsv } from "../../src/core/tsv";

const FIXTURES = join(__dirname, "../fixtures");

/** `file cell severity/messageId` of each finding of `rule` on the seed and on every real table. */
export function corpusFindings(rule: Rule): string[] {
  const files: Array<[string, string]> = [["seed", readFileSync(join(FIXTURES, "seed-2024.txt"), "utf8")]];
  for (const f of readdirSync(join(FIXTURES, "real-tables"))
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    const text = readFileSync(join(FIXTURES, "real-tables", f), "utf8");
    files.push([f.slice(0, 2), text.slice(text.indexOf("\n") + 1)]);
  }
  const checker = new Checker({});
  return files.flatMap(([name, text]) =>
    checker
      .run(gridFromTsv(name, text))
      .diagnostics.filter((d) => d.ruleId === rule.meta.id)
      .map((d) => `${name} ${d.cell} ${d.severity}/${d.messageId}`),
  );
}
