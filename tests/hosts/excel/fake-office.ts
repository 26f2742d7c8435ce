// A STRICT in-memory fake of exactly the Office.js (Excel JavaScript API) members the Excel adapter uses.
//
// Faithful where it matters for correctness and cost:
// - proxies queue operations; `context.sync()` applies them in order, later, on a macrotask (a round trip);
// - reading a property that was not loaded and synced throws PropertyNotLoaded, as Office.js does; so does
//   reading `isNullObject` before a sync; setting a property does not make it readable;
// - a failing operation rejects the sync; operations before it stay applied, later ones are dropped;
// - proxies die with their `Excel.run`; a batch that ends with unsynced operations is an error;
// - every member is gated by its ExcelApi requirement set: an unsupported call fails at sync (ApiNotFound);
// - members the adapter does not use do not exist: touching one throws (so does writing a fill);
// - `sync()` calls are counted and every applied operation is logged;
// - events: handlers are registered at sync; edits raise WorksheetChanged on a later macrotask, with
//   `triggerSource` only where ExcelApi 1.14 is supported; the add-in's own value writes raise it too.
// Excel behaviours modelled: typed values (`95%` → 0.95 with a percent format), display text, merges (only the
// top-left cell keeps a value; getMergedAreasOrNullObject returns areas anchored in the range and fails above 512),
// used range (values only), conditional formats (custom formula + fill, multi-area, new ones at top priority),
// workbook names (string constants ≤ 255 characters, formulas ≤ 8,192), list data validation (clear first),
// borders, fonts, alignment, column widths, sheet protection (writes fail with AccessDenied).
//
// Hazards of the real host, each switchable, pessimistic by default where the real behaviour is unknown:
// - `cfIds: "positional"`: a conditional format's id is its position (as documented), and a proxy addresses its
//   format by that position when an operation is applied;
// - an undo stack: a user edit adds a step; a sync that writes clears it below ExcelApi 1.19 and adds one step
//   (the add-in's) from 1.19;
// - `payloadLimit` (5 MB): a sync whose request or response exceeds it fails (RequestPayloadSizeLimitExceeded);
// - user rules whose rule cannot be read (office-js #5222, #6827, #6835): loading through them fails the sync;
// - `pauseSyncs()`: syncs wait until released (a host slower than the add-in's timeout);
// - `mergesAsTopLeft` (default): merged areas reported by their top-left cell only (office-js#1590);
// - `sharedRuntime: false` (default): the function commands run in their own runtime (Office 2019).
import { formatNumber, type Area } from "../../../src/core/grid";
import type { ExcelRunner } from "../../../src/hosts/excel/excel-host";
import { MARK_COLORS, OWNED_PREFIX, type Mark } from "../../../src/hosts/host";
import type { Severity } from "../../../src/core/rules/types";
import { evalMarkFormula } from "../mark-eval";

// ---- model ------------------------------------------------------------------------------------------------

export interface Border {
  style: string;
  weight: string;
  color: string;
}

export interface FakeCell {
  /** "" for an empty cell. */
  value: string | number | boolean;
  numberFormat: string;
  formula?: string;
  /** A formula error shown in the cell (`#REF!`). */
  error?: string;
  /** Displayed text when it differs from what the value and format give (e.g. `####` in a narrow column). */
  shownText?: string;
  fill: string | null;
  font: { bold: boolean; size: number; color: string; name: string };
  borders: { top?: Border; bottom?: Border; left?: Border; right?: Border };
  hAlign: string;
  vAlign: string;
}

export interface FakeCellInit {
  value?: string | number | boolean;
  numberFormat?: string;
  formula?: string;
  error?: string;
  shownText?: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  border?: Border;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  readonly cells: Map<string, FakeCell>;
  readonly merges: Area[];
  /** Index 0 = top priority. */
  readonly cfs: CFModel[];
  readonly dv: Map<string, { type: "list"; source: string; inCellDropDown: boolean }>;
  readonly widths: Map<number, number>;
  protected: boolean;
  readonly standardWidth: number;
}

export interface CFModel {
  readonly id: string;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  readonly areas: Area[];
  /** Reading this format's rule fails (office-js #6827): a user rule the API cannot read. */
  readonly unreadable?: boolean;
}

export interface NameModel {
  readonly name: string;
  formula: string;
  visible: boolean;
}

const STANDARD_WIDTH_CHARS = 8.43;
const STANDARD_WIDTH_POINTS = 48;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const key = (r: number, c: number): string => `${r},${c}`;

function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function a1(a: Area): string {
  const tl = `${colName(a.left)}${a.top + 1}`;
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${colName(a.right)}${a.bottom + 1}`;
}

function qualified(sheet: SheetModel, a: Area): string {
  const q = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*$/.test(sheet.name)
    ? sheet.name
    : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${q}!${a1(a)}`;
}

/** The fake's own parser: `B3` or `B3:E9`, optionally `Sheet!`-qualified; nothing else (the adapter sends nothing else). */
function parseRef(ref: string, sheet: SheetModel): Area {
  let r = ref.trim();
  const bang = r.lastIndexOf("!");
  if (bang >= 0) {
    let s = r.slice(0, bang);
    if (s.startsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
    if (s !== sheet.name) throw new FakeOfficeError("InvalidArgument", `address ${ref} names another sheet`);
    r = r.slice(bang + 1);
  }
  const cell = (t: string): { row: number; col: number } => {
    const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(t);
    if (!m || !m[1] || !m[2]) throw new FakeOfficeError("InvalidArgument", `bad address "${ref}"`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: parseInt(m[2], 10) - 1, col: col - 1 };
  };
  const parts = r.split(":");
  if (parts.length > 2 || parts[0] === undefined) throw new FakeOfficeError("InvalidArgument", `bad address "${ref}"`);
  const p = cell(parts[0]);
  const q = parts[1] === undefined ? p : cell(parts[1]);
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
}

function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function inArea(a: Area, r: number, c: number): boolean {
  return r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
}

function blankCell(): FakeCell {
  return {
    value: "",
    numberFormat: "General",
    fill: null,
    font: { bold: false, size: 11, color: "#000000", name: "等线" },
    borders: {},
    hAlign: "General",
    vAlign: "Bottom",
  };
}

/** What Excel stores for typed text: numbers and percentages become numbers. */
function typedValue(v: unknown): { value: string | number | boolean; numberFormat?: string } {
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v === null || v === undefined) return { value: "" };
  const s = String(v);
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  const pct = /^([+-]?\d+(?:\.(\d+))?)%$/.exec(s);
  if (pct && pct[1])
    return { value: Number(pct[1]) / 100, numberFormat: pct[2] ? `0.${"0".repeat(pct[2].length)}%` : "0%" };
  return { value: s };
}

function displayText(c: FakeCell): string {
  if (c.error) return c.error;
  if (c.shownText !== undefined) return c.shownText;
  if (typeof c.value === "number") {
    // percentages with fixed decimals as Excel shows them ("0.0%" → 50.0%); other formats approximately
    const pct = /^0(?:\.(0+))?%$/.exec(c.numberFormat);
    if (pct) return `${(c.value * 100).toFixed(pct[1]?.length ?? 0)}%`;
    return formatNumber(c.value, c.numberFormat === "General" ? undefined : c.numberFormat);
  }
  if (typeof c.value === "boolean") return c.value ? "TRUE" : "FALSE";
  return c.value;
}

function valueType(c: FakeCell | undefined): string {
  if (!c || (c.value === "" && !c.error)) return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return Number.isInteger(c.value) ? "Integer" : "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return "String";
}

/** Evaluates the name formulas the adapter writes: TRUE/FALSE, numbers, string constants joined by `&`. */
function evaluateName(formula: string): unknown {
  const f = formula.replace(/^=/, "").trim();
  if (/^TRUE$/i.test(f)) return true;
  if (/^FALSE$/i.test(f)) return false;
  if (/^[+-]?\d+(\.\d+)?$/.test(f)) return Number(f);
  const lits = stringLiterals(f);
  return lits === null ? f : lits.join("");
}

