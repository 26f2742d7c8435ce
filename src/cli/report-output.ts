// The main report (text or JSON) written as each file's check finishes, so a folder of thousands of files costs
// one file's findings at a time, not all of them. JSON v1 goes straight to its destination. The text report starts
// with an overview of every file, which is only known at the end: its per-file sections are spooled to a
// temporary file and copied after the overview. JSON v2 is built from the per-file summaries the caller keeps.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import { JsonReportStream } from "./render-json";
import { TextReport } from "./render-text";
import type { FileResult } from "./report";

export type ReportKind = "text" | "json-v1" | "json-v2";

export interface Writer {
  write(text: string): unknown;
}

export class ReportOutput {
  private readonly text = new TextReport();
  private readonly json = new JsonReportStream();
  private spool: { dir: string; fd: number } | null = null;
  private failed = 0;
  private errors = 0;
  /** One line per rule that threw, for stderr. */
  readonly ruleFailures: string[] = [];

  /** `dest` receives the report: stdout, or a writer over the --output file. */
  constructor(
    private readonly kind: ReportKind,
    private readonly dest: Writer,
  ) {
    if (kind === "json-v1") dest.write(this.json.start());
  }

  /** One finished file: rendered now, then only its counts are kept. */
  file(r: FileResult): void {
    if (r.error) this.failed++;
    for (const s of r.sheets) {
      for (const d of s.diagnostics) if (d.severity === "error") this.errors++;
      for (const f of s.ruleFailures)
        this.ruleFailures.push(`${r.path}（${s.sheet}）：规则 ${f.ruleId} 出错：${f.message}`);
    }
    if (this.kind === "json-v1") this.dest.write(this.json.file(r));
    else if (this.kind === "text") this.spoolWrite(this.text.file(r));
  }

  /** The rest of the report; `head` is what goes before the spooled sections (the overview, or all of JSON v2). */
  end(head: () => string): void {
    if (this.kind === "json-v1") {
      this.dest.write(this.json.end());
      return;
    }
    this.dest.write(head());
    if (this.kind === "json-v2") return;
    this.copySpool();
    this.dest.write(this.text.end());
  }

  /** 2 when any input was unreadable, else 1 on any error-level finding (as report.ts exitCodeOf). */
  exitCode(): number {
    if (this.failed > 0) return 2;
    return this.errors > 0 ? 1 : 0;
  }

  private spoolWrite(text: string): void {
    if (!this.spool) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptcheck-report-"));
      this.spool = { dir, fd: fs.openSync(path.join(dir, "sections.txt"), "w+") };
    }
    fs.writeSync(this.spool.fd, text);
  }

  private copySpool(): void {
    const spool = this.spool;
    if (!spool) return;
    try {
      const buf = Buffer.alloc(1 << 20);
      const decoder = new StringDecoder("utf8");
      let pos = 0;
      for (;;) {
        const n = fs.readSync(spool.fd, buf, 0, buf.length, pos);
        if (n <= 0) break;
        pos += n;
        const chunk = decoder.write(buf.subarray(0, n));
        if (chunk) this.dest.write(chunk);
      }
      const rest = decoder.end();
      if (rest) this.dest.write(rest);
    } finally {
      fs.closeSync(spool.fd);
      fs.rmSync(spool.dir, { recursive: true, force: true });
      this.spool = null;
    }
  }
}

/** A Writer appending to a file (the --output target), created with its folder. */
export function fileWriter(file: string): Writer & { close(): void } {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(file, "w");
  return {
    write: (text: string) => fs.writeSync(fd, text),
    close: () => fs.closeSync(fd),
  };
}
