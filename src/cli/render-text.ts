// The zh-CN text report: file → sheet → project, one finding per line starting with its cell address,
// and a one-line summary a reviewer can paste into a reply.
import type { ProjectSummary, SheetReport } from "../core/engine";
import { SEVERITY_LABEL } from "../core/i18n";
import type { Diagnostic, Severity } from "../core/rules/types";
import type { FileResult } from "./report";
import { summarize, type Summary } from "./report";
import { joined, type TextSink } from "./utf8-body";

const SEVERITIES: ReadonlyArray<Severity> = ["error", "warning", "info"];
const LABEL = SEVERITY_LABEL["zh-CN"];

const GENERATION_LABEL: Readonly<Record<string, string>> = {
  legacy: "旧版模板",
  "mof-2021": "2021 版模板",
  mixed: "新旧模板混用",
};

/**
 * C0 and C1 controls (ESC clears a screen and fakes lines), DEL, line and paragraph separators and bidi controls
 * (U+202E reverses what follows) in cell text, sheet names, project names and paths: shown as `\u001B`, never sent.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Text from the input, made safe to print on a terminal: every control character visible as an escape. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

export function renderText(files: ReadonlyArray<FileResult>): string {
  const report = new TextReport();
  return files.map((f) => report.file(f)).join("") + report.end();
}

/**
 * The text report written as the files finish: `file()` renders one file's section and keeps only its counts,
 * `end()` the summary line. A folder of thousands of files never holds more than one file's findings.
 */
export class TextReport {
  private readonly totals = { files: 0, projects: 0, error: 0, warning: 0, info: 0, failed: 0 };
  /** Rules the settings switched off in any sheet: the summary says what was not checked. */
  private readonly disabled = new Set<string>();

  file(f: FileResult): string {
    this.add(summarize([f]), disabledRulesOf(f));
    return renderTextFile(f);
  }

  /** Counts of a file whose section was rendered elsewhere (a worker thread: src/cli/sections.ts). */
  add(s: Summary, disabled: ReadonlyArray<string>): void {
    for (const id of disabled) this.disabled.add(id);
    for (const k of ["files", "projects", "error", "warning", "info", "failed"] as const) this.totals[k] += s[k];
  }

  end(): string {
    const off = [...this.disabled].sort();
    const note = off.length > 0 ? `；已关闭 ${off.length} 条规则，未检查：${off.join("、")}` : "";
    return `${summaryLine(this.totals)}${note}\n`;
  }
}

/** One file's section of the text report. */
export function renderTextFile(f: FileResult): string {
  return joined((sink) => writeTextFile(f, sink));
}

/** One file's section of the text report into `sink`, a line at a time. */
export function writeTextFile(f: FileResult, sink: TextSink): void {
  const lines = { push: (line: string): void => sink.push(`${line}\n`) };
  lines.push(visible(f.path));
  if (f.error) {
    lines.push(`  无法读取（${f.error.code}）：${visible(f.error.message)}`);
  } else if (f.sheets.length === 0) {
    lines.push("  工作簿中没有工作表。");
  } else {
    for (const s of f.sheets) renderSheet(s, lines);
  }
  lines.push("");
}

/** The rules the settings switched off in any sheet of the file. */
export function disabledRulesOf(f: FileResult): string[] {
  const out = new Set<string>();
  for (const sh of f.sheets) for (const id of sh.disabledRules ?? []) out.add(id);
  return [...out];
}

function renderSheet(s: SheetReport, lines: TextSink): void {
  if (s.projects.length === 0) {
    lines.push(`  工作表“${visible(s.sheet)}”：未找到绩效目标表，没有可检查的项目。`);
    return;
  }
  lines.push(`  工作表“${visible(s.sheet)}”：${s.projects.length} 个项目`);
  const byTable = new Map<number, Diagnostic[]>();
  for (const d of s.diagnostics) {
    const list = byTable.get(d.tableIndex);
    if (list) list.push(d);
    else byTable.set(d.tableIndex, [d]);
  }
  s.projects.forEach((p, i) => {
    lines.push(`  · 项目 ${i + 1}“${visible(p.name)}”（${projectFacts(p)}）— 评级 ${p.grade}：${countsText(p.counts)}`);
    for (const d of byTable.get(p.tableIndex) ?? []) lines.push(diagnosticLine(d));
    byTable.delete(p.tableIndex);
  });
  // findings whose table is not among the projects (should not happen) are still shown, never dropped
  for (const rest of byTable.values()) for (const d of rest) lines.push(diagnosticLine(d));
}

function projectFacts(p: ProjectSummary): string {
  const year = p.year === null ? "年度未知" : `${p.year} 年度`;
  return `${p.range}，${year}，${GENERATION_LABEL[p.generation] ?? p.generation}`;
}

function diagnosticLine(d: Diagnostic): string {
  return `      ${d.cell}  ${LABEL[d.severity]}  ${visible(d.message.includes("\n") ? d.message.replace(/\s*\n\s*/g, " ") : d.message)}  [${d.ruleId}]`;
}

function countsText(counts: Readonly<Record<Severity, number>>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${LABEL[s]} ${counts[s]} 项`);
  return parts.length ? parts.join("，") : "未发现问题";
}

function summaryLine(s: Summary): string {
  const base = `共检查 ${s.files} 个文件、${s.projects} 个项目：错误 ${s.error} 项，警告 ${s.warning} 项，提示 ${s.info} 项`;
  return s.failed > 0 ? `${base}；其中 ${s.failed} 个文件无法读取` : base;
}