/** The string constants of `"a"&"b"`, or null when the formula is something else. */
function stringLiterals(f: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < f.length) {
    if (out.length > 0) {
      if (f.charAt(i) !== "&") return null;
      i++;
    }
    if (f.charAt(i) !== '"') return null;
    i++;
    let s = "";
    for (;;) {
      if (i >= f.length) return null;
      if (f.charAt(i) === '"') {
        if (f.charAt(i + 1) === '"') {
          s += '"';
          i += 2;
          continue;
        }
        i++;
        break;
      }
      s += f.charAt(i);
      i++;
    }
    out.push(s);
  }
  return out.length > 0 ? out : null;
}

function checkFormulaLimits(formula: string): void {
  if (!formula.startsWith("="))
    throw new FakeOfficeError("InvalidArgument", `a name's reference must be a formula: ${formula.slice(0, 40)}`);
  if (formula.length > 8192) throw new FakeOfficeError("InvalidArgument", "formula longer than 8,192 characters");
  // string constants: Excel refuses a text value longer than 255 characters in a formula
  const lits = stringLiterals(formula.slice(1).trim());
  for (const l of lits ?? [])
    if (l.length > 255)
      throw new FakeOfficeError("InvalidArgument", "text value longer than 255 characters in a formula");
}

// ---- the fake Excel ------------------------------------------------------------------------------------------

interface Handler {
  readonly scope: string; // "collection" or a worksheet id
  readonly event: "changed" | "selectionChanged" | "activated";
  readonly fn: (args: unknown) => Promise<unknown>;
}

export interface FakeExcelInit {
  /** Cells row by row; a string is a typed value, "" an empty cell. */
  readonly sheets: Record<string, ReadonlyArray<ReadonlyArray<string | FakeCellInit>>>;
  /** Highest ExcelApi version supported, e.g. "1.8", "1.13", "1.20" (default). */
  readonly api?: string;
  readonly sharedRuntime?: boolean;
  /** "positional" (default, as documented): ids are positions; "stable": ids never change. */
  readonly cfIds?: "positional" | "stable";
  /** Bytes a request or a response may have (default 5 MB, Excel on the web); Infinity for desktop. */
  readonly payloadLimit?: number;
  /** getMergedAreasOrNullObject reports each merged area as its top-left cell only (default true). */
  readonly mergesAsTopLeft?: boolean;
}

