// JSON v2 (v1 fields unchanged plus grade, counts, policy, value, fix, opinion, fingerprint), its shipped JSON
// Schema, --min-severity, --output and the overview table at the top of the text report.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ruleById } from "../../src/core/rules";
import { OPINION_TEXT, opinionOf } from "../../src/core/rules/opinion";
import { checkOne } from "../../src/cli/check-one";
import { ReportV2Schema, reportV2JsonSchema, type ReportV2 } from "../../src/cli/report/json-v2";
import { makeTmpDir, removeDir, runCli, SEED, SEED_LINES, writeSampleWorkbook } from "./fixtures";

// a shared, busy machine: reading and writing workbooks can take seconds
jest.setTimeout(60000);

let dir: string;
let xlsx: string;
beforeAll(async () => {
  dir = makeTmpDir();
  xlsx = path.join(dir, "sample.xlsx");
  await writeSampleWorkbook(xlsx);
});
afterAll(() => removeDir(dir));

async function v2(argv: string[]): Promise<ReportV2> {
  const r = await runCli(["--format", "json", ...argv]);
  return ReportV2Schema.parse(JSON.parse(r.stdout));
}

/** The documented grade rule, restated: ≥3 errors 差, any error 中, warnings only 良, else 优. */
function expectedGrade(c: { error: number; warning: number }): string {
  return c.error >= 3 ? "差" : c.error > 0 ? "中" : c.warning > 0 ? "良" : "优";
}

test("schema/ptcheck-report-v2.json is generated from the zod schema (npm run schema:json)", () => {
  const file = path.join(__dirname, "../../schema/ptcheck-report-v2.json");
  expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(reportV2JsonSchema())));
});

test("v2 is the default and keeps every v1 field with the same value", async () => {
  const one = JSON.parse((await runCli(["--format", "json", "--json-version", "1", SEED, xlsx])).stdout);
  const two = await v2([SEED, xlsx]);
  expect(two.version).toBe(2);
  expect(one.version).toBe(1);
  // the exit code still sees the errors when v2 keeps only the summaries
  expect((await runCli(["--format", "json", SEED])).code).toBe(1);
  expect(
    (await runCli(["--format", "json", "--rule", "time-outside-budget-year=off", path.join(dir, "missing.xlsx")])).code,
  ).toBe(2);
  const pick = <T extends object>(o: T, keys: string[]): Record<string, unknown> =>
    Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
  const asV1 = two.files.map((f) => ({
    path: f.path,
    error: f.error,
    sheets: f.sheets.map((s) => ({
      name: s.name,
      projects: s.projects.map((p) => pick(p, ["name", "range", "year", "generation"])),
      diagnostics: s.diagnostics.map((d) =>
        pick(d, ["ruleId", "severity", "message", "cell", "row", "col", "project"]),
      ),
    })),
  }));
  expect(asV1).toEqual(one.files);
  expect(pick(two.summary, ["files", "projects", "error", "warning", "info"])).toEqual(one.summary);
  // v1 field order first in every object, so a v1 reader's key walk is unchanged
  const d = two.files[0]?.sheets[0]?.diagnostics[0] ?? {};
  expect(Object.keys(d).slice(0, 7)).toEqual(["ruleId", "severity", "message", "cell", "row", "col", "project"]);
});

test("per project: grade by the grade rule, counts of its findings, policy and header facts", async () => {
  const r = await v2([SEED]);
  const sheet = r.files[0]?.sheets[0];
  expect(sheet?.projects).toHaveLength(21);
  for (const p of sheet?.projects ?? []) {
    const mine = sheet?.diagnostics.filter((d) => d.project === p.name) ?? [];
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of mine) counts[d.severity]++;
    expect(p.counts).toEqual(counts);
    expect(p.grade).toBe(expectedGrade(p.counts));
    expect(p.policy).toEqual({
      id: "national",
      name: "全国通用（财政部模板）",
      source: "default",
      profile: "auto",
      budgetYear: p.year,
      yearSource: p.year === null ? "none" : "table",
    });
  }
  const first = sheet?.projects[0];
  expect(first?.name).toBe("基层党建工作经费");
  // the seed's first table (lines 3–23): 主管部门 and 年度资金总额 as written there
  const table = SEED_LINES.slice(2, 23).map((l) => l.split("\t"));
  const dept = table.find((r) => r[0]?.startsWith("主管部门"));
  expect(first?.department).toBe(dept?.[1]);
  const fund = table.find((r) => r[1]?.startsWith("年度资金总额"));
  expect(first?.fundTotal).toBe(Number(fund?.[2]));
  expect(first?.fundTotal).toBeGreaterThan(0);
  const withYear = await v2(["--year", "2025", SEED]);
  expect(withYear.files[0]?.sheets[0]?.projects[0]?.policy).toEqual({
    id: "national",
    name: "全国通用（财政部模板）",
    source: "default",
    profile: "auto",
    budgetYear: 2025,
    yearSource: "option",
  });
});

