// One source of truth: the registry, docs/rules.md and the catalogue (../shared/rules.md §6) must agree.
// The catalogue is vendored (tests/fixtures/shared/rules.md) so the suite runs in any clone; a test below keeps the
// copy identical to ../shared/rules.md wherever that exists (beside every checkout and CI clone of this project).
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/core/rules";
import { renderRuleDocs } from "../../src/core/rules/docs";

const ROOT = join(__dirname, "..", "..");
const VENDORED = join(ROOT, "tests", "fixtures", "shared", "rules.md");
const SHARED = join(ROOT, "..", "shared", "rules.md");

function catalogue(): Array<{ id: string; severity: string }> {
  const src = readFileSync(VENDORED, "utf8");
  return Array.from(src.matchAll(/^\d+\. \*\*`([a-z0-9-]+)`\*\* — (error|warning|info)/gm), (m) => ({
    id: m[1] ?? "",
    severity: m[2] ?? "",
  }));
}

describe("rule catalogue parity", () => {
  const cat = catalogue();

  const sharedTest = existsSync(SHARED) ? test : test.skip;
  sharedTest("the vendored catalogue equals ../shared/rules.md", () => {
    expect(readFileSync(VENDORED, "utf8")).toBe(readFileSync(SHARED, "utf8"));
  });

  test("the catalogue lists 58 rules", () => {
    expect(cat).toHaveLength(58);
  });

  // Rules added after the catalogue (issue 10's reviewer rules) declare where they come from in `meta.origin`;
  // the catalogue's own rules never do, so a typo'd or dropped catalogue id still fails here.
  const added = RULES.filter((r) => r.meta.origin !== undefined);

  test("the registry has exactly the catalogue's ids plus the rules that declare their origin", () => {
    const catalogueIds = cat.map((c) => c.id).sort();
    expect(
      RULES.filter((r) => r.meta.origin === undefined)
        .map((r) => r.meta.id)
        .sort(),
    ).toEqual(catalogueIds);
    for (const r of added) expect(catalogueIds).not.toContain(r.meta.id);
  });

  test("an added rule names the issue and the review criterion it answers", () => {
    for (const r of added) expect(r.meta.origin).toMatch(/issue \d+.*review-criteria\.md C\d+/);
  });

  test("default severities follow the catalogue unless the rule's notes explain why", () => {
    const differing = cat
      .map((c) => ({ c, rule: RULES.find((r) => r.meta.id === c.id) }))
      .filter(({ c, rule }) => rule && rule.meta.severity !== c.severity && !rule.meta.notes)
      .map(({ c, rule }) => `${c.id}: catalogue ${c.severity}, rule ${rule?.meta.severity}`);
    expect(differing).toEqual([]);
  });

  test("ids and sub-ids are unique", () => {
    const all = RULES.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.subIds ?? {})]);
    expect(new Set(all).size).toBe(all.length);
  });

  test("ids and sub-ids are lower-case ASCII words (the engine orders findings by code unit, as localeCompare would)", () => {
    const all = RULES.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.subIds ?? {})]);
    expect(all.filter((id) => !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
    const sorted = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(sorted).toEqual([...all].sort((a, b) => a.localeCompare(b)));
  });

  test("every rule has a Chinese description and Chinese messages without stray placeholders", () => {
    for (const r of RULES) {
      expect(r.meta.description).toMatch(/[\u4e00-\u9fff]/);
      const msgs = Object.values(r.meta.messages);
      expect(msgs.length).toBeGreaterThan(0);
      for (const m of msgs) expect(m).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("every rule lives in a file named by its id and has a test file", () => {
    const ruleFiles = readdirSync(join(ROOT, "src/core/rules"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(ROOT, "src/core/rules", d.name)).map((f) => f.replace(/\.ts$/, "")));
    const tests = readdirSync(join(ROOT, "tests/rules")).map((f) => f.replace(/\.test\.ts$/, ""));
    for (const r of RULES) {
      expect(ruleFiles).toContain(r.meta.id);
      expect(tests).toContain(r.meta.id);
    }
  });

  test("docs/rules.md is generated from the registry (run `npm run docs:rules`)", () => {
    expect(readFileSync(join(ROOT, "docs", "rules.md"), "utf8")).toBe(renderRuleDocs(RULES));
  });
});

describe("layering (design.md): src/core imports nothing outside src/core", () => {
  function files(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
    );
  }
  test("only relative imports inside core, and zod", () => {
    const core = join(ROOT, "src/core");
    const bad: string[] = [];
    for (const f of files(core)) {
      const src = readFileSync(f, "utf8");
      for (const m of src.matchAll(/(?:from|require\()\s*["']([^"']+)["']/g)) {
        const spec = m[1] ?? "";
        if (spec === "zod") continue;
        if (!spec.startsWith(".")) {
          bad.push(`${f}: ${spec}`);
          continue;
        }
        const resolved = join(f, "..", spec);
        if (!resolved.startsWith(core)) bad.push(`${f}: ${spec}`);
      }
      if (/\b(?:document|window|Office|Excel|wps|Application)\./.test(src.replace(/\/\/.*$/gm, "")))
        bad.push(`${f}: host global`);
    }
    expect(bad).toEqual([]);
  });
});

describe("the parser owns reading (issue 8): rules see the model, never the grid's content", () => {
  test("no rule calls grid.text / nonEmpty / cell / rowTexts", () => {
    const dir = join(ROOT, "src/core/rules");
    const offenders: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts") && /grid\??\.(?:text|nonEmpty|cell|rowTexts)\(/.test(readFileSync(p, "utf8")))
          offenders.push(p.slice(ROOT.length + 1));
      }
    };
    walk(dir);
    expect(offenders).toEqual([]);
  });
});

describe("rules never silence each other in code (issue 9)", () => {
  test("no rule group imports another group's helpers: shared analysis lives in src/core/form, values, text", () => {
    const root = join(ROOT, "src/core/rules");
    const offenders: string[] = [];
    for (const group of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(join(root, group.name)).filter((x) => x.endsWith(".ts"))) {
        const src = readFileSync(join(root, group.name, f), "utf8");
        for (const m of src.matchAll(/from\s+["']\.\.\/([a-z]+)\//g))
          if (m[1] !== group.name) offenders.push(`${group.name}/${f} → ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("severity is declared per message, never passed by a report", () => {
    const root = join(ROOT, "src/core/rules");
    const offenders: string[] = [];
    for (const group of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(join(root, group.name)).filter((x) => x.endsWith(".ts"))) {
        if (/ctx\.report\(\{[^}]*\bseverity\s*[:,}]/.test(readFileSync(join(root, group.name, f), "utf8")))
          offenders.push(`${group.name}/${f}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("one N/A vocabulary (issue 9: no twin isNaText)", () => {
  test("only form/na.ts and the value grammar read NA_MARKERS; every rule and analysis asks form/na", () => {
    const core = join(ROOT, "src/core");
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".ts") ? [join(d, e.name)] : [],
      );
    const readers = walk(core)
      .filter((f) => /\bNA_MARKERS\b/.test(readFileSync(f, "utf8")))
      .map((f) => f.slice(core.length + 1))
      .sort();
    expect(readers).toEqual(["form/na.ts", "values/parse.ts"]);
  });
});
