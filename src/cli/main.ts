// ptcheck: argv → inputs → Grids → engine → text or JSON. `run` is the whole program minus the process,
// so tests drive it in-process with injected streams.
import * as fs from "fs";
import * as path from "path";
import { check, type SheetReport } from "../core/engine";
import type { Config } from "../core/config";
import { parseArgs, USAGE, type Options } from "./args";
import { InputError, MSG, fsReason } from "./errors";
import { expandInputs } from "./inputs";
import { readInput } from "./read-input";
import { exitCodeOf, type FileResult } from "./report";
import { renderJson } from "./render-json";
import { renderText } from "./render-text";

export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

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
      io.stderr.write(`ptcheck：${parsed.message}\n用法：ptcheck [选项] <文件或文件夹>...\n运行 ptcheck --help 查看全部选项。\n`);
      return 2;
  }
  const files = await checkAll(parsed.options);
  io.stdout.write(parsed.options.format === "json" ? renderJson(files) : renderText(files));
  // a rule that crashed is a checker bug: its findings are missing, so say so and do not report success
  const failures = files.flatMap((f) => f.sheets.flatMap((s) => s.ruleFailures.map((r) => `${f.path}（${s.sheet}）：规则 ${r.ruleId} 出错：${r.message}`)));
  for (const line of failures) io.stderr.write(`ptcheck：内部错误，以下检查结果不完整，请反馈给开发者：${line}\n`);
  return failures.length > 0 ? 2 : exitCodeOf(files);
}

export async function checkAll(options: Options): Promise<FileResult[]> {
  const config = configOf(options);
  const out: FileResult[] = [];
  // one file at a time: memory stays bounded by the largest workbook, not the folder
  for (const entry of expandInputs(options.inputs)) {
    if (entry.error) {
      out.push({ path: entry.path, error: entry.error, sheets: [] });
      continue;
    }
    out.push(await checkFile(entry.path, options.maxSizeMb, config));
  }
  return out;
}

async function checkFile(filePath: string, maxSizeMb: number, config: Config): Promise<FileResult> {
  let grids;
  try {
    grids = await readInput(filePath, maxSizeMb);
  } catch (e) {
    return { path: filePath, error: e instanceof InputError ? e : MSG.readFailed(fsReason(e)), sheets: [] };
  }
  const sheets: SheetReport[] = [];
  try {
    for (const g of grids) sheets.push(check(g, config));
  } catch (e) {
    // a rule bug must cost one file, not the whole run
    return { path: filePath, error: MSG.checkFailed(e instanceof Error ? e.message : String(e)), sheets: [] };
  }
  return { path: filePath, error: null, sheets };
}

function configOf(o: Options): Config {
  return {
    ...(o.year !== undefined ? { year: o.year } : {}),
    ...(o.profile !== undefined ? { profile: o.profile } : {}),
    rules: { ...o.rules },
  };
}

function packageVersion(): string {
  try {
    // src/cli and dist/cli both sit two levels below the package root
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "未知版本";
  } catch {
    return "未知版本";
  }
}

/** Process entry used by bin/ptcheck.js. */
export function main(): void {
  // `ptcheck … | head` closes stdout early; that is not a failure worth a stack trace
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
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