function minorOf(version: string): number {
  const [maj, min] = version.split(".");
  if (maj !== "1" || min === undefined) throw new Error(`unsupported version ${version}`);
  return parseInt(min, 10);
}

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  active: SheetModel;
  selected: { sheet: SheetModel; row: number; col: number };
  readonly names = new Map<string, NameModel>();
  readonly apiMinor: number;
  readonly sharedRuntime: boolean;
  readonly cfIds: "positional" | "stable";
  readonly payloadLimit: number;
  readonly mergesAsTopLeft: boolean;
  /** Bytes of each sync's response (loaded values) and request (written values), in order. */
  readonly payloads: Array<{ request: number; response: number }> = [];
  /** Syncs refused for their size. */
  refused = 0;
  /** Pause syncs from this sync count on (see pauseSyncsAfter). */
  private pauseFrom: number | null = null;
  private releasePending: (() => void) | null = null;
  /** The user's undo history (newest last). */
  readonly undo: string[] = [];
  private gate: Promise<void> | null = null;
  /** context.sync() calls, over all runs. */
  syncCount = 0;
  /** Options of every Excel.run. */
  readonly runLog: Array<Record<string, unknown>> = [];
  /** Every applied operation, e.g. `Range.values= Sheet1!A7:E28`. */
  readonly opLog: string[] = [];
  /** Errors thrown by event handlers. */
  readonly handlerErrors: unknown[] = [];
  /** When set, sync() never resolves (a host that hangs). */
  hang = false;
  readonly handlers: Handler[] = [];
  private nextId = 1;

  constructor(init: FakeExcelInit) {
    this.apiMinor = minorOf(init.api ?? "1.20");
    this.sharedRuntime = init.sharedRuntime ?? false;
    this.mergesAsTopLeft = init.mergesAsTopLeft ?? true;
    this.cfIds = init.cfIds ?? "positional";
    this.payloadLimit = init.payloadLimit ?? 5 * 1024 * 1024;
    for (const [name, rows] of Object.entries(init.sheets)) this.addSheet(name, rows);
    const first = this.sheets[0];
    if (!first) throw new Error("a workbook needs a sheet");
    this.active = first;
    this.selected = { sheet: first, row: 0, col: 0 };
  }

  supports(minor: number): boolean {
    return this.apiMinor >= minor;
  }

  /** Syncs wait until the returned function is called. */
  pauseSyncs(): () => void {
    let release: () => void = () => undefined;
    this.gate = new Promise<void>((r) => {
      release = () => {
        this.gate = null;
        r();
      };
    });
    return release;
  }

  /** Lets `n` more syncs through, then pauses the following ones until the returned function is called. */
  pauseSyncsAfter(n: number): () => void {
    this.pauseFrom = this.syncCount + n;
    return () => {
      this.pauseFrom = null;
      if (this.releasePending) this.releasePending();
      else this.gate = null;
    };
  }

  get paused(): boolean {
    if (this.gate === null && this.pauseFrom !== null && this.syncCount > this.pauseFrom) {
      this.gate = new Promise<void>((r) => {
        this.releasePending = () => {
          this.gate = null;
          this.releasePending = null;
          r();
        };
      });
    }
    return this.gate !== null;
  }

  waitGate(): Promise<void> {
    return this.gate ?? Promise.resolve();
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix}${String(n).padStart(8, "0")}-0000-4000-8000-000000000000}`;
  }

  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<string | FakeCellInit>> = []): SheetModel {
    const s: SheetModel = {
      id: this.newId("5EE7"),
      name,
      cells: new Map(),
      merges: [],
      cfs: [],
      dv: new Map(),
      widths: new Map(),
      protected: false,
      standardWidth: STANDARD_WIDTH_CHARS,
    };
    this.sheets.push(s);
    rows.forEach((r, ri) =>
      r.forEach((v, ci) =>
        typeof v === "string" ? v !== "" && this.setCell(s, ri, ci, { value: v }) : this.setCell(s, ri, ci, v),
      ),
    );
    return s;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetByKey(k: string): SheetModel | undefined {
    return this.sheets.find((x) => x.name === k || x.id === k);
  }

  cell(s: SheetModel, r: number, c: number): FakeCell | undefined {
    return s.cells.get(key(r, c));
  }

  cellForWrite(s: SheetModel, r: number, c: number): FakeCell {
    let cell = s.cells.get(key(r, c));
    if (!cell) {
      cell = blankCell();
      s.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** Seeds a cell (test set-up: no events, no checks). */
  setCell(s: SheetModel, r: number, c: number, init: FakeCellInit): void {
    const cell = this.cellForWrite(s, r, c);
    if (init.value !== undefined) {
      const t = typedValue(init.value);
      cell.value = t.value;
      if (t.numberFormat) cell.numberFormat = t.numberFormat;
    }
    if (init.numberFormat !== undefined) cell.numberFormat = init.numberFormat;
    if (init.formula !== undefined) cell.formula = init.formula;
    if (init.error !== undefined) cell.error = init.error;
    if (init.shownText !== undefined) cell.shownText = init.shownText;
    if (init.fill !== undefined) cell.fill = init.fill;
    if (init.bold !== undefined) cell.font.bold = init.bold;
    if (init.fontColor !== undefined) cell.font.color = init.fontColor;
    if (init.border)
      cell.borders = {
        top: { ...init.border },
        bottom: { ...init.border },
        left: { ...init.border },
        right: { ...init.border },
      };
  }

  /** Excel's rule for a value written into a cell (by the user or the API). */
  writeValue(s: SheetModel, r: number, c: number, v: unknown): void {
    const m = s.merges.find((a) => inArea(a, r, c));
    const t = typedValue(v);
    if (m && (m.top !== r || m.left !== c)) {
      if (t.value !== "")
        throw new FakeOfficeError("InvalidOperation", `cannot change part of a merged cell (${a1(m)})`);
      return;
    }
    const cell = this.cellForWrite(s, r, c);
    cell.value = t.value;
    delete cell.formula;
    delete cell.error;
    delete cell.shownText;
    if (t.numberFormat) cell.numberFormat = t.numberFormat;
  }

  // ---- the two injected functions ----

  readonly isSetSupported = (name: string, version: string): boolean => {
    if (name === "ExcelApi") return this.supports(minorOf(version));
    if (name === "SharedRuntime") return this.sharedRuntime && minorOf(version) <= 1;
    return false;
  };

  readonly run: ExcelRunner = async <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    for (const k of Object.keys(options)) {
      if (k !== "delayForCellEdit" && k !== "mergeUndoGroup")
        throw new FakeOfficeError("InvalidArgument", `Excel.run option ${k} is not modelled`);
    }
    if (options.mergeUndoGroup !== undefined && !this.supports(20))
      throw new FakeOfficeError("ApiNotFound", "mergeUndoGroup needs ExcelApi 1.20");
    this.runLog.push({ ...options });
    const ctx = new Ctx(this);
    try {
      // the batch starts synchronously, as in Office.js
      const result = await batch(strict(ctx, "RequestContext") as unknown as Excel.RequestContext);
      if (ctx.pending.length > 0) {
        throw new Error(
          `FakeOffice: the batch ended with ${ctx.pending.length} queued operation(s) never synced: ${ctx.pending.map((p) => p.desc).join("; ")}`,
        );
      }
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  // ---- events ----

  /**
   * Raises an event on a later macrotask, like Excel's notifications: it reaches the handlers registered by
   * then (requests the add-in sent before the edit are processed first, as Excel processes them in order).
   */
  emit(event: Handler["event"], sheet: SheetModel, args: Record<string, unknown>): void {
    setImmediate(() => {
      for (const h of this.handlers.filter(
        (x) => x.event === event && (x.scope === "collection" || x.scope === sheet.id),
      )) {
        this.delivered.push({ event, sheet: sheet.name, args });
        h.fn(args).catch((e: unknown) => this.handlerErrors.push(e));
      }
    });
  }

  /** Every event delivered to a handler. */
  readonly delivered: Array<{ event: string; sheet: string; args: Record<string, unknown> }> = [];

  emitChanged(sheet: SheetModel, area: Area, source: "Unknown" | "ThisLocalAddin"): void {
    const args: Record<string, unknown> = {
      address: a1(area),
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
      worksheetId: sheet.id,
    };
    if (this.supports(14)) args.triggerSource = source;
    this.emit("changed", sheet, args);
  }

  // ---- what a user does ----

  userEdit(sheetName: string, row: number, col: number, text: string): void {
    const s = this.sheet(sheetName);
    if (s.protected) throw new Error("the sheet is protected");
    this.writeValue(s, row, col, text);
    this.undo.push(`edit ${sheetName}!${a1({ top: row, left: col, bottom: row, right: col })}`);
    this.emitChanged(s, { top: row, left: col, bottom: row, right: col }, "Unknown");
  }

  activate(s: SheetModel): void {
    if (this.active === s) return;
    this.active = s;
    this.emit("activated", s, { type: "WorksheetActivated", worksheetId: s.id });
  }

  userActivate(sheetName: string): void {
    this.activate(this.sheet(sheetName));
  }

  select(s: SheetModel, row: number, col: number): void {
    this.selected = { sheet: s, row, col };
    this.emit("selectionChanged", s, {
      address: a1({ top: row, left: col, bottom: row, right: col }),
      type: "WorksheetSelectionChanged",
      worksheetId: s.id,
    });
  }

  userSelect(sheetName: string, row: number, col: number): void {
    const s = this.sheet(sheetName);
    this.activate(s);
    this.select(s, row, col);
  }

  addUserConditionalFormat(
    sheetName: string,
    address: string,
    cf: { type?: string; formula?: string; fill?: string; unreadable?: boolean },
  ): CFModel {
    const s = this.sheet(sheetName);
    const model: CFModel = {
      id: this.newId("CF"),
      type: cf.type ?? "Custom",
      formula: cf.formula ?? null,
      fill: cf.fill ?? null,
      areas: address.split(",").map((p) => parseRef(p, s)),
      unreadable: cf.unreadable ?? false,
    };
    s.cfs.unshift(model);
    return model;
  }

  mergeCells(sheetName: string, address: string): void {
    const s = this.sheet(sheetName);
    this.merge(s, parseRef(address, s));
  }

  merge(s: SheetModel, a: Area): void {
    if (a.top === a.bottom && a.left === a.right) return;
    for (const m of s.merges) {
      if (intersects(m, a))
        throw new FakeOfficeError("InvalidOperation", `cannot merge ${a1(a)}: overlaps merged ${a1(m)}`);
    }
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        if (r === a.top && c === a.left) continue;
        const cell = s.cells.get(key(r, c));
        if (cell) {
          cell.value = "";
          delete cell.formula;
          delete cell.error;
        }
      }
    }
    s.merges.push({ ...a });
  }

  // ---- what a test inspects (not through the proxies) ----

  text(sheetName: string, row: number, col: number): string {
    const c = this.cell(this.sheet(sheetName), row, col);
    return c ? displayText(c) : "";
  }

  /** The add-in's marks that show now: cells covered by conditional formats whose formula names `_PTC_` and is
   * true for the cell (a keyed mark hides once its cell no longer holds the checked content). */
  marks(sheetName: string): Mark[] {
    const bySeverity = new Map<string, Severity>(
      Object.entries(MARK_COLORS).map(([sev, color]) => [color.toUpperCase(), sev as Severity]),
    );
    const s = this.sheet(sheetName);
    const out: Mark[] = [];
    for (const cf of s.cfs) {
      if (!cf.formula || !cf.formula.includes(OWNED_PREFIX)) continue;
      const severity = bySeverity.get((cf.fill ?? "").toUpperCase());
      if (!severity) throw new Error(`a mark with an unknown colour ${cf.fill}`);
      const anchor = cf.areas[0];
      if (!anchor) continue;
      for (const a of cf.areas)
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) {
            const shows = evalMarkFormula(cf.formula, anchor.top, anchor.left, r, c, (row, col) => {
              const cell = this.cell(s, row, col);
              if (!cell || (cell.value === "" && !cell.error)) return null;
              return cell.error ? { error: cell.error } : cell.value;
            });
            if (shows) out.push({ row: r, col: c, severity });
          }
    }
    return out.sort((x, y) => x.row - y.row || x.col - y.col);
  }

  ownFormats(sheetName: string): CFModel[] {
    return this.sheet(sheetName).cfs.filter((cf) => (cf.formula ?? "").includes(OWNED_PREFIX));
  }

  /** Values, texts, number formats, fills, fonts, borders and alignment of every cell, plus merges: a snapshot to compare. */
  userFormatting(sheetName: string): string {
    const s = this.sheet(sheetName);
    const cells = [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify({ cells, merges: s.merges, dv: [...s.dv.entries()], widths: [...s.widths.entries()] });
  }
}

// ---- proxies --------------------------------------------------------------------------------------------------

interface Op {
  readonly desc: string;
  readonly apply: () => void;
  /** Bytes this operation sends (written values). */
  readonly bytes?: number;
}

/** One Excel.run's RequestContext. */
class Ctx {
  readonly pending: Op[] = [];
  readonly objects: FObj[] = [];
  closed = false;
  private wb: unknown = undefined;
  private app: unknown = undefined;

  constructor(readonly fake: FakeExcel) {}

  get workbook(): Workbook {
    this.assertOpen();
    this.wb ??= strict(new Workbook(this), "Workbook");
    return this.wb as Workbook;
  }

  get application(): Application {
    this.assertOpen();
    this.app ??= strict(new Application(this), "Application");
    return this.app as Application;
  }

  assertOpen(): void {
    if (this.closed)
      throw new FakeOfficeError("InvalidObjectPath", "the RequestContext of a finished Excel.run was used");
  }

  queue(desc: string, apply: () => void, bytes?: number): void {
    this.assertOpen();
    this.pending.push(bytes === undefined ? { desc, apply } : { desc, apply, bytes });
  }

  /** Queues an operation that fails at sync when the requirement set is missing (the host lacks the API). */
  requireApi(minor: number, member: string): void {
    if (!this.fake.supports(minor)) {
      this.queue(`${member} (needs ExcelApi 1.${minor})`, () => {
        throw new FakeOfficeError(
          "ApiNotFound",
          `${member} needs ExcelApi 1.${minor}; this host supports 1.${this.fake.apiMinor}`,
        );
      });
    }
  }

  /** Bytes of loaded values in this sync (the response). */
  response = 0;

  sync(): Promise<void> {
    this.assertOpen();
    this.fake.syncCount++;
    const ops = this.pending.splice(0);
    if (this.fake.hang) return new Promise<void>(() => undefined);
    const round = (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        setImmediate(() => {
          try {
            this.apply(ops);
            resolve();
          } catch (e) {
            reject(e);
          }
        });
      });
    // no pause: the round trip is queued now, in order with events raised afterwards
    return this.fake.paused ? this.fake.waitGate().then(round) : round();
  }

  private apply(ops: Op[]): void {
    const fake = this.fake;
    const request = ops.reduce((n, op) => n + (op.bytes ?? 0), 0);
    if (request > fake.payloadLimit) {
      fake.refused++;
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    this.response = 0;
    let wrote = false;
    try {
      for (const op of ops) {
        op.apply();
        fake.opLog.push(op.desc);
        if (isWrite(op.desc)) wrote = true;
      }
    } finally {
      if (wrote) {
        if (fake.supports(19)) fake.undo.push("add-in");
        else fake.undo.length = 0;
      }
    }
    if (this.response > fake.payloadLimit) {
      fake.refused++;
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.response} bytes`);
    }
    fake.payloads.push({ request, response: this.response });
    for (const o of this.objects) o.settle();
    for (const s of fake.sheets) {
      for (const cf of s.cfs) {
        if (cf.type === "Custom" && cf.formula === null)
          throw new FakeOfficeError("InvalidArgument", "a custom conditional format needs a rule formula");
      }
    }
  }
}