test("per finding: the offending value as displayed, the opinion from rule metadata, a fix when the rule proposes one", async () => {
  const r = await v2([SEED, xlsx]);
  let fixes = 0;
  for (const f of r.files) {
    for (const s of f.sheets) {
      for (const d of s.diagnostics) {
        const spec = ruleById(d.ruleId)?.meta.opinion;
        if (typeof spec === "object")
          expect([spec.default, ...Object.values(spec.byData.map)]).toContain(d.opinion.code);
        else expect(d.opinion.code).toBe(opinionOf(ruleById(d.ruleId)?.meta, { data: {} }));
        expect(d.opinion.text).toBe(OPINION_TEXT[d.opinion.code]);
        if (f.path === SEED) expect(d.value).toBe(SEED_LINES[d.row - 1]?.split("\t")[d.col - 1] ?? "");
        if (d.fix) {
          fixes++;
          expect(ruleById(d.ruleId)?.meta.hasSuggestions).toBe(true);
          expect(d.fix.cell).toMatch(/^[A-Z]+\d+$/);
        }
        if (d.indicator) expect(d.indicator.row).toBe(d.row);
      }
    }
  }
  expect(fixes).toBeGreaterThan(0);
  const e224 = r.files[0]?.sheets[0]?.diagnostics.find(
    (d) => d.cell === "E224" && d.ruleId === "time-outside-budget-year",
  );
  expect(e224?.value).toContain("2023");
  expect(e224?.opinion).toEqual({ code: 4, text: "指标与指标值不匹配" });
  expect(e224?.indicator?.level2).toContain("时效");
});

test("fingerprints survive rows inserted above, and are unique within a report", async () => {
  const shiftedSeed = path.join(dir, "seed-2024.txt");
  fs.writeFileSync(shiftedSeed, `\n\n\n${fs.readFileSync(SEED, "utf8")}`);
  const a = (await v2([SEED])).files[0]?.sheets[0]?.diagnostics ?? [];
  const b = (await v2([shiftedSeed])).files[0]?.sheets[0]?.diagnostics ?? [];
  expect(a.length).toBeGreaterThan(10);
  expect(b.map((d) => d.row)).toEqual(a.map((d) => d.row + 3));
  expect(b.map((d) => d.fingerprint)).toEqual(a.map((d) => d.fingerprint));
  expect(new Set(a.map((d) => d.fingerprint)).size).toBe(a.length);
});

test("a fingerprint is the SHA-1 of what the finding is about, so rounds checked by other versions compare", async () => {
  const { summary } = await checkOne({ path: SEED, maxSizeMb: 10, config: {} });
  const [sheet] = summary.sheets;
  const found = sheet?.findings ?? [];
  expect(found.length).toBeGreaterThan(10);
  const seen = new Map<string, number>();
  for (const d of found) {
    const subject = d.indicator ? `${d.indicator.level2}\u0001${d.indicator.level3}` : d.value;
    const key = [sheet?.name, d.project, d.ruleId, d.messageId, subject].join("\u0000");
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    expect(d.fingerprint).toBe(createHash("sha1").update(`${key}\u0000${n}`).digest("hex").slice(0, 16));
  }
});

