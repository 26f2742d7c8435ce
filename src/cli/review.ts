// One ptcheck run after the arguments: inputs → checks (in parallel, in order) → text/JSON and the reviewer's
// reports. What is kept per file is its summary and findings, never the workbook.
import * as fs from "fs";
import * as path from "path";
import { ConfigSchema, layerConfigs, type Config } from "../core/config";
import { Checker } from "../core/engine";
import type { Severity } from "../core/rules/types";
import type { Options } from "./args";
import type { Checked, CheckJob } from "./check-one";
import { expandInputs } from "./inputs";
import { checkInOrder, defaultJobs } from "./pool";
import { fileWriter, ReportOutput, type ReportKind } from "./report-output";
import { renderOverview } from "./report/overview";
import type { FileSummary } from "./report/summary";
import { Progress } from "./progress";

export interface Io {
  /** writeBytes where the destination takes raw UTF-8 (process.stdout does). */
  readonly stdout: { write(text: string): unknown; writeBytes?(bytes: Uint8Array): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

/** Exit code of the run: 0 clean, 1 error-level findings, 2 unreadable input, bad target or checker bug. */
export async function runReview(o: Options, io: Io): Promise<number> {
  for (const n of o.notices ?? []) io.stderr.write(`ptcheck：${n}\n`);
  let config: Config;
  try {
    config = configOf(o);
  } catch (e) {
    io.stderr.write(`ptcheck：${reasonOf(e)}\n`);
    return 2;
  }
  const min: Severity = o.minSeverity ?? "info";
  const kind: ReportKind = o.format === "json" ? (o.jsonVersion === 1 ? "json-v1" : "json-v2") : "text";
  // each file's section of the main report is rendered where it is checked (sections.ts); keep per file only what
  // the other outputs read: a folder's findings are the run's memory
  const keep = { results: false, findings: (o.reports ?? []).length > 0 || o.opinions !== undefined };
  const render = { kind, min };
  const jobs: CheckJob[] = [];
  for (const arg of o.inputs) {
    for (const e of expandInputs([arg])) {
      const annotateTo = o.annotate !== undefined && !e.error ? annotateTarget(o.annotate, arg, e.path) : undefined;
      jobs.push({
        path: e.path,
        maxSizeMb: o.maxSizeMb,
        config,
        keep,
        render,
        ...(o.minSeverity ? { minSeverity: o.minSeverity } : {}),
        ...(e.error ? { error: { code: e.error.code, message: e.error.message } } : {}),
        ...(annotateTo !== undefined ? { annotateTo } : {}),
      });
    }
  }
  const refusal = checkTargets(o, jobs);
  if (refusal) {
    io.stderr.write(`ptcheck：${refusal}\n`);
    return 2;
  }

  // the main report is written as each file finishes (report-output.ts); only the summaries are kept
  let outFile: ReturnType<typeof fileWriter> | undefined;
  if (o.output !== undefined) {
    try {
      outFile = fileWriter(o.output);
    } catch (e) {
      io.stderr.write(`ptcheck：无法写入 --output 文件 ${o.output}：${reasonOf(e)}\n`);
      return 2;
    }
  }
  const report = new ReportOutput(kind, outFile ?? io.stdout, min);
  const summaries: FileSummary[] = [];
  const progress = new Progress(io.stderr, jobs.length);
  let errors = 0;
  // without --jobs, a small input is checked on this thread alone (starting workers would cost more)
  const auto = o.jobs === undefined;
  await checkInOrder(
    jobs,
    o.jobs ?? defaultJobs(),
    (c: Checked) => {
      errors += c.errors;
      if (!c.section) throw new Error(`${c.result.path}: no report section`);
      report.add(c.section, c.result);
      summaries.push(c.summary);
      progress.fileDone(c.summary);
      if (c.annotated && "skipped" in c.annotated)
        io.stderr.write(`ptcheck：${c.result.path}：${c.annotated.skipped}\n`);
    },
    auto,
  );
  progress.end();

  try {
    report.end(() => renderOverview(summaries, min));
    outFile?.close();
  } catch (e) {
    if (!outFile) throw e;
    io.stderr.write(`ptcheck：无法写入 --output 文件 ${o.output}：${reasonOf(e)}\n`);
    return 2;
  }

  // an unreadable input is 2 (never mistaken for a clean one), else 1 on any error; the errors are counted per file
  // before check-one drops the engine's findings that JSON v2 does not need
  let code = report.exitCode() === 2 ? 2 : errors > 0 ? 1 : 0;
  for (const target of o.reports ?? []) {
    const err = await writeReport(target, summaries, min);
    if (err) {
      io.stderr.write(`ptcheck：无法写入汇总报告 ${target}：${err}\n`);
      code = 2;
    }
  }
  if (o.opinions !== undefined) {
    const { writeOpinions } = await import("./report/opinions");
    const err = await tryWrite(() => writeOpinions(o.opinions ?? "", summaries, min));
    if (err) {
      io.stderr.write(`ptcheck：无法写入审核意见 ${o.opinions}：${err}\n`);
      code = 2;
    }
  }

  // a rule that crashed is a checker bug: its findings are missing, so say so and do not report success
  const failures = report.ruleFailures;
  for (const line of failures) io.stderr.write(`ptcheck：内部错误，以下检查结果不完整，请反馈给开发者：${line}\n`);
  return failures.length > 0 ? 2 : code;
}

async function writeReport(
  target: string,
  summaries: ReadonlyArray<FileSummary>,
  min: Severity,
): Promise<string | null> {
  if (/\.xlsx$/i.test(target)) {
    const { writeSummaryXlsx } = await import("./report/summary-xlsx");
    return tryWrite(() => writeSummaryXlsx(target, summaries, min));
  }
  const { renderSummaryHtml } = await import("./report/summary-html");
  return writeFileSafely(target, renderSummaryHtml(summaries, min));
}

async function tryWrite(fn: () => Promise<void>): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (e) {
    return reasonOf(e);
  }
}

function writeFileSafely(file: string, text: string): string | null {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
    return null;
  } catch (e) {
    return reasonOf(e);
  }
}

