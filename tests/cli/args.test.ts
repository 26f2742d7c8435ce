// Option parsing and usage errors: every mistake is a zh-CN message on stderr and exit 2.
import { DEFAULT_MAX_SIZE_MB, parseArgs } from "../../src/cli/args";
import { runCli, SEED } from "./fixtures";

test("defaults", () => {
  expect(parseArgs(["a.xlsx"])).toEqual({
    kind: "run",
    options: {
      format: "text",
      year: undefined,
      profile: undefined,
      rules: {},
      maxSizeMb: DEFAULT_MAX_SIZE_MB,
      inputs: ["a.xlsx"],
    },
  });
  expect(DEFAULT_MAX_SIZE_MB).toBe(30);
});

test("all options, both spellings, interleaved with inputs", () => {
  const r = parseArgs([
    "a.xlsx",
    "--format",
    "json",
    "--year=2024",
    "--profile",
    "mof-2021",
    "--rule",
    "time-outside-budget-year=warning",
    "--rule=time-outside-budget-year=off",
    "--max-size",
    "50",
    "dir",
    "--",
    "--odd-name.txt",
  ]);
  expect(r).toEqual({
    kind: "run",
    options: {
      format: "json",
      year: 2024,
      profile: "mof-2021",
      notices: ["--profile 已改名为 --generation（模板版本），旧名在下一版本中将不再支持。"],
      rules: { "time-outside-budget-year": "off" },
      maxSizeMb: 50,
      inputs: ["a.xlsx", "dir", "--odd-name.txt"],
    },
  });
});

test("--policy, --config and --generation (the new name of --profile, without a notice)", () => {
  const r = parseArgs(["--policy", "hubei", "--config=unit.json", "--generation", "legacy", "a.xlsx"]);
  expect(r).toEqual({
    kind: "run",
    options: {
      format: "text",
      year: undefined,
      profile: "legacy",
      policy: "hubei",
      configFile: "unit.json",
      rules: {},
      maxSizeMb: 30,
      inputs: ["a.xlsx"],
    },
  });
  expect(parseArgs(["--policy", "atlantis", "a.xlsx"])).toMatchObject({
    kind: "error",
    message: expect.stringContaining("--policy 的取值“atlantis”无效"),
  });
});

test("help and version win over missing inputs", () => {
  expect(parseArgs(["-h"])).toEqual({ kind: "help" });
  expect(parseArgs(["--help", "x"])).toEqual({ kind: "help" });
  expect(parseArgs(["-v"])).toEqual({ kind: "version" });
  expect(parseArgs(["--version"])).toEqual({ kind: "version" });
});

test.each([
  [["--foo", "a.xlsx"], "未知选项 --foo"],
  [["-x", "a.xlsx"], "未知选项 -x"],
  [["--format", "xml", "a.xlsx"], "--format 的取值“xml”无效，应为 text 或 json"],
  [["--format"], "选项 --format 缺少取值"],
  [["--year", "24", "a.xlsx"], "--year 的取值“24”无效"],
  [["--year", "3000", "a.xlsx"], "--year 的取值“3000”无效"],
  [["--profile", "new", "a.xlsx"], "--profile 的取值“new”无效，应为 auto、legacy 或 mof-2021"],
  [["--rule", "time-outside-budget-year", "a.xlsx"], "--rule 的取值“time-outside-budget-year”无效"],
  [["--rule", "time-outside-budget-year=fatal", "a.xlsx"], "--rule time-outside-budget-year 的级别“fatal”无效"],
  [["--rule", "no-such-rule=off", "a.xlsx"], "--rule 中的规则“no-such-rule”不存在"],
  // an object's inherited names are no rule (they once matched some rule's sub-ids)
  [["--rule", "constructor=off", "a.xlsx"], "--rule 中的规则“constructor”不存在"],
  [["--max-size", "0", "a.xlsx"], "--max-size 的取值“0”无效"],
  [["--max-size", "abc", "a.xlsx"], "--max-size 的取值“abc”无效"],
  [[], "缺少要检查的文件或文件夹"],
  [["--format", "json"], "缺少要检查的文件或文件夹"],
])("usage error %j", async (argv, message) => {
  const parsed = parseArgs(argv);
  expect(parsed.kind).toBe("error");
  if (parsed.kind === "error") expect(parsed.message).toContain(message);
  // with a real input alongside, nothing is checked: message and usage hint on stderr, stdout empty
  if (message.startsWith("缺少")) return;
  const r = await runCli([SEED, ...argv]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain(`ptcheck：${message}`);
  expect(r.stderr).toContain("用法：ptcheck [选项] <文件或文件夹>...");
});

test("no inputs at all is a usage error", async () => {
  const r = await runCli([]);
  expect(r).toEqual({ code: 2, stdout: "", stderr: expect.stringContaining("缺少要检查的文件或文件夹") });
});

test("--help prints the zh-CN usage and exits 0", async () => {
  const r = await runCli(["--help"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  for (const s of ["用法：ptcheck", "--format text|json", "--year", "--profile", "--rule", "--max-size", "退出码"])
    expect(r.stdout).toContain(s);
});

test("--version prints the package version", async () => {
  const r = await runCli(["-v"]);
  expect(r).toEqual({ code: 0, stdout: `ptcheck ${require("../../package.json").version}\n`, stderr: "" });
});

test("--rule rule/messageId sets one message; an unknown message is refused", () => {
  expect(parseArgs(["--rule", "unit-missing/abbreviated=off", "a.xlsx"])).toMatchObject({
    kind: "run",
    options: { rules: { "unit-missing/abbreviated": "off" } },
  });
  expect(parseArgs(["--rule", "unit-missing/nope=off", "a.xlsx"])).toMatchObject({
    kind: "error",
    message: expect.stringContaining("没有提示“nope”"),
  });
});