test("--min-severity filters the lists (JSON v1 and v2, text) but not the grades", async () => {
  const all = await v2([SEED]);
  const errors = await v2(["--min-severity", "error", SEED]);
  const warn = await v2(["--min-severity", "warning", SEED]);
  const ds = (r: ReportV2): Array<{ severity: string }> =>
    r.files.flatMap((f) => f.sheets.flatMap((s) => s.diagnostics));
  expect(ds(all).some((d) => d.severity === "info")).toBe(true);
  expect(ds(errors).length).toBe(ds(all).filter((d) => d.severity === "error").length);
  expect(ds(errors).every((d) => d.severity === "error")).toBe(true);
  expect(ds(warn).length).toBe(ds(all).filter((d) => d.severity !== "info").length);
  expect(errors.summary.minSeverity).toBe("error");
  expect(errors.files[0]?.sheets[0]?.projects).toEqual(all.files[0]?.sheets[0]?.projects);
  const one = JSON.parse(
    (await runCli(["--format", "json", "--json-version", "1", "--min-severity", "error", SEED])).stdout,
  );
  expect(one.files[0].sheets[0].diagnostics.every((d: { severity: string }) => d.severity === "error")).toBe(true);
  const text = await runCli(["--min-severity", "error", SEED]);
  const details = text.stdout.split("\n").filter((l) => /^ {6}[A-Z]+\d+ /.test(l));
  expect(details.length).toBe(ds(errors).length);
  expect(details.every((l) => /^ {6}[A-Z]+\d+ {2}错误 {2}/.test(l))).toBe(true);
  expect(text.code).toBe(1);
});

test("--output writes the report to a file and nothing to stdout; an input as target is refused", async () => {
  const out = path.join(dir, "out", "report.json");
  const r = await runCli(["--format", "json", "--output", out, SEED]);
  expect(r.stdout).toBe("");
  expect(ReportV2Schema.parse(JSON.parse(fs.readFileSync(out, "utf8"))).summary.projects).toBe(21);
  const copy = path.join(dir, "copy.txt");
  fs.copyFileSync(SEED, copy);
  const before = fs.readFileSync(copy);
  const refused = await runCli(["--output", copy, copy]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("--output 的目标");
  expect(fs.readFileSync(copy)).toEqual(before);
});

test("the text report opens with a one-table overview: file, projects, grades, counts", async () => {
  const missing = path.join(dir, "missing.xlsx");
  const r = await runCli([SEED, xlsx, missing]);
  const json = await v2([SEED, xlsx, missing]);
  const head = r.stdout.slice(0, r.stdout.indexOf("\n\n")).split("\n");
  expect(head[0]).toBe("概览");
  expect(head[1]).toMatch(/^文件\s+项目\s+评级（优\/良\/中\/差）\s+错误\s+警告\s+提示\s+审核策略$/);
  json.files.forEach((f, i) => {
    const row = head[3 + i] ?? "";
    expect(row.startsWith(f.path)).toBe(true);
    if (f.error) {
      expect(row).toContain(`无法读取（${f.error.code}）`);
      return;
    }
    const projects = f.sheets.flatMap((s) => s.projects);
    const g = { 优: 0, 良: 0, 中: 0, 差: 0 };
    for (const p of projects) g[p.grade]++;
    const c = { error: 0, warning: 0, info: 0 };
    for (const d of f.sheets.flatMap((s) => s.diagnostics)) c[d.severity]++;
    const cells = row.slice(f.path.length).trim().split(/\s+/);
    // the last column names the policy that judged the file and where it came from
    const policy = projects[0]?.policy;
    expect(cells).toEqual([
      String(projects.length),
      `${g.优}/${g.良}/${g.中}/${g.差}`,
      String(c.error),
      String(c.warning),
      String(c.info),
      `${policy?.name}（默认）`,
    ]);
  });
});

test("the overview shows a path's control characters instead of obeying them", async () => {
  const odd = path.join(dir, "a\u001b[2Jb.txt");
  fs.writeFileSync(odd, fs.readFileSync(SEED, "utf8"));
  const r = await runCli([odd]);
  const head = r.stdout.slice(0, r.stdout.indexOf("\n\n"));
  expect(head).not.toContain("\u001b");
  expect(head).toContain("a\\u001B[2Jb.txt");
});
