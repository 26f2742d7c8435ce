// Command-line paths → the list of files to check. Folders are searched recursively; problems become entries.
import * as fs from "fs";
import * as path from "path";
import { fsReason, InputError, MSG, SPREADSHEET_EXTENSIONS } from "./errors";

export interface InputEntry {
  /** The path as given, or the given folder joined with the file's relative path. */
  readonly path: string;
  readonly error?: InputError;
}

export function expandInputs(args: ReadonlyArray<string>): InputEntry[] {
  const out: InputEntry[] = [];
  for (const arg of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      out.push({
        path: arg,
        error: code === "ENOENT" || code === "ENOTDIR" ? MSG.missing() : MSG.readFailed(fsReason(e)),
      });
      continue;
    }
    if (!st.isDirectory()) {
      out.push({ path: arg });
      continue;
    }
    const found: string[] = [];
    const problems: InputEntry[] = [];
    walk(arg, found, problems, new Set());
    if (found.length === 0 && problems.length === 0) out.push({ path: arg, error: MSG.noSpreadsheets() });
    for (const f of found) out.push({ path: f });
    out.push(...problems);
  }
  return out;
}

export function isSpreadsheetName(name: string): boolean {
  // `~$x.xlsx` is the lock file Excel/WPS keep beside an open workbook; `.x` files are hidden (e.g. macOS `._x`)
  if (name.startsWith("~$") || name.startsWith(".")) return false;
  const ext = path.extname(name).toLowerCase();
  return (SPREADSHEET_EXTENSIONS as ReadonlyArray<string>).includes(ext);
}

function walk(dir: string, found: string[], problems: InputEntry[], seen: Set<string>): void {
  let real: string;
  let names: string[];
  try {
    real = fs.realpathSync(dir);
    // a symlinked folder pointing back up would otherwise loop forever
    if (seen.has(real)) return;
    seen.add(real);
    names = fs.readdirSync(dir);
  } catch (e) {
    problems.push({ path: dir, error: MSG.readFailed(fsReason(e)) });
    return;
  }
  names.sort(compareNames);
  const subdirs: string[] = [];
  for (const name of names) {
    const full = joinAsGiven(dir, name);
    let st: fs.Stats;
    try {
      st = fs.statSync(full);
    } catch {
      continue; // a dangling symlink is not an input the user named
    }
    if (st.isDirectory()) {
      if (!name.startsWith(".")) subdirs.push(full);
    } else if (st.isFile() && isSpreadsheetName(name)) {
      found.push(full);
    }
  }
  // files of a folder before its subfolders: the report reads top-down like a file manager
  for (const sub of subdirs) walk(sub, found, problems, seen);
}

/** Keeps the folder exactly as the user typed it (`./in/` stays `./in/`), so paths in the report are recognisable. */
function joinAsGiven(dir: string, name: string): string {
  return /[\\/]$/.test(dir) ? dir + name : dir + path.sep + name;
}

const collator = new Intl.Collator("zh-Hans-CN", { numeric: true });

function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
