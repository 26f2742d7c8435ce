// What an .xlsx may cost, decided from the package before any workbook model is built: the uncompressed size of
// every part (from the central directory, then enforced while inflating), the cells and merges of every sheet, the
// merged area. A crafted 1.6 KB file must end in a clear TOO_LARGE or CORRUPT message, not in an out-of-memory kill
// that loses the report of every other file. The merges are read here, as areas, so the model never expands them.
import type { Area } from "../core/grid";
import { fromA1 } from "../core/grid";
import { MSG, type InputError } from "./errors";
import { inflatePart, listParts, ZipError, type ZipPart } from "./zip-parts";

/**
 * Ceilings, each far above a real 绩效目标表 workbook (the 21-table seed is 3 000 cells, 150 merges, a 300 KB sheet
 * part): a reviewer never meets them with a genuine file, and the model stays under ~1 GB below them.
 */
export const XLSX_LIMITS = {
  /** Uncompressed bytes of any one part. */
  partBytes: 64 * 1024 * 1024,
  /** Uncompressed bytes of all parts together. */
  totalBytes: 256 * 1024 * 1024,
  /** Cells (`<c>` elements) in all sheets together. */
  cells: 1_000_000,
  /** Merged areas in all sheets together. */
  merges: 20_000,
  /** Cells covered by merged areas, all sheets together. */
  mergedCells: 4_000_000,
  /** Excel's own sheet size: a reference beyond it is not a sheet Excel wrote. */
  rows: 1_048_576,
  cols: 16_384,
} as const;

export interface SheetPlan {
  readonly name: string;
  /** Package path of its part, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  /** Merged areas, 0-based sheet coordinates. */
  readonly merges: ReadonlyArray<Area>;
}

/** The sheets of the workbook, in workbook order, once every limit has been checked. Throws an InputError. */
export function planXlsx(bytes: Buffer): SheetPlan[] {
  let parts: ZipPart[];
  try {
    parts = listParts(bytes);
  } catch (e) {
    throw zipFailure(e);
  }
  let total = 0;
  for (const p of parts) {
    if (p.size > XLSX_LIMITS.partBytes) throw MSG.partTooLarge(p.name, p.size, XLSX_LIMITS.partBytes);
    total += p.size;
  }
  if (total > XLSX_LIMITS.totalBytes) throw MSG.unpackedTooLarge(total, XLSX_LIMITS.totalBytes);
  const byName = new Map(parts.map((p) => [p.name.replace(/\\/g, "/").replace(/^\//, ""), p]));
  const text = (name: string): string | null => {
    const p = byName.get(name);
    if (!p) return null;
    try {
      return inflatePart(bytes, p, XLSX_LIMITS.partBytes).toString("utf8");
    } catch (e) {
      throw zipFailure(e, name);
    }
  };

  const workbookPath = officeDocumentPath(text("_rels/.rels")) ?? "xl/workbook.xml";
  const workbook = text(workbookPath);
  if (workbook === null) throw MSG.noSheets("缺少工作簿部件（workbook.xml）");
  const dir = workbookPath.replace(/[^/]*$/, "");
  const rels = relationships(text(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`), dir);
  const sheets: SheetPlan[] = [];
  let cells = 0;
  let merges = 0;
  let mergedCells = 0;
  for (const s of sheetEntries(workbook)) {
    const part = rels.get(s.rid);
    if (!part || !byName.has(part)) continue; // a chart sheet, or a dangling entry: nothing to read
    const xml = text(part);
    if (xml === null) continue;
    if (!/<(?:[\w.-]+:)?worksheet[\s>]/.test(xml)) continue; // a dialog or macro sheet
    cells += countCells(xml);
    if (cells > XLSX_LIMITS.cells) throw MSG.tooManyCells(XLSX_LIMITS.cells);
    const areas = mergeAreas(xml);
    merges += areas.length;
    if (merges > XLSX_LIMITS.merges) throw MSG.tooManyMerges(XLSX_LIMITS.merges);
    for (const a of areas) mergedCells += (a.bottom - a.top + 1) * (a.right - a.left + 1);
    if (mergedCells > XLSX_LIMITS.mergedCells) throw MSG.mergedAreaTooLarge(mergedCells, XLSX_LIMITS.mergedCells);
    sheets.push({ name: s.name, part, merges: areas });
  }
  if (sheets.length === 0) throw MSG.noSheets("工作簿中没有可读取的工作表");
  return sheets;
}

function zipFailure(e: unknown, part?: string): InputError {
  if (e instanceof ZipError && e.kind === "too-large") return MSG.partTooLarge(part ?? "", null, XLSX_LIMITS.partBytes);
  return MSG.corrupt();
}

const REL = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
const SHEET = /<(?:[\w.-]+:)?sheet\b([^>]*)>/g;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? "") : undefined;
}

function officeDocumentPath(rels: string | null): string | null {
  if (!rels) return null;
  for (const m of rels.matchAll(REL)) {
    const a = m[1] ?? "";
    if (/\/officeDocument$/.test(attr(a, "Type") ?? "")) return (attr(a, "Target") ?? "").replace(/^\//, "") || null;
  }
  return null;
}

/** Relationship id → package path, for the rels of a part in `dir`. */
function relationships(xml: string | null, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of xml.matchAll(REL)) {
    const a = m[1] ?? "";
    const id = attr(a, "Id");
    const target = attr(a, "Target");
    if (id && target) out.set(id, resolvePath(dir, target));
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function sheetEntries(workbook: string): Array<{ name: string; rid: string }> {
  const out: Array<{ name: string; rid: string }> = [];
  for (const m of workbook.matchAll(SHEET)) {
    const a = m[1] ?? "";
    const rid = /(?:^|\s)[\w.-]*:?id\s*=\s*"([^"]*)"/.exec(a)?.[1];
    const name = attr(a, "name");
    if (rid && name !== undefined) out.push({ name, rid });
  }
  return out;
}

/** `<c>` elements (with or without a namespace prefix): every cell the model would create. */
function countCells(xml: string): number {
  let n = 0;
  const re = /<(?:[\w.-]+:)?c[\s/>]/g;
  while (re.exec(xml)) n++;
  return n;
}

function mergeAreas(xml: string): Area[] {
  const out: Area[] = [];
  const re = /<(?:[\w.-]+:)?mergeCell\b([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const ref = attr(m[1] ?? "", "ref");
    const area = ref ? areaOf(ref) : null;
    if (!area) continue;
    if (area.bottom >= XLSX_LIMITS.rows || area.right >= XLSX_LIMITS.cols) throw MSG.corrupt();
    out.push(area);
  }
  return out;
}

function areaOf(ref: string): Area | null {
  const [a, b] = ref.split(":");
  const tl = a ? fromA1(a) : null;
  const br = b ? fromA1(b) : tl;
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

function decodeXml(s: string): string {
  return s.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
    (_, hex: string, dec: string, named: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(parseInt(dec, 10));
      return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[named] ?? "";
    },
  );
}