/** Bytes of `s` in UTF-8 (what goes over the wire; a Chinese character is three bytes). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Operations that change the workbook (and so touch the undo history); loads, selection and events do not. */
function isWrite(desc: string): boolean {
  return !/\.load\(|^Range\.select|^Worksheet\.activate|^EventHandlers|^EventHandlerResult|suspendScreenUpdating|needs ExcelApi/.test(
    desc,
  );
}

const ALLOWED_UNKNOWN = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
  "inspect",
]);

/** Members not modelled do not exist: reading or writing one throws. */
function strict<T extends object>(o: T, kind: string): T {
  return new Proxy(o, {
    get(t, p, r) {
      if (typeof p === "symbol" || p in t || ALLOWED_UNKNOWN.has(p)) return Reflect.get(t, p, r) as unknown;
      throw new Error(`FakeOffice: ${kind}.${p} is not modelled (the adapter should not need it)`);
    },
    set(t, p, v, r) {
      if (typeof p === "symbol" || p in t) return Reflect.set(t, p, v, r);
      throw new Error(`FakeOffice: setting ${kind}.${String(p)} is not modelled (the adapter must not write it)`);
    },
  });
}

function notLoaded(kind: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

type Scalar = { get: () => unknown; minor?: number };

/** Base of every proxy: lazy resolution, load/sync bookkeeping, strict reads. */
abstract class FObj {
  readonly loaded = new Map<string, unknown>();
  private memo: { v: unknown } | undefined = undefined;
  private nullState: boolean | undefined = undefined;

  constructor(
    readonly ctx: Ctx,
    readonly kind: string,
    private readonly resolver: () => unknown,
    private readonly nullable = false,
  ) {
    ctx.objects.push(this);
  }

  /** The model object, evaluated once (at the first operation that needs it); null for a null object. */
  target(): unknown {
    if (!this.memo) {
      const v = this.resolver();
      this.memo = { v };
    }
    return this.memo.v;
  }

  req<T>(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError("InvalidOperation", `${this.kind}: the object is a null object`);
    return t as T;
  }

  settle(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = this.target() === null;
    } catch {
      // an object whose path fails (getItem of a missing item) stays unresolved; using it fails the sync
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.kind, "isNullObject");
    if (!this.nullable && this.nullState) throw new Error("unexpected null");
    return this.nullState;
  }

  /** Scalar properties that load() can fetch. */
  protected scalars(): Record<string, Scalar> {
    return {};
  }

  /** Navigation properties that a load path may go through. */
  protected nav(_name: string): FObj | undefined {
    return undefined;
  }

  load(arg?: string | string[]): this {
    this.ctx.assertOpen();
    const list = arg === undefined ? [] : Array.isArray(arg) ? arg : arg.split(",");
    const paths = list
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => p.split("/"));
    if (paths.length === 0)
      throw new Error(`FakeOffice: ${this.kind}.load() without property names loads everything; name the properties`);
    this.ctx.queue(`${this.kind}.load(${paths.map((p) => p.join("/")).join(",")})`, () => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: string[][]): void {
    if (this.target() === null) return;
    const navs = new Map<string, string[][]>();
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === undefined) continue;
      if (rest.length === 0) {
        const s = this.scalars()[head];
        if (!s)
          throw new FakeOfficeError(
            "InvalidArgument",
            `load: ${this.kind}.${head} is not a (modelled) scalar property`,
          );
        if (s.minor !== undefined && !this.ctx.fake.supports(s.minor))
          throw new FakeOfficeError("ApiNotFound", `${this.kind}.${head} needs ExcelApi 1.${s.minor}`);
        const v = s.get();
        this.ctx.response += utf8Length(JSON.stringify(v ?? null));
        this.loaded.set(head, v);
      } else {
        navs.set(head, [...(navs.get(head) ?? []), rest]);
      }
    }
    for (const [head, rests] of navs) {
      const child = this.nav(head);
      if (!child)
        throw new FakeOfficeError(
          "InvalidArgument",
          `load: ${this.kind}.${head} is not a (modelled) navigation property`,
        );
      child.applyLoad(rests);
    }
  }

  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) throw notLoaded(this.kind, prop);
    return this.loaded.get(prop);
  }

  /** Queues a property write; it is applied at sync and does not make the property readable. */
  protected put(prop: string, value: unknown, apply: () => void, minor?: number, bytes?: number): void {
    if (minor !== undefined) this.ctx.requireApi(minor, `${this.kind}.${prop}`);
    const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
    this.ctx.queue(`${this.kind}.${prop}=${text}`, apply, bytes ?? utf8Length(text));
  }

  protected child<T extends FObj>(make: () => T, kind: string): T {
    return strict(make(), kind);
  }

  private readonly navCache = new Map<string, FObj>();

  /** A navigation property: Office.js returns the same proxy on every access. */
  protected cached<T extends FObj>(name: string, make: () => T, kind: string): T {
    let o = this.navCache.get(name);
    if (!o) {
      o = this.child(make, kind);
      this.navCache.set(name, o);
    }
    return o as T;
  }
}