function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "没有写入权限";
  if (code === "EBUSY") return "文件正被其他程序占用（是否在 Excel 或 WPS 中打开？），请关闭后重试";
  if (code === "EISDIR") return "这是文件夹，不是文件";
  return e instanceof Error ? e.message : String(e);
}

/** The copy keeps the file's place below the folder given on the command line. */
function annotateTarget(dir: string, arg: string, file: string): string {
  const rel = path.resolve(file) === path.resolve(arg) ? path.basename(file) : path.relative(arg, file);
  return path.join(dir, rel);
}

function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    // not there yet: resolve its folder, which may itself be a symlink
    const dir = path.dirname(path.resolve(p));
    return dir === path.resolve(p) ? dir : path.join(real(dir), path.basename(p));
  }
}

/** Nothing ptcheck writes may land on an input or, for --annotate, in a folder the inputs come from. */
function checkTargets(o: Options, jobs: ReadonlyArray<CheckJob>): string | null {
  const sources = new Set(jobs.map((j) => real(j.path)));
  const named: Array<[string, string | undefined]> = [
    ["--output", o.output],
    ["--opinions", o.opinions],
    ...(o.reports ?? []).map((r): [string, string] => ["--report", r]),
  ];
  for (const [flag, file] of named) {
    if (file !== undefined && sources.has(real(file)))
      return `${flag} 的目标“${file}”是要检查的源文件，为防止覆盖原文件，已停止。请换一个文件名。`;
  }
  if (o.annotate === undefined) return null;
  const dir = real(o.annotate);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory())
    return `--annotate 的目标“${o.annotate}”是文件，应为文件夹。`;
  const sourceDirs = new Set<string>();
  for (const arg of o.inputs) {
    const st = fs.existsSync(arg) ? fs.statSync(arg) : null;
    if (st?.isDirectory()) sourceDirs.add(real(arg));
  }
  for (const j of jobs) sourceDirs.add(path.dirname(real(j.path)));
  if (sourceDirs.has(dir))
    return `--annotate 的目标文件夹“${o.annotate}”就是源文件所在的文件夹；批注副本必须写到另一个文件夹，原文件不会被改动。`;
  for (const j of jobs) {
    if (j.annotateTo !== undefined && sources.has(real(j.annotateTo))) {
      return `--annotate 会把副本写到源文件“${j.annotateTo}”上，已停止。请换一个目标文件夹。`;
    }
  }
  return null;
}

/** The command line's settings: a --config file under the options given one by one (a workbook's own go under both). */
function configOf(o: Options): Config {
  const fromFile = o.configFile !== undefined ? readConfigFile(o.configFile) : undefined;
  const given: Config = {
    ...(o.year !== undefined ? { year: o.year } : {}),
    ...(o.profile !== undefined ? { generation: o.profile } : {}),
    ...(o.policy !== undefined ? { policy: o.policy } : {}),
    rules: { ...o.rules },
  };
  const config = layerConfigs(fromFile, given);
  // an unknown policy or a bad rule option is a usage error, before any file is read
  new Checker(config);
  return config;
}

function readConfigFile(file: string): Config {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`无法读取 --config 文件 ${file}：${reasonOf(e)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new Error(`--config 文件 ${file} 不是有效的 JSON。`);
  }
  const r = ConfigSchema.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new Error(
      `--config 文件 ${file} 的内容不正确：${first ? `${first.path.join(".") || "(根)"} ${first.message}` : ""}`,
    );
  }
  return data as Config;
}
