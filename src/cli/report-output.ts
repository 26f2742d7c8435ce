// The main report (text or JSON) written as each file's check finishes, so a folder of thousands of files costs
// one file's findings at a time, not all of them. Each file arrives as a section already rendered where it was
// checked (sections.ts). JSON v1 and v2 go straight to their destination, their summary last. The text report
// starts with an overview of every file, which is only known at the end: its per-file sections are spooled to a
// temporary file and copied after the overview.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import type { Severity } from "../core/rules/types";
import { JsonReportStream } from "./render-json";
import { TextReport } from "./render-text";
import type { FileResult } from "./report";
import { JsonV2Stream } from "./report/json-v2";
import type { ReportKind, Section } from "./sections";
import type { Utf8Body } from "./utf8-body";

export type { ReportKind } from "./sections";

export interface Writer {
  write(text: string): unknown;
  /** Raw UTF-8 bytes, where the destination takes them: the spooled text sections are copied without a decode. */
  writeBytes?(bytes: Uint8Array): unknown;
}

export class ReportOutput {
  private readonly text = new TextReport();
  private readonly json = new JsonReportStream();
  private readonly json2: JsonV2Stream;
  private spool: { dir: string; fd: number } | null = null;
  /** The latest text section, not yet spooled: the last one goes straight after the spool (a single file never
   * makes the round trip through a temporary file). */
  private pending: Utf8Body | null = null;
  private failed = 0;
  private errors = 0;
  /** One line per rule that threw, for stderr. */
  readonly ruleFailures: string[] = [];

  /** `dest` receives the report: stdout, or a writer over the --output file. */
  /** `min`: the --min-severity the sections were rendered with (the v2 summary states it). */
  constructor(
    private readonly kind: ReportKind,
    private readonly dest: Writer,
    min: Severity = "info",
  ) {
    this.json2 = new JsonV2Stream(min);
    if (kind === "json-v1") dest.write(this.json.start());
    if (kind === "json-v2") dest.write(this.json2.start());
  }

  /**
   * One finished file: its section (renderSection, of this report's kind) written or spooled, then only its counts
   * are kept. `r` gives whether it was readable and which rules threw; its findings may already be dropped.
   */
  add(section: Section, r: Pick<FileResult, "path" | "error" | "sheets">): void {
    if (section.kind !== this.kind) throw new Error(`a ${section.kind} section in a ${this.kind} report`);
    if (r.error) this.failed++;
    this.errors += section.summary.error;
    for (const s of r.sheets) {
      for (const f of s.ruleFailures)
        this.ruleFailures.push(`${r.path}（${s.sheet}）：规则 ${f.ruleId} 出错：${f.message}`);
    }
    if (this.kind === "json-v1") {
      this.dest.write(this.json.add(section.summary));
      writeBody(this.dest, section.body);
    } else if (this.kind === "json-v2" && section.v2) {
      this.dest.write(this.json2.add(section.v2));
      writeBody(this.dest, section.body);
    } else if (this.kind === "text") {
      this.text.add(section.summary, section.disabled);
      if (this.pending !== null) this.spoolWrite(this.pending);
      this.pending = section.body;
    }
  }

  /** The rest of the report; `head` is what goes before the spooled text sections (the overview). */
  end(head: () => string): void {
    if (this.kind === "json-v1") {
      this.dest.write(this.json.end());
      return;
    }
    if (this.kind === "json-v2") {
      this.dest.write(this.json2.end());
      return;
    }
    this.dest.write(head());
    this.copySpool();
    if (this.pending !== null) writeBody(this.dest, this.pending);
    this.pending = null;
    this.dest.write(this.text.end());
  }

  /** 2 when any input was unreadable, else 1 on any error-level finding (as report.ts exitCodeOf). */
  exitCode(): number {
    if (this.failed > 0) return 2;
    return this.errors > 0 ? 1 : 0;
  }

  private spoolWrite(body: Utf8Body): void {
    if (!this.spool) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptcheck-report-"));
      this.spool = { dir, fd: fs.openSync(path.join(dir, "sections.txt"), "w+") };
    }
    for (const chunk of body) fs.writeSync(this.spool.fd, chunk);
  }

  private copySpool(): void {
    const spool = this.spool;
    if (!spool) return;
    try {
      const raw = this.dest.writeBytes?.bind(this.dest);
      const decoder = raw ? null : new StringDecoder("utf8");
      let pos = 0;
      for (;;) {
        // a fresh buffer per chunk: a pipe may still hold the previous one
        const buf = Buffer.allocUnsafe(1 << 20);
        const n = fs.readSync(spool.fd, buf, 0, buf.length, pos);
        if (n <= 0) break;
        pos += n;
        if (raw) {
          raw(buf.subarray(0, n));
          continue;
        }
        const chunk = decoder?.write(buf.subarray(0, n));
        if (chunk) this.dest.write(chunk);
      }
      const rest = decoder?.end();
      if (rest) this.dest.write(rest);
    } finally {
      fs.closeSync(spool.fd);
      fs.rmSync(spool.dir, { recursive: true, force: true });
      this.spool = null;
    }
  }
}

/** A section's bytes as they are, where the destination takes bytes; else decoded a chunk at a time. */
export function writeBody(dest: Writer, body: Utf8Body): void {
  const raw = dest.writeBytes?.bind(dest);
  if (raw) {
    for (const chunk of body) raw(chunk);
    return;
  }
  const decoder = new TextDecoder();
  for (const chunk of body) dest.write(decoder.decode(chunk));
}

/** A Writer appending to a file (the --output target), created with its folder. */
export function fileWriter(file: string): Writer & { close(): void } {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(file, "w");
  return {
    write: (text: string) => fs.writeSync(fd, text),
    writeBytes: (bytes: Uint8Array) => fs.writeSync(fd, bytes),
    close: () => fs.closeSync(fd),
  };
}