type RangeTarget = { sheet: SheetModel; area: Area };

function assertWritable(s: SheetModel): void {
  if (s.protected)
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

class Application extends FObj {
  constructor(ctx: Ctx) {
    super(ctx, "Application", () => ctx.fake);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requireApi(9, "Application.suspendScreenUpdatingUntilNextSync");
    this.ctx.queue("Application.suspendScreenUpdatingUntilNextSync", () => undefined);
  }
}

class Workbook extends FObj {
  private ws: WorksheetCollection | undefined = undefined;
  private nm: NamedItemCollection | undefined = undefined;

  constructor(ctx: Ctx) {
    super(ctx, "Workbook", () => ctx.fake);
  }

  get worksheets(): WorksheetCollection {
    this.ws ??= this.child(() => new WorksheetCollection(this.ctx), "WorksheetCollection");
    return this.ws;
  }

  get names(): NamedItemCollection {
    this.nm ??= this.child(() => new NamedItemCollection(this.ctx), "NamedItemCollection");
    return this.nm;
  }

  /** ExcelApi 1.1: the selection (here the selected cell). */
  getSelectedRange(): Range {
    const fake = this.ctx.fake;
    return this.child(
      () =>
        new Range(this.ctx, () => ({
          sheet: fake.selected.sheet,
          area: {
            top: fake.selected.row,
            left: fake.selected.col,
            bottom: fake.selected.row,
            right: fake.selected.col,
          },
        })),
      "Range",
    );
  }

  getActiveCell(): Range {
    this.ctx.requireApi(7, "Workbook.getActiveCell");
    const fake = this.ctx.fake;
    return this.child(
      () =>
        new Range(this.ctx, () => ({
          sheet: fake.selected.sheet,
          area: {
            top: fake.selected.row,
            left: fake.selected.col,
            bottom: fake.selected.row,
            right: fake.selected.col,
          },
        })),
      "Range",
    );
  }
}

class EventHandlers extends FObj {
  constructor(
    ctx: Ctx,
    private readonly scope: () => string,
    private readonly event: Handler["event"],
    private readonly minor: number,
    label: string,
  ) {
    super(ctx, label, () => null, true);
  }

  add(fn: (args: unknown) => Promise<unknown>): { context: unknown; remove(): void } {
    this.ctx.requireApi(this.minor, `${this.kind}.add`);
    const fake = this.ctx.fake;
    let handler: Handler | undefined;
    this.ctx.queue(`${this.kind}.add`, () => {
      handler = { scope: this.scope(), event: this.event, fn };
      fake.handlers.push(handler);
    });
    const ctx = this.ctx;
    return {
      context: ctx,
      remove(): void {
        ctx.queue("EventHandlerResult.remove", () => {
          const i = handler ? fake.handlers.indexOf(handler) : -1;
          if (i >= 0) fake.handlers.splice(i, 1);
        });
      },
    };
  }
}

class WorksheetCollection extends FObj {
  private itemList: Worksheet[] | undefined = undefined;

  constructor(ctx: Ctx) {
    super(ctx, "WorksheetCollection", () => ctx.fake);
  }

  get items(): Worksheet[] {
    if (!this.itemList) throw notLoaded(this.kind, "items");
    return this.itemList;
  }

  protected override nav(name: string): FObj | undefined {
    if (name !== "items") return undefined;
    // loading through items: one proxy per sheet, fixed to that sheet
    const list = this.ctx.fake.sheets.map((s) => this.child(() => new Worksheet(this.ctx, () => s), "Worksheet"));
    this.itemList = list;
    return { applyLoad: (paths: string[][]) => list.forEach((w) => w.applyLoad(paths)) } as unknown as FObj;
  }

  getActiveWorksheet(): Worksheet {
    const fake = this.ctx.fake;
    return this.child(() => new Worksheet(this.ctx, () => fake.active), "Worksheet");
  }

  getItem(k: string): Worksheet {
    const fake = this.ctx.fake;
    return this.child(
      () =>
        new Worksheet(this.ctx, () => {
          const s = fake.sheetByKey(k);
          if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${k}`);
          return s;
        }),
      "Worksheet",
    );
  }

  getItemOrNullObject(k: string): Worksheet {
    this.ctx.requireApi(4, "WorksheetCollection.getItemOrNullObject");
    const fake = this.ctx.fake;
    return this.child(() => new Worksheet(this.ctx, () => fake.sheetByKey(k) ?? null, true), "Worksheet");
  }

  get onChanged(): EventHandlers {
    return this.cached(
      "onChanged",
      () => new EventHandlers(this.ctx, () => "collection", "changed", 9, "WorksheetCollection.onChanged"),
      "EventHandlers",
    );
  }

  get onSelectionChanged(): EventHandlers {
    return this.cached(
      "onSelectionChanged",
      () =>
        new EventHandlers(
          this.ctx,
          () => "collection",
          "selectionChanged",
          9,
          "WorksheetCollection.onSelectionChanged",
        ),
      "EventHandlers",
    );
  }

  get onActivated(): EventHandlers {
    return this.cached(
      "onActivated",
      () => new EventHandlers(this.ctx, () => "collection", "activated", 7, "WorksheetCollection.onActivated"),
      "EventHandlers",
    );
  }
}

class Worksheet extends FObj {
  constructor(ctx: Ctx, resolver: () => SheetModel | null, nullable = false) {
    super(ctx, "Worksheet", resolver, nullable);
  }

  private get s(): SheetModel {
    return this.req<SheetModel>();
  }

  protected override scalars(): Record<string, Scalar> {
    return {
      name: { get: () => this.s.name },
      id: { get: () => this.s.id },
      standardWidth: { get: () => this.s.standardWidth, minor: 7 },
    };
  }

  get name(): string {
    return this.get("name") as string;
  }

  get id(): string {
    return this.get("id") as string;
  }

  get standardWidth(): number {
    return this.get("standardWidth") as number;
  }

  get protection(): WorksheetProtection {
    return this.cached("protection", () => new WorksheetProtection(this.ctx, () => this.s), "WorksheetProtection");
  }

  protected override nav(name: string): FObj | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  activate(): void {
    this.ctx.queue(`Worksheet.activate`, () => this.ctx.fake.activate(this.s));
  }

  getRange(address?: string): Range {
    return this.child(
      () =>
        new Range(this.ctx, () => {
          const s = this.s;
          return {
            sheet: s,
            area: address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseRef(address, s),
          };
        }),
      "Range",
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    this.ctx.requireApi(7, "Worksheet.getRangeByIndexes");
    if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes: empty range");
    return this.child(
      () =>
        new Range(this.ctx, () => ({
          sheet: this.s,
          area: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 },
        })),
      "Range",
    );
  }

  getRanges(address: string): RangeAreas {
    this.ctx.requireApi(9, "Worksheet.getRanges");
    if (address.length > 8192)
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return this.child(
      () =>
        new RangeAreas(this.ctx, () => ({ sheet: this.s, areas: address.split(",").map((p) => parseRef(p, this.s)) })),
      "RangeAreas",
    );
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this.child(
      () =>
        new Range(this.ctx, () => {
          const s = this.s;
          let top = Infinity;
          let left = Infinity;
          let bottom = -1;
          let right = -1;
          for (const [k, c] of s.cells) {
            const used =
              c.value !== "" ||
              c.error !== undefined ||
              (!valuesOnly && (c.fill !== null || c.font.bold || Object.keys(c.borders).length > 0));
            if (!used) continue;
            const [r, col] = k.split(",").map(Number) as [number, number];
            top = Math.min(top, r);
            left = Math.min(left, col);
            bottom = Math.max(bottom, r);
            right = Math.max(right, col);
          }
          // a blank sheet's used range is A1
          return {
            sheet: s,
            area: bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right },
          };
        }),
      "Range",
    );
  }

  get onChanged(): EventHandlers {
    return this.cached(
      "onChanged",
      () => new EventHandlers(this.ctx, () => this.s.id, "changed", 7, "Worksheet.onChanged"),
      "EventHandlers",
    );
  }

  get onSelectionChanged(): EventHandlers {
    return this.cached(
      "onSelectionChanged",
      () => new EventHandlers(this.ctx, () => this.s.id, "selectionChanged", 7, "Worksheet.onSelectionChanged"),
      "EventHandlers",
    );
  }
}

class WorksheetProtection extends FObj {
  constructor(ctx: Ctx, resolver: () => SheetModel) {
    super(ctx, "WorksheetProtection", resolver);
  }

  protected override scalars(): Record<string, Scalar> {
    return { protected: { get: () => this.req<SheetModel>().protected, minor: 2 } };
  }

  get protected(): boolean {
    return this.get("protected") as boolean;
  }
}

class Range extends FObj {
  constructor(ctx: Ctx, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, "Range", resolver, nullable);
  }

  private get t(): RangeTarget {
    return this.req<RangeTarget>();
  }

  private grid<T>(f: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    const { sheet, area } = this.t;
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "too many cells");
    const out: T[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: T[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(f(sheet.cells.get(key(r, c)), r, c));
      out.push(row);
    }
    return out;
  }

  protected override scalars(): Record<string, Scalar> {
    return {
      address: { get: () => qualified(this.t.sheet, this.t.area) },
      rowIndex: { get: () => this.t.area.top },
      columnIndex: { get: () => this.t.area.left },
      rowCount: { get: () => this.t.area.bottom - this.t.area.top + 1 },
      columnCount: { get: () => this.t.area.right - this.t.area.left + 1 },
      values: { get: () => this.grid((c) => (c ? (c.error ?? c.value) : "")) },
      text: { get: () => this.grid((c) => (c ? displayText(c) : "")) },
      numberFormat: { get: () => this.grid((c) => c?.numberFormat ?? "General") },
      valueTypes: { get: () => this.grid((c) => valueType(c)) },
      formulas: { get: () => this.grid((c) => (c ? (c.formula ?? c.error ?? c.value) : "")) },
    };
  }

  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get address(): string {
    return this.get("address") as string;
  }
  get text(): string[][] {
    return this.get("text") as string[][];
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat") as unknown[][];
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes") as string[][];
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }

  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }

  set values(v: unknown[][]) {
    const copy = v.map((r) => [...r]);
    this.put(
      "values",
      "[2-D]",
      () => {
        const { sheet, area } = this.t;
        assertWritable(sheet);
        const rows = area.bottom - area.top + 1;
        const cols = area.right - area.left + 1;
        if (copy.length !== rows || copy.some((r) => r.length !== cols)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `values of ${copy.length}×${copy[0]?.length ?? 0} for a ${rows}×${cols} range`,
          );
        }
        copy.forEach((row, ri) =>
          row.forEach((val, ci) => this.ctx.fake.writeValue(sheet, area.top + ri, area.left + ci, val)),
        );
        this.ctx.fake.opLog.push(`values→ ${qualified(sheet, area)}`);
        this.ctx.fake.emitChanged(sheet, area, "ThisLocalAddin");
      },
      undefined,
      utf8Length(JSON.stringify(copy)),
    );
  }

  get worksheet(): Worksheet {
    return this.cached("worksheet", () => new Worksheet(this.ctx, () => this.t.sheet), "Worksheet");
  }

  get format(): RangeFormat {
    return this.cached("format", () => new RangeFormat(this.ctx, () => this.t), "RangeFormat");
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.cached(
      "conditionalFormats",
      () => new ConditionalFormatCollection(this.ctx, () => ({ sheet: this.t.sheet, areas: [this.t.area] })),
      "ConditionalFormatCollection",
    );
  }

  get dataValidation(): DataValidation {
    this.ctx.requireApi(8, "Range.dataValidation");
    return this.cached("dataValidation", () => new DataValidation(this.ctx, () => this.t), "DataValidation");
  }

  protected override nav(name: string): FObj | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  select(): void {
    this.ctx.queue("Range.select", () => {
      const { sheet, area } = this.t;
      if (this.ctx.fake.active !== sheet)
        throw new FakeOfficeError("InvalidOperation", "cannot select a range on a sheet that is not active");
      this.ctx.fake.select(sheet, area.top, area.left);
    });
  }

  merge(across?: boolean): void {
    if (across) throw new Error("FakeOffice: merge(across=true) is not modelled");
    this.ctx.requireApi(2, "Range.merge");
    this.ctx.queue("Range.merge", () => {
      const { sheet, area } = this.t;
      assertWritable(sheet);
      this.ctx.fake.merge(sheet, area);
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    this.ctx.requireApi(13, "Range.getMergedAreasOrNullObject");
    return this.child(
      () =>
        new RangeAreas(
          this.ctx,
          () => {
            const { sheet, area } = this.t;
            // only merged areas whose top-left cell is in the range (office-js#3611)
            const areas = sheet.merges.filter((m) => inArea(area, m.top, m.left));
            if (areas.length > 512) throw new FakeOfficeError("GeneralException", "more than 512 merged areas");
            if (areas.length === 0) return null;
            const reported = this.ctx.fake.mergesAsTopLeft
              ? areas.map((m) => ({ top: m.top, left: m.left, bottom: m.top, right: m.left }))
              : areas;
            return { sheet, areas: reported };
          },
          true,
        ),
      "RangeAreas",
    );
  }
}

class RangeAreas extends FObj {
  constructor(ctx: Ctx, resolver: () => { sheet: SheetModel; areas: Area[] } | null, nullable = false) {
    super(ctx, "RangeAreas", resolver, nullable);
  }

  protected override scalars(): Record<string, Scalar> {
    return {
      address: {
        get: () => {
          const t = this.req<{ sheet: SheetModel; areas: Area[] }>();
          return t.areas.map((a) => qualified(t.sheet, a)).join(", ");
        },
      },
    };
  }

  get address(): string {
    return this.get("address") as string;
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.cached(
      "conditionalFormats",
      () => new ConditionalFormatCollection(this.ctx, () => this.req<{ sheet: SheetModel; areas: Area[] }>()),
      "ConditionalFormatCollection",
    );
  }
}

class RangeFormat extends FObj {
  constructor(ctx: Ctx, resolver: () => RangeTarget) {
    super(ctx, "RangeFormat", resolver);
  }

  private get t(): RangeTarget {
    return this.req<RangeTarget>();
  }

  private eachCell(f: (c: FakeCell, r: number, col: number) => void): void {
    const { sheet, area } = this.t;
    assertWritable(sheet);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) f(this.ctx.fake.cellForWrite(sheet, r, c), r, c);
  }

  protected override scalars(): Record<string, Scalar> {
    const width = (c: number): number => this.t.sheet.widths.get(c) ?? STANDARD_WIDTH_POINTS;
    return {
      columnWidth: { get: () => width(this.t.area.left) },
      useStandardWidth: {
        minor: 7,
        get: () => {
          const { sheet, area } = this.t;
          let std = 0;
          for (let c = area.left; c <= area.right; c++) if (!sheet.widths.has(c)) std++;
          const n = area.right - area.left + 1;
          return std === n ? true : std === 0 ? false : null;
        },
      },
    };
  }

  get columnWidth(): number {
    return this.get("columnWidth") as number;
  }

  set columnWidth(v: number) {
    this.put("columnWidth", v, () => {
      const { sheet, area } = this.t;
      assertWritable(sheet);
      for (let c = area.left; c <= area.right; c++) sheet.widths.set(c, v);
    });
  }

  get useStandardWidth(): boolean | null {
    return this.get("useStandardWidth") as boolean | null;
  }

  set horizontalAlignment(v: string) {
    this.put("horizontalAlignment", v, () => this.eachCell((c) => (c.hAlign = v)));
  }

  set verticalAlignment(v: string) {
    this.put("verticalAlignment", v, () => this.eachCell((c) => (c.vAlign = v)));
  }

  get font(): RangeFont {
    return this.cached(
      "font",
      () =>
        new RangeFont(
          this.ctx,
          () => this.t,
          (f) => this.eachCell(f),
        ),
      "RangeFont",
    );
  }

  get borders(): RangeBorderCollection {
    return this.cached("borders", () => new RangeBorderCollection(this.ctx, () => this.t), "RangeBorderCollection");
  }
}

class RangeFont extends FObj {
  constructor(
    ctx: Ctx,
    resolver: () => RangeTarget,
    private readonly each: (f: (c: FakeCell) => void) => void,
  ) {
    super(ctx, "RangeFont", resolver);
  }

  set bold(v: boolean) {
    this.put("bold", v, () => this.each((c) => (c.font.bold = v)));
  }

  set size(v: number) {
    this.put("size", v, () => this.each((c) => (c.font.size = v)));
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
type EdgeName = (typeof EDGES)[number];

class RangeBorderCollection extends FObj {
  constructor(ctx: Ctx, resolver: () => RangeTarget) {
    super(ctx, "RangeBorderCollection", resolver);
  }

  getItem(edge: string): RangeBorder {
    if (!(EDGES as ReadonlyArray<string>).includes(edge)) throw new Error(`FakeOffice: border ${edge} is not modelled`);
    return this.child(() => new RangeBorder(this.ctx, () => this.req<RangeTarget>(), edge as EdgeName), "RangeBorder");
  }
}

class RangeBorder extends FObj {
  constructor(
    ctx: Ctx,
    resolver: () => RangeTarget,
    private readonly edge: EdgeName,
  ) {
    super(ctx, "RangeBorder", resolver);
  }

  private apply(prop: keyof Border, v: string): void {
    const { sheet, area } = this.req<RangeTarget>();
    assertWritable(sheet);
    if (this.edge === "InsideHorizontal" && area.top === area.bottom)
      throw new FakeOfficeError("InvalidArgument", "no inside horizontal edge in one row");
    if (this.edge === "InsideVertical" && area.left === area.right)
      throw new FakeOfficeError("InvalidArgument", "no inside vertical edge in one column");
    const fake = this.ctx.fake;
    const set = (r: number, c: number, side: "top" | "bottom" | "left" | "right"): void => {
      const cell = fake.cellForWrite(sheet, r, c);
      const b = cell.borders[side] ?? { style: "None", weight: "Thin", color: "#000000" };
      b[prop] = v;
      cell.borders[side] = b;
    };
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (this.edge === "EdgeTop" && r === area.top) set(r, c, "top");
        if (this.edge === "EdgeBottom" && r === area.bottom) set(r, c, "bottom");
        if (this.edge === "EdgeLeft" && c === area.left) set(r, c, "left");
        if (this.edge === "EdgeRight" && c === area.right) set(r, c, "right");
        if (this.edge === "InsideHorizontal" && r < area.bottom) set(r, c, "bottom");
        if (this.edge === "InsideHorizontal" && r > area.top) set(r, c, "top");
        if (this.edge === "InsideVertical" && c < area.right) set(r, c, "right");
        if (this.edge === "InsideVertical" && c > area.left) set(r, c, "left");
      }
    }
  }

  set style(v: string) {
    this.put(`style(${this.edge})`, v, () => this.apply("style", v));
  }
  set weight(v: string) {
    this.put(`weight(${this.edge})`, v, () => this.apply("weight", v));
  }
  set color(v: string) {
    this.put(`color(${this.edge})`, v, () => this.apply("color", v));
  }
}

class DataValidation extends FObj {
  constructor(ctx: Ctx, resolver: () => RangeTarget) {
    super(ctx, "DataValidation", resolver);
  }

  clear(): void {
    this.ctx.queue("DataValidation.clear", () => {
      const { sheet, area } = this.req<RangeTarget>();
      assertWritable(sheet);
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) sheet.dv.delete(key(r, c));
    });
  }

  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.put("rule", rule, () => {
      const { sheet, area } = this.req<RangeTarget>();
      assertWritable(sheet);
      const list = rule.list;
      if (!list || Object.keys(rule).length !== 1) throw new Error("FakeOffice: only list data validation is modelled");
      if (list.source.length > 255)
        throw new FakeOfficeError("InvalidArgument", "list source longer than 255 characters");
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (sheet.dv.has(key(r, c)))
            throw new FakeOfficeError("InvalidOperation", "the range already has data validation: clear it first");
          sheet.dv.set(key(r, c), { type: "list", source: list.source, inCellDropDown: list.inCellDropDown });
        }
      }
    });
  }
}

type CfOwner = { sheet: SheetModel; areas: Area[] };

class ConditionalFormatCollection extends FObj {
  private itemList: ConditionalFormat[] | undefined = undefined;

  constructor(ctx: Ctx, resolver: () => CfOwner) {
    super(ctx, "ConditionalFormatCollection", resolver);
  }

  private get o(): CfOwner {
    return this.req<CfOwner>();
  }

  private inScope(): CFModel[] {
    const { sheet, areas } = this.o;
    return sheet.cfs.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))));
  }

  get items(): ConditionalFormat[] {
    if (!this.itemList) throw notLoaded(this.kind, "items");
    return this.itemList;
  }

  protected override nav(name: string): FObj | undefined {
    if (name !== "items") return undefined;
    const sheet = this.o.sheet;
    const scope = (): CFModel[] => this.inScope();
    const list = this.inScope().map((cf, i) =>
      this.child(() => new ConditionalFormat(this.ctx, () => ({ sheet, cf }), scope, i), "ConditionalFormat"),
    );
    this.itemList = list;
    return { applyLoad: (paths: string[][]) => list.forEach((w) => w.applyLoad(paths)) } as unknown as FObj;
  }

  add(type: string): ConditionalFormat {
    this.ctx.requireApi(6, "ConditionalFormatCollection.add");
    if (type !== "Custom") throw new Error(`FakeOffice: conditional format type ${type} is not modelled for add`);
    let made: { sheet: SheetModel; cf: CFModel } | undefined;
    const fake = this.ctx.fake;
    this.ctx.queue(`ConditionalFormatCollection.add(${type})`, () => {
      const { sheet, areas } = this.o;
      assertWritable(sheet);
      const cf: CFModel = {
        id: fake.newId("CF"),
        type,
        formula: null,
        fill: null,
        areas: areas.map((a) => ({ ...a })),
      };
      sheet.cfs.unshift(cf); // new conditional formats go to the top priority
      made = { sheet, cf };
    });
    return this.child(
      () =>
        new ConditionalFormat(this.ctx, () => {
          if (!made) throw new FakeOfficeError("InvalidOperation", "the conditional format was not created");
          return made;
        }),
      "ConditionalFormat",
    );
  }

  getItem(id: string): ConditionalFormat {
    this.ctx.requireApi(6, "ConditionalFormatCollection.getItem");
    const positional = this.ctx.fake.cfIds === "positional";
    const scope = (): CFModel[] => this.inScope();
    return this.child(
      () =>
        new ConditionalFormat(
          this.ctx,
          () => {
            const cf = positional ? this.inScope()[Number(id)] : this.inScope().find((x) => x.id === id);
            if (!cf)
              throw new FakeOfficeError(
                "ItemNotFound",
                `The requested resource doesn't exist: conditional format ${id}`,
              );
            return { sheet: this.o.sheet, cf };
          },
          scope,
          positional ? Number(id) : undefined,
        ),
      "ConditionalFormat",
    );
  }
}

