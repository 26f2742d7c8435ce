// argv → options. Every mistake becomes a zh-CN usage error (exit 2), never a stack trace.
import { ruleById } from "../core/rules";

export type Format = "text" | "json";
export type Profile = "auto" | "legacy" | "mof-2021";
export type RuleLevel = "off" | "info" | "warning" | "error";

export interface Options {
  readonly format: Format;
  readonly year?: number;
  readonly profile?: Profile;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Files over this many MB are refused before being read. */
  readonly maxSizeMb: number;
  readonly inputs: ReadonlyArray<string>;
}

export type ParseResult =
  | { readonly kind: "run"; readonly options: Options }
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "error"; readonly message: string };

export const DEFAULT_MAX_SIZE_MB = 30;

const FORMATS: ReadonlyArray<Format> = ["text", "json"];
const PROFILES: ReadonlyArray<Profile> = ["auto", "legacy", "mof-2021"];
const LEVELS: ReadonlyArray<RuleLevel> = ["off", "info", "warning", "error"];

export const USAGE = `用法：ptcheck [选项] <文件或文件夹>...

检查《项目支出预算绩效目标表》：.xlsx 工作簿（每个工作表）以及制表符分隔的 .tsv、.txt 文本文件；
给出文件夹时会查找其中（含子文件夹）的全部表格文件。

选项：
  --format text|json        输出格式：text（默认，按文件 → 工作表 → 项目分组的中文报告）或 json
  --year <YYYY>             预算年度（默认取每张表自己的年度行）
  --profile auto|legacy|mof-2021
                            模板版本：auto（默认，逐表自动识别）、legacy（旧版）、mof-2021（2021 版）
  --rule <规则>=off|info|warning|error
                            调整某条规则的级别或关闭它，可重复使用
  --max-size <MB>           单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB），超过的文件不读取
  -h, --help                显示本帮助
  -v, --version             显示版本号

退出码：0 没有错误级问题；1 至少有一项错误；2 用法错误或有文件无法读取（其余文件照常检查）。
`;

/** Options that take a value, with or without `=`. */
const VALUED = new Set(["--format", "--year", "--profile", "--rule", "--max-size"]);

export function parseArgs(argv: ReadonlyArray<string>): ParseResult {
  let format: Format = "text";
  let year: number | undefined;
  let profile: Profile | undefined;
  let maxSizeMb = DEFAULT_MAX_SIZE_MB;
  const rules: Record<string, RuleLevel> = {};
  const inputs: string[] = [];
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
        if (!isOneOf(PROFILES, value)) return usageError(`--profile 的取值“${value}”无效，应为 auto、legacy 或 mof-2021`);
        profile = value;
        break;
      case "--rule": {
        const m = /^([^=\s]+)=([^=\s]+)$/.exec(value);
        if (!m || !m[1] || !m[2]) return usageError(`--rule 的取值“${value}”无效，应为 <规则>=off|info|warning|error，例如 --rule time-outside-budget-year=warning`);
        const [, id, level] = m;
        if (!isOneOf(LEVELS, level)) return usageError(`--rule ${id} 的级别“${level}”无效，应为 off、info、warning 或 error`);
        if (!ruleById(id)) return usageError(`--rule 中的规则“${id}”不存在，请检查规则名（见 docs/rules.md）`);
        rules[id] = level;
        break;
      }
      case "--max-size": {
        const mb = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || !(mb > 0)) return usageError(`--max-size 的取值“${value}”无效，应为大于 0 的兆字节数，例如 50`);
        maxSizeMb = mb;
        break;
      }
    }
  }

  if (help) return { kind: "help" };
  if (version) return { kind: "version" };
  if (inputs.length === 0) return usageError("缺少要检查的文件或文件夹");
  return { kind: "run", options: { format, year, profile, rules, maxSizeMb, inputs } };
}

function isOneOf<T extends string>(list: ReadonlyArray<T>, v: string | undefined): v is T {
  return v !== undefined && (list as ReadonlyArray<string>).includes(v);
}

function usageError(message: string): ParseResult {
  return { kind: "error", message };
}
