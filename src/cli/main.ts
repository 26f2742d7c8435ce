// ptcheck: argv → options → review.ts (inputs → checks on worker threads → text/JSON and the reviewer's reports).
// `run` is the whole program minus the process, so tests drive it in-process with injected streams.
import * as fs from "fs";
import * as path from "path";
import { parseArgs, USAGE } from "./args";
import { runReview, type Io } from "./review";

export type { Io } from "./review";

export async function run(argv: ReadonlyArray<string>, io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case "help":
      io.stdout.write(USAGE);
      return 0;
    case "version":
      io.stdout.write(`ptcheck ${packageVersion()}\n`);
      return 0;
    case "error":
      io.stderr.write(
        `ptcheck：${parsed.message}\n用法：ptcheck [选项] <文件或文件夹>...\n运行 ptcheck --help 查看全部选项。\n`,
      );
      return 2;
  }
  // checks (on worker threads), text/JSON, --report/--annotate/--opinions: src/cli/review.ts
  return runReview(parsed.options, io);
}

function packageVersion(): string {
  try {
    // src/cli and dist/cli both sit two levels below the package root
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof pkg.version === "string" ? pkg.version : "未知版本";
  } catch {
    return "未知版本";
  }
}

/** zh-CN message for a failed write of the report to stdout. */
export function stdoutFailure(e: NodeJS.ErrnoException): string {
  const why =
    e.code === "ENOSPC"
      ? "磁盘空间不足"
      : e.code === "EACCES" || e.code === "EPERM"
        ? "没有写入权限"
        : `系统错误 ${e.code ?? e.message}`;
  return `ptcheck：无法输出检查报告（${why}），报告不完整。请检查输出位置后重新运行。\n`;
}

/** Process entry used by bin/ptcheck.js. */
export function main(): void {
  // `ptcheck … | head` closes stdout early; that is not a failure worth a stack trace
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    // a report that could not be written (a full disk, /dev/full) must not pass for "errors found" (1)
    process.stderr.write(stdoutFailure(e));
    process.exit(2);
  });
  const stdout = {
    write: (text: string) => process.stdout.write(text),
    writeBytes: (bytes: Uint8Array) => process.stdout.write(bytes),
  };
  run(process.argv.slice(2), { stdout, stderr: process.stderr }).then(
    (code) => {
      // exitCode, not exit(): let a large report finish flushing to a pipe
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ptcheck：内部错误：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