type CfTarget = { sheet: SheetModel; cf: CFModel };

class ConditionalFormat extends FObj {
  /**
   * @param scope the collection's formats now (positional ids: an operation finds its format by position)
   * @param position the position this proxy was obtained at (items, getItem)
   */
  constructor(
    ctx: Ctx,
    resolver: () => CfTarget,
    private readonly scope?: () => CFModel[],
    private readonly position?: number,
  ) {
    super(ctx, "ConditionalFormat", resolver);
  }

  private get positional(): boolean {
    return this.ctx.fake.cfIds === "positional" && this.scope !== undefined && this.position !== undefined;
  }

  protected override scalars(): Record<string, Scalar> {
    return {
      id: {
        get: () => {
          const t = this.req<CfTarget>();
          return this.ctx.fake.cfIds === "positional" ? String(t.sheet.cfs.indexOf(t.cf)) : t.cf.id;
        },
      },
      type: { get: () => this.req<CfTarget>().cf.type },
    };
  }

  get id(): string {
    return this.get("id") as string;
  }

  get type(): string {
    return this.get("type") as string;
  }

  get custom(): CustomConditionalFormat {
    return this.cached(
      "custom",
      () =>
        new CustomConditionalFormat(this.ctx, () => {
          const t = this.req<CfTarget>();
          if (t.cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "not a custom conditional format");
          return t;
        }),
      "CustomConditionalFormat",
    );
  }

