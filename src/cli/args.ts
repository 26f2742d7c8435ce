// argv → options. Every mistake becomes a zh-CN usage error (exit 2), never a stack trace.
import { ruleById } from "../core/rules";
import { PRESETS } from "../core/policy";

export type Format = "text" | "json";
export type Profile = "auto" | "legacy" | "mof-2021";
export type RuleLevel = "off" | "info" | "warning" | "error";

export interface Options {
  readonly format: Format;
  readonly year?: number;
  /** Template generation (`--generation`; `--profile` is its deprecated name). */
  readonly profile?: Profile;
  /** A shipped policy's id (`--policy`). */
  readonly policy?: string;
  /** A settings file (`--config`): JSON in the shape of the add-in's settings, a policy file among them. */
  readonly configFile?: string;
  /** Notes for stderr, such as a deprecated option's new name. */
  readonly notices?: ReadonlyArray<string>;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Files over this many MB are refused before being read. */
  readonly maxSizeMb: number;
  readonly inputs: ReadonlyArray<string>;
  /** JSON report version; undefined = 2. */
  readonly jsonVersion?: 1 | 2;
  /** Findings below this severity are left out of text, JSON and reports; undefined = info (all). */
  readonly minSeverity?: RuleLevelOn;
  /** Write the text or JSON report to this file instead of stdout. */
  readonly output?: string;
  /** Summary reports to write (.xlsx or .html, by extension). */
  readonly reports?: ReadonlyArray<string>;
  /** Folder for annotated copies of each workbook. */
  readonly annotate?: string;
  /** 审核意见 workbook to write. */
  readonly opinions?: string;
  /** Worker threads; undefined = the core count. */
  readonly jobs?: number;
}

export type RuleLevelOn = Exclude<RuleLevel, "off">;

export type ParseResult =
  | { readonly kind: "run"; readonly options: Options }
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "error"; readonly message: string };

export const DEFAULT_MAX_SIZE_MB = 30;

const FORMATS: ReadonlyArray<Format> = ["text", "json"];
const PROFILES: ReadonlyArray<Profile> = ["auto", "legacy", "mof-2021"];
const LEVELS: ReadonlyArray<RuleLevel> = ["off", "info", "warning", "error"];
const MIN_SEVERITIES: ReadonlyArray<RuleLevelOn> = ["error", "warning", "info"];

export const USAGE = `用法：ptcheck [选项] <文件或文件夹>...

检查《项目支出预算绩效目标表》：.xlsx 工作簿（每个工作表）以及制表符分隔的 .tsv、.txt 文本文件；
给出文件夹时会查找其中（含子文件夹）的全部表格文件。

选项：
  --format text|json        输出格式：text（默认，按文件 → 工作表 → 项目分组的中文报告）或 json
  --year <YYYY>             预算年度（默认取每张表自己的年度行）
  --policy <策略>            按哪个地区的要求审核：${PRESETS.map((p) => p.id).join("、")}（默认 national，见 docs/policies.md）
  --config <文件.json>      设置文件（策略、规则级别、阈值；可用 "policy": {"extends": "hubei", …} 写本单位的策略）
  --generation auto|legacy|mof-2021
                            模板版本：auto（默认，逐表自动识别）、legacy（旧版）、mof-2021（2021 版）；
                            旧名 --profile 仍可使用
设置的优先顺序：内置默认 < 策略 < 工作簿中保存的设置 < --config < --policy、--year、--generation、--rule
  --rule <规则>[/<提示>]=off|info|warning|error
                            调整某条规则（或它的某一条提示）的级别或关闭它，可重复使用
  --max-size <MB>           单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB），超过的文件不读取
  --min-severity error|warning|info
                            只列出不低于该级别的问题（文本、JSON 和报告都适用；评级仍按全部问题计算）
  --output <文件>           把文本或 JSON 报告写入文件，而不是输出到屏幕
  --json-version 1|2        JSON 报告版本：2（默认，含评级、问题值、修改建议、审核意见、指纹）或 1
  --report <文件.xlsx|文件.html>
                            另写一份汇总报告（每个项目一行，附全部问题明细和统计），可重复使用
  --annotate <文件夹>       为每个工作簿在该文件夹中另存一份带批注的副本（原文件不会被改动）
  --opinions <文件.xlsx>    生成“审核意见”工作簿（按三级指标逐行给出监审意见，另附项目汇总意见）
  --jobs <N>                同时检查的文件数（默认为 CPU 核数）
  -h, --help                显示本帮助
  -v, --version             显示版本号

退出码：0 没有错误级问题；1 至少有一项错误；2 用法错误或有文件无法读取（其余文件照常检查）。
`;

/** Options that take a value, with or without `=`. */
const VALUED = new Set([
  "--format",
  "--year",
  "--profile",
  "--generation",
  "--policy",
  "--config",
  "--rule",
  "--max-size",
  "--json-version",
  "--min-severity",
  "--output",
  "--report",
  "--annotate",
  "--opinions",
  "--jobs",
]);

