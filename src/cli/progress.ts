// The progress line on stderr (files done / total, projects so far, elapsed) — only on a terminal, so pipes,
// logs and CI see nothing extra.
import type { FileSummary } from "./report/summary";

export class Progress {
  private done = 0;
  private projects = 0;
  private readonly started = Date.now();
  private readonly on: boolean;

  constructor(
    private readonly stream: { write(text: string): unknown; readonly isTTY?: boolean },
    private readonly total: number,
  ) {
    this.on = stream.isTTY === true && total > 1;
  }

  fileDone(s: FileSummary): void {
    this.done++;
    for (const sh of s.sheets) this.projects += sh.projects.length;
    if (this.on)
      this.stream.write(
        `\r\x1b[K已检查 ${this.done}/${this.total} 个文件，${this.projects} 个项目，用时 ${this.elapsed()}`,
      );
  }

  end(): void {
    if (this.on) this.stream.write("\r\x1b[K");
  }

  private elapsed(): string {
    return `${((Date.now() - this.started) / 1000).toFixed(1)} 秒`;
  }
}