  get customOrNullObject(): CustomConditionalFormat {
    return this.cached(
      "customOrNullObject",
      () =>
        new CustomConditionalFormat(
          this.ctx,
          () => {
            const t = this.req<CfTarget>();
            return t.cf.type === "Custom" ? t : null;
          },
          true,
        ),
      "CustomConditionalFormat",
    );
  }

  protected override nav(name: string): FObj | undefined {
    if ((name === "customOrNullObject" || name === "custom") && this.req<CfTarget>().cf.unreadable) {
      throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
    }
    if (name === "customOrNullObject") return this.customOrNullObject;
    if (name === "custom") return this.custom;
    return undefined;
  }

  delete(): void {
    this.ctx.queue("ConditionalFormat.delete", () => {
      const { sheet } = this.req<CfTarget>();
      // positional ids: the format at this proxy's position when the delete is applied
      const cf =
        this.positional && this.scope && this.position !== undefined
          ? this.scope()[this.position]
          : this.req<CfTarget>().cf;
      if (!cf) throw new FakeOfficeError("ItemNotFound", "conditional format not found");
      assertWritable(sheet);
      const i = sheet.cfs.indexOf(cf);
      if (i < 0) throw new FakeOfficeError("ItemNotFound", "conditional format already deleted");
      sheet.cfs.splice(i, 1);
    });
  }
}