export function parseArgs(argv: ReadonlyArray<string>): ParseResult {
  let format: Format = "text";
  let year: number | undefined;
  let profile: Profile | undefined;
  let policy: string | undefined;
  let configFile: string | undefined;
  const notices: string[] = [];
  let maxSizeMb = DEFAULT_MAX_SIZE_MB;
  const rules: Record<string, RuleLevel> = {};
  const inputs: string[] = [];
  const review: { -readonly [K in ReviewKey]?: Options[K] } = {};
  const reports: string[] = [];
  let help = false;
  let version = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    // a lone "-" is a file name (stdin is not supported), anything else starting with "-" is an option
    if (!arg.startsWith("-") || arg === "-") {
      inputs.push(arg);
      continue;
    }
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (arg === "-v" || arg === "--version") {
      version = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) return usageError(`未知选项 ${name}`);
    let value: string;
    if (name !== arg) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) return usageError(`选项 ${name} 缺少取值`);
      value = next;
      i++;
    }

    switch (name) {
      case "--format":
        if (!isOneOf(FORMATS, value)) return usageError(`--format 的取值“${value}”无效，应为 text 或 json`);
        format = value;
        break;
      case "--year": {
        if (!/^\d{4}$/.test(value) || +value < 1990 || +value > 2100) {
          return usageError(`--year 的取值“${value}”无效，应为 1990 到 2100 之间的四位年份，例如 2024`);
        }
        year = +value;
        break;
      }
      case "--profile":
      case "--generation":
        if (!isOneOf(PROFILES, value)) return usageError(`${name} 的取值“${value}”无效，应为 auto、legacy 或 mof-2021`);
        if (name === "--profile")
          notices.push("--profile 已改名为 --generation（模板版本），旧名在下一版本中将不再支持。");
        profile = value;
        break;
      case "--policy":
        if (!PRESETS.some((p) => p.id === value))
          return usageError(`--policy 的取值“${value}”无效，可用的策略：${PRESETS.map((p) => p.id).join("、")}`);
        policy = value;
        break;
      case "--config":
        configFile = value;
        break;
      case "--rule": {
        const m = /^([^=\s]+)=([^=\s]+)$/.exec(value);
        if (!m || !m[1] || !m[2])
          return usageError(
            `--rule 的取值“${value}”无效，应为 <规则>=off|info|warning|error，例如 --rule time-outside-budget-year=warning`,
          );
        const [, id, level] = m;
        if (!isOneOf(LEVELS, level))
          return usageError(`--rule ${id} 的级别“${level}”无效，应为 off、info、warning 或 error`);
        // `rule/messageId` sets one message of a rule on its own (docs/rules.md lists each rule's messages)
        const [ruleId = "", messageId] = id.split("/");
        const rule = ruleById(ruleId);
        if (!rule) return usageError(`--rule 中的规则“${ruleId}”不存在，请检查规则名（见 docs/rules.md）`);
        if (messageId !== undefined && !Object.prototype.hasOwnProperty.call(rule.meta.messages, messageId)) {
          return usageError(`--rule 中的规则“${ruleId}”没有提示“${messageId}”（见 docs/rules.md 中该规则的提示文本）`);
        }
        rules[id] = level;
        break;
      }
      case "--max-size": {
        const mb = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || !(mb > 0))
          return usageError(`--max-size 的取值“${value}”无效，应为大于 0 的兆字节数，例如 50`);
        maxSizeMb = mb;
        break;
      }
      default: {
        const err = reviewOption(name, value, review, reports);
        if (err) return usageError(err);
      }
    }
  }

  if (help) return { kind: "help" };
  if (version) return { kind: "version" };
  if (inputs.length === 0) return usageError("缺少要检查的文件或文件夹");
  return {
    kind: "run",
    options: {
      format,
      year,
      profile,
      ...(policy !== undefined ? { policy } : {}),
      ...(configFile !== undefined ? { configFile } : {}),
      ...(notices.length > 0 ? { notices } : {}),
      rules,
      maxSizeMb,
      inputs,
      ...review,
      ...(reports.length > 0 ? { reports } : {}),
    },
  };
}

function isOneOf<T extends string>(list: ReadonlyArray<T>, v: string | undefined): v is T {
  return v !== undefined && (list as ReadonlyArray<string>).includes(v);
}

function usageError(message: string): ParseResult {
  return { kind: "error", message };
}

type ReviewKey = "jsonVersion" | "minSeverity" | "output" | "annotate" | "opinions" | "jobs";

/** The reviewer-mode options (issue 12); a zh-CN message when the value is wrong. */
function reviewOption(
  name: string,
  value: string,
  review: { -readonly [K in ReviewKey]?: Options[K] },
  reports: string[],
): string | null {
  switch (name) {
    case "--json-version":
      if (value !== "1" && value !== "2") return `--json-version 的取值“${value}”无效，应为 1 或 2`;
      review.jsonVersion = value === "1" ? 1 : 2;
      return null;
    case "--min-severity":
      if (!isOneOf(MIN_SEVERITIES, value)) return `--min-severity 的取值“${value}”无效，应为 error、warning 或 info`;
      review.minSeverity = value;
      return null;
    case "--output":
      review.output = value;
      return null;
    case "--report": {
      const ext = value.slice(value.lastIndexOf(".")).toLowerCase();
      if (ext !== ".xlsx" && ext !== ".html" && ext !== ".htm")
        return `--report 的文件“${value}”扩展名无效，应为 .xlsx（汇总工作簿）或 .html（汇总网页）`;
      reports.push(value);
      return null;
    }
    case "--annotate":
      review.annotate = value;
      return null;
    case "--opinions":
      if (!/\.xlsx$/i.test(value)) return `--opinions 的文件“${value}”应以 .xlsx 结尾，例如 审核意见.xlsx`;
      review.opinions = value;
      return null;
    case "--jobs": {
      if (!/^\d+$/.test(value) || +value < 1 || +value > 64)
        return `--jobs 的取值“${value}”无效，应为 1 到 64 之间的整数`;
      review.jobs = +value;
      return null;
    }
  }
  return `未知选项 ${name}`;
}
