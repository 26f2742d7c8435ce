// ptcheck and policies (issue 9): --policy, --config, the settings a unit saved in its workbook, and one order of
// precedence — built-in default < policy < the workbook's settings < --config < --policy / --year / --generation / --rule.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { settingsFormula } from "../../src/hosts/settings-codec";
import type { Config } from "../../src/core/config";
import { tableRows } from "../helpers/table-builder";
import { repack } from "../helpers/zip-repack";
import { makeTmpDir, removeDir, runCli } from "./fixtures";

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => removeDir(dir));

/** A table without a 项目属性 row and with a satisfaction target of ≥85%, saved with the given settings. */
async function workbook(name: string, saved?: Config): Promise<string> {
  const rows = tableRows({
    indicators: [["满意度指标", "服务对象满意度指标 (必填量化)", "指标1: 参训学员满意度", "≥85%"]],
  }).filter((r) => r[0] !== "项目属性");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  rows.forEach((r, i) => r.forEach((t, j) => t && (ws.getCell(i + 1, j + 1).value = t)));
  let bytes: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (saved) {
    const formula = settingsFormula({ config: saved, marksOn: true, templateProfile: "legacy" }).replace(/^=/, "");
    const xml = formula.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    bytes = repack(bytes, "xl/workbook.xml", (x) =>
      x.replace(
        "</sheets>",
        `</sheets><definedNames><definedName name="_PTC_SETTINGS" hidden="1">${xml}</definedName></definedNames>`,
      ),
    );
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

interface Seen {
  readonly code: number;
  readonly stderr: string;
  readonly policy: { id: string; source: string };
  readonly found: string[];
}

async function run(argv: string[]): Promise<Seen> {
  const r = await runCli(["--format", "json", ...argv]);
  const report = JSON.parse(r.stdout) as {
    files: Array<{
      sheets: Array<{
        projects: Array<{ policy: { id: string; source: string } }>;
        diagnostics: Array<{ ruleId: string; severity: string }>;
      }>;
    }>;
  };
  const sheet = report.files[0]?.sheets[0];
  const found = (sheet?.diagnostics ?? [])
    .filter((d) => ["satisfaction-threshold", "header-field-missing"].includes(d.ruleId))
    .map((d) => `${d.ruleId}/${d.severity}`)
    .sort();
  const p = sheet?.projects[0]?.policy ?? { id: "?", source: "?" };
  return { code: r.code, stderr: r.stderr, policy: { id: p.id, source: p.source }, found };
}

// 项目属性 and 项目期 missing (湖北's form has both rows), and ≥85% under 湖北's 90% floor
const HUBEI_FINDINGS = ["header-field-missing/error", "header-field-missing/error", "satisfaction-threshold/warning"];

test("no settings anywhere: the national default, which asks for neither 项目属性 nor ≥90%", async () => {
  const r = await run([await workbook("plain.xlsx")]);
  expect(r).toMatchObject({ policy: { id: "national", source: "default" }, found: [] });
});

test("the workbook's saved policy judges the file", async () => {
  const r = await run([await workbook("hubei.xlsx", { policy: "hubei" })]);
  expect(r).toMatchObject({ policy: { id: "hubei", source: "workbook" }, found: HUBEI_FINDINGS });
});

test("--policy on the command line wins over the workbook's", async () => {
  const r = await run(["--policy", "national", await workbook("hubei2.xlsx", { policy: "hubei" })]);
  expect(r).toMatchObject({ policy: { id: "national", source: "option" }, found: [] });
});

test("--config (a unit's own policy extending a shipped one) over the workbook; --rule over --config", async () => {
  const cfg = path.join(dir, "unit.json");
  fs.writeFileSync(
    cfg,
    JSON.stringify({
      policy: { extends: "hubei", options: { "satisfaction-threshold": { floor: 80 } } },
      rules: { "header-field-missing": "warning" },
    }),
  );
  const file = await workbook("saved-rules.xlsx", { policy: "national", rules: { "header-field-missing": "off" } });
  const fromConfig = await run(["--config", cfg, file]);
  expect(fromConfig).toMatchObject({
    policy: { id: "custom", source: "option" },
    found: ["header-field-missing/warning", "header-field-missing/warning"],
  });
  const fromRule = await run(["--config", cfg, "--rule", "header-field-missing=error", file]);
  expect(fromRule.found).toEqual(["header-field-missing/error", "header-field-missing/error"]);
});

test("--generation is the template generation; --profile still works and says it was renamed", async () => {
  const file = await workbook("gen.xlsx");
  expect((await run(["--generation", "legacy", file])).stderr).toBe("");
  const old = await run(["--profile", "legacy", file]);
  expect(old.code).toBeLessThan(2);
  expect(old.stderr).toContain("--profile 已改名为 --generation");
});

test("an unknown policy or a broken --config is a Chinese usage error, exit 2", async () => {
  const file = await workbook("bad.xlsx");
  const unknown = await runCli(["--policy", "atlantis", file]);
  expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining("--policy 的取值“atlantis”无效")]);
  const cfg = path.join(dir, "broken.json");
  fs.writeFileSync(cfg, "{ not json");
  const broken = await runCli(["--config", cfg, file]);
  expect([broken.code, broken.stderr]).toEqual([2, expect.stringContaining("不是有效的 JSON")]);
  fs.writeFileSync(cfg, JSON.stringify({ options: { "satisfaction-threshold": { floor: "high" } } }));
  const badOption = await runCli(["--config", cfg, file]);
  expect([badOption.code, badOption.stderr]).toEqual([2, expect.stringContaining("选项不正确")]);
});