class CustomConditionalFormat extends FObj {
  private r: ConditionalFormatRule | undefined = undefined;
  private f: ConditionalRangeFormat | undefined = undefined;

  constructor(ctx: Ctx, resolver: () => CfTarget | null, nullable = false) {
    super(ctx, "CustomConditionalFormat", resolver, nullable);
  }

  get rule(): ConditionalFormatRule {
    this.r ??= this.child(
      () => new ConditionalFormatRule(this.ctx, () => this.req<CfTarget>()),
      "ConditionalFormatRule",
    );
    return this.r;
  }

  get format(): ConditionalRangeFormat {
    this.f ??= this.child(
      () => new ConditionalRangeFormat(this.ctx, () => this.req<CfTarget>()),
      "ConditionalRangeFormat",
    );
    return this.f;
  }

  protected override nav(name: string): FObj | undefined {
    return name === "rule" ? this.rule : undefined;
  }

  override applyLoad(paths: string[][]): void {
    // loading through a null object loads nothing (its properties stay unreadable)
    if (this.target() === null) return;
    super.applyLoad(paths);
  }
}

class ConditionalFormatRule extends FObj {
  constructor(ctx: Ctx, resolver: () => CfTarget) {
    super(ctx, "ConditionalFormatRule", resolver);
  }

  protected override scalars(): Record<string, Scalar> {
    return { formula: { get: () => this.req<CfTarget>().cf.formula ?? "" } };
  }

  get formula(): string {
    return this.get("formula") as string;
  }

  set formula(v: string) {
    this.put("formula", v, () => {
      if (!v.startsWith("="))
        throw new FakeOfficeError("InvalidArgument", "a conditional format formula starts with =");
      this.req<CfTarget>().cf.formula = v;
    });
  }
}

class ConditionalRangeFormat extends FObj {
  constructor(ctx: Ctx, resolver: () => CfTarget) {
    super(ctx, "ConditionalRangeFormat", resolver);
  }

  get fill(): ConditionalRangeFill {
    return this.cached(
      "fill",
      () => new ConditionalRangeFill(this.ctx, () => this.req<CfTarget>()),
      "ConditionalRangeFill",
    );
  }
}

class ConditionalRangeFill extends FObj {
  constructor(ctx: Ctx, resolver: () => CfTarget) {
    super(ctx, "ConditionalRangeFill", resolver);
  }

  set color(v: string) {
    this.put("color", v, () => {
      this.req<CfTarget>().cf.fill = v;
    });
  }
}

class NamedItemCollection extends FObj {
  constructor(ctx: Ctx) {
    super(ctx, "NamedItemCollection", () => ctx.fake);
  }

  add(name: string, reference: string, comment?: string): NamedItem {
    this.ctx.requireApi(4, "NamedItemCollection.add");
    if (comment !== undefined) throw new Error("FakeOffice: name comments are not modelled");
    if (typeof reference !== "string") throw new Error("FakeOffice: only formula references are modelled");
    const fake = this.ctx.fake;
    let made: NameModel | undefined;
    this.ctx.queue(`NamedItemCollection.add(${name})`, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `bad name ${name}`);
      if (fake.names.has(name.toLowerCase()))
        throw new FakeOfficeError("InvalidArgument", `the name ${name} already exists`);
      checkFormulaLimits(reference);
      made = { name, formula: reference, visible: true };
      fake.names.set(name.toLowerCase(), made);
    });
    return this.child(
      () =>
        new NamedItem(this.ctx, () => {
          if (!made) throw new FakeOfficeError("InvalidOperation", "the name was not created");
          return made;
        }),
      "NamedItem",
    );
  }

  getItem(name: string): NamedItem {
    const fake = this.ctx.fake;
    return this.child(
      () =>
        new NamedItem(this.ctx, () => {
          const n = fake.names.get(name.toLowerCase());
          if (!n) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: name ${name}`);
          return n;
        }),
      "NamedItem",
    );
  }

  getItemOrNullObject(name: string): NamedItem {
    this.ctx.requireApi(4, "NamedItemCollection.getItemOrNullObject");
    const fake = this.ctx.fake;
    return this.child(
      () => new NamedItem(this.ctx, () => fake.names.get(name.toLowerCase()) ?? null, true),
      "NamedItem",
    );
  }
}

class NamedItem extends FObj {
  constructor(ctx: Ctx, resolver: () => NameModel | null, nullable = false) {
    super(ctx, "NamedItem", resolver, nullable);
  }

  private get n(): NameModel {
    return this.req<NameModel>();
  }

  protected override scalars(): Record<string, Scalar> {
    return {
      name: { get: () => this.n.name },
      formula: { get: () => this.n.formula, minor: 7 },
      value: { get: () => evaluateName(this.n.formula) },
      visible: { get: () => this.n.visible },
    };
  }

  get name(): string {
    return this.get("name") as string;
  }

  get formula(): string {
    return this.get("formula") as string;
  }

  set formula(v: string) {
    this.put(
      "formula",
      v,
      () => {
        checkFormulaLimits(v);
        this.n.formula = v;
      },
      7,
    );
  }

  get value(): unknown {
    return this.get("value");
  }

  set visible(v: boolean) {
    this.put("visible", v, () => {
      this.n.visible = v;
    });
  }
}
