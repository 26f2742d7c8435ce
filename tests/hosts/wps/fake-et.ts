// A strict fake of exactly the WPS 表格 (ET) object-model members the add-in uses (src/hosts/wps/et.ts and the
// WPS 加载项 members of src/wps/main.ts). Every object handed out is a Proxy that
//   - throws on any member not implemented here (ET itself silently ignores misspelt properties),
//   - counts every member access as one host call (ET calls are synchronous cross-process calls),
//   - hands out methods that throw when used as a value (`range.Address` instead of `range.Address()`),
//   - is a fresh wrapper on every access (the real bridge gives no object identity).
// Rows and columns are 1-based on the host side; Value2 is a scalar for one cell and rows of cells for several,
// with `undefined` for empty cells; colours are BGR longs; events go to every listener application-wide (other
// workbooks included). No DOM, no Node, no jest: the browser test bundles this file.
//
// Where WPS's behaviour is unverified, the default is the pessimistic one (each switchable): events delivered
// after the call, `EnableEvents = false` ignored by ApiEvent, `Value(11)` throws, no DebugTools (no undo
// grouping), `undefined` arguments rejected by the bridge.

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type FakeValue = string | number | boolean;

export interface FakeCellInit {
  value?: FakeValue;
  numberFormat?: string;
  /** Interior.Color of the user's fill, BGR. */
  fill?: number;
  bold?: boolean;
  /** e.g. "thin" on every edge. */
  border?: string;
  /** An error value: the host hands it over as the COM HRESULT of the CVErr code. */
  error?: "#DIV/0!" | "#REF!" | "#VALUE!" | "#N/A" | "#NAME?" | "#NUM!" | "#NULL!";
}

export type FakeRowInit = ReadonlyArray<FakeValue | FakeCellInit | null | undefined>;

interface CellState {
  value?: FakeValue;
  error?: string;
  numberFormat?: string;
  fill?: number;
  bold?: boolean;
  fontSize?: number;
  border?: string;
  edges?: Record<number, string>;
  hAlign?: number;
  vAlign?: number;
  validation?: { type: number; alert: number | undefined; operator: number | undefined; formula1: string | undefined };
}

interface FormatConditionState {
  readonly id: number;
  readonly type: number;
  readonly formula1: string;
  color: number | undefined;
  areas: Area[];
}

interface SheetState {
  name: string;
  book: BookState;
  cells: Map<string, CellState>;
  merges: Area[];
  cfs: FormatConditionState[];
  protected: boolean;
  widths: Map<number, number>;
}

interface NameState {
  name: string;
  refersTo: string;
  visible: boolean;
}

interface BookState {
  name: string;
  fullName: string;
  sheets: SheetState[];
  names: NameState[];
  active: SheetState;
  selection: { row: number; col: number };
  scrollRow: number;
  scrollColumn: number;
}

interface RangeState {
  readonly sheet: SheetState;
  readonly areas: ReadonlyArray<Area>;
}

export interface TaskPaneState {
  readonly id: number;
  readonly url: string;
  readonly title: string | undefined;
  visible: boolean;
  dock: number;
  width: number;
}

export interface FakeEtInit {
  /** Sheets of the active workbook: rows of values or cell descriptions, row 0 = sheet row 1. */
  sheets?: Record<string, ReadonlyArray<FakeRowInit>>;
  /** More workbooks (inactive), for application-wide events. */
  otherBooks?: Record<string, Record<string, ReadonlyArray<FakeRowInit>>>;
  bookName?: string;
  /** "sync": listeners run inside the call that fired the event; "async": in a microtask afterwards. */
  events?: "sync" | "async";
  /** The unverified case: `EnableEvents = false` does not silence ApiEvent listeners. */
  ignoreEnableEvents?: boolean;
  /** What `Range.Value(11)` does: the XML Spreadsheet form, throw, or return the values (no XML support). */
  xml?: "xml" | "throws" | "values";
  /** Whether `Application.DebugTools` (UndoTransBegin/End) exists. */
  debugTools?: boolean;
  /** WPS 加载项 members (CreateTaskPane, GetTaskPane, PluginStorage, StatusBar). */
  addon?: boolean;
  /** Whether the bridge passes an `undefined` argument on (as an omitted one) or rejects the call. */
  undefinedArgs?: "accepted" | "rejected";
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const STANDARD_WIDTH = 8.38;
const CVERR: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};

const key = (r: number, c: number): string => `${r},${c}`;

export function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(a: Area): string {
  const tl = `${colLetters(a.left)}${a.top + 1}`;
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${colLetters(a.right)}${a.bottom + 1}`;
}

/** `RGB(r, g, b)` as ET stores colours (red in the low byte). */
export function rgbToBgr(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) throw new Error(`fake ET: bad cell reference "${ref}"`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = parseInt(m[2], 10);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) throw new Error(`fake ET: reference out of the sheet "${ref}"`);
  return { row: row - 1, col: col - 1 };
}

export function parseAddress(address: string): Area[] {
  return address.split(",").map((part) => {
    const [p, q] = part.split(":");
    const a = parseRef(p ?? "");
    const b = q === undefined ? a : parseRef(q);
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  });
}

function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function* cellsOf(a: Area): Generator<[number, number]> {
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield [r, c];
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

type Member =
  | { readonly get: () => unknown; readonly set?: (v: unknown) => void }
  | { readonly call: (...args: unknown[]) => unknown };

/** Properties that JS machinery (await, JSON, jest's printer) probes on any object: not host calls. */
const INERT = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

export class FakeEt {
  /** The `Application` object, as `window.Application` is in a WPS 表格 add-in page. */
  readonly app: unknown;
  readonly books: BookState[] = [];
  activeBook: BookState;
  enableEvents = true;
  screenUpdating = true;
  statusBar: string | boolean = false;
  /** Host calls (member accesses) so far, and their log (`Type.member`). */
  calls = 0;
  readonly log: string[] = [];
  /** A member (`Type.member`) that throws when used: to test the adapter's cleanup on failure. */
  failOn: string | null = null;
  readonly listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  readonly undo: string[] = [];
  readonly taskPanes: TaskPaneState[] = [];
  readonly pluginStorage = new Map<string, unknown>();
  private readonly internal = new WeakMap<object, unknown>();
  private nextCf = 1;
  private readonly options: Required<Omit<FakeEtInit, "sheets" | "otherBooks" | "bookName">>;

  constructor(init: FakeEtInit = {}) {
    this.options = {
      events: init.events ?? "async",
      ignoreEnableEvents: init.ignoreEnableEvents ?? true,
      xml: init.xml ?? "throws",
      debugTools: init.debugTools ?? false,
      addon: init.addon ?? false,
      undefinedArgs: init.undefinedArgs ?? "rejected",
    };
    const bookName = init.bookName ?? "工作簿1.xlsx";
    this.activeBook = this.addBook(bookName, init.sheets ?? { Sheet1: [] });
    for (const [name, sheets] of Object.entries(init.otherBooks ?? {})) this.addBook(name, sheets);
    this.app = this.wrapApplication();
  }

  private addBook(name: string, sheets: Record<string, ReadonlyArray<FakeRowInit>>): BookState {
    const book = {
      name,
      fullName: `C:\\Users\\clerk\\Documents\\${name}`,
      sheets: [],
      names: [],
      selection: { row: 0, col: 0 },
      scrollRow: 1,
      scrollColumn: 1,
    } as unknown as BookState;
    for (const [sheetName, rows] of Object.entries(sheets)) {
      const s: SheetState = {
        name: sheetName,
        book,
        cells: new Map(),
        merges: [],
        cfs: [],
        protected: false,
        widths: new Map(),
      };
      rows.forEach((r, ri) => r.forEach((v, ci) => this.initCell(s, ri, ci, v)));
      book.sheets.push(s);
    }
    if (book.sheets.length === 0)
      book.sheets.push({
        name: "Sheet1",
        book,
        cells: new Map(),
        merges: [],
        cfs: [],
        protected: false,
        widths: new Map(),
      });
    book.active = book.sheets[0] as SheetState;
    this.books.push(book);
    return book;
  }

  private initCell(s: SheetState, r: number, c: number, v: FakeValue | FakeCellInit | null | undefined): void {
    if (v === null || v === undefined || v === "") return;
    const cell: CellState = {};
    if (typeof v === "object") {
      if (v.value !== undefined && v.value !== "") cell.value = v.value;
      if (v.error !== undefined) cell.error = v.error;
      if (v.numberFormat !== undefined) cell.numberFormat = v.numberFormat;
      if (v.fill !== undefined) cell.fill = v.fill;
      if (v.bold !== undefined) cell.bold = v.bold;
      if (v.border !== undefined) cell.border = v.border;
    } else cell.value = v;
    s.cells.set(key(r, c), cell);
  }

  // ---- test controls (no host calls) ---------------------------------------------------------------------

  book(name?: string): BookState {
    const b = name === undefined ? this.activeBook : this.books.find((x) => x.name === name);
    if (!b) throw new Error(`fake ET: no workbook ${name}`);
    return b;
  }

  sheet(name: string, book?: string): SheetState {
    const s = this.book(book).sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake ET: no sheet ${name}`);
    return s;
  }

  get activeSheet(): SheetState {
    return this.activeBook.active;
  }

  setCell(sheet: string, row: number, col: number, init: FakeValue | FakeCellInit): void {
    const s = this.sheet(sheet);
    s.cells.delete(key(row, col));
    this.initCell(s, row, col, init);
  }

  mergeCells(sheet: string, address: string): void {
    for (const a of parseAddress(address)) this.doMerge(this.sheet(sheet), a);
  }

  protect(sheet: string, on = true): void {
    this.sheet(sheet).protected = on;
  }

  /** What the cell shows (strings as stored; numbers plainly; errors as their code). */
  text(sheet: string, row: number, col: number, book?: string): string {
    const c = this.sheet(sheet, book).cells.get(key(row, col));
    if (!c) return "";
    if (c.error !== undefined) return c.error;
    if (c.value === undefined) return "";
    if (typeof c.value === "boolean") return c.value ? "TRUE" : "FALSE";
    return String(c.value);
  }

  cellState(sheet: string, row: number, col: number): Readonly<CellState> | undefined {
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** Conditional formats of the sheet, in priority order (first = highest). */
  formatConditions(sheet: string): ReadonlyArray<Readonly<FormatConditionState>> {
    return this.sheet(sheet).cfs;
  }

  /** A user's own conditional format (e.g. a red font for negatives). */
  addUserFormatCondition(sheet: string, address: string, formula1: string, color: number): void {
    this.sheet(sheet).cfs.push({ id: this.nextCf++, type: 2, formula1, color, areas: parseAddress(address) });
  }

  /** Names of the active workbook. */
  names(): ReadonlyArray<Readonly<NameState>> {
    return this.activeBook.names;
  }

  /** Values, fills, fonts, borders, number formats, validations, merges and non-add-in conditional formats. */
  userFormatting(sheet: string): string {
    const s = this.sheet(sheet);
    const cells = [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const userCfs = s.cfs
      .filter((f) => !f.formula1.includes("_PTC_"))
      .map((f) => [f.formula1, f.color, f.areas.map(a1)]);
    return JSON.stringify({ cells, merges: s.merges.map(a1).sort(), userCfs, widths: [...s.widths.entries()] });
  }

  /** A user typing into a cell, as WPS parses typing: plain numbers and percentages become numbers. */
  userEdit(sheet: string, row: number, col: number, text: string, book?: string): void {
    const s = this.sheet(sheet, book);
    const cell = s.cells.get(key(row, col)) ?? {};
    delete cell.error;
    const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(text);
    if (text === "") delete cell.value;
    else if (/^-?\d+(?:\.\d+)?$/.test(text)) cell.value = Number(text);
    else if (pct && pct[1] !== undefined) {
      cell.value = Number(pct[1]) / 100;
      cell.numberFormat = "0%";
    } else cell.value = text;
    s.cells.set(key(row, col), cell);
    this.fire("SheetChange", () => [
      this.wrapSheet(s),
      this.wrapRange({ sheet: s, areas: [{ top: row, left: col, bottom: row, right: col }] }),
    ]);
  }

  userActivate(sheet: string): void {
    const s = this.sheet(sheet);
    this.activeBook.active = s;
    this.fire("SheetActivate", () => [this.wrapSheet(s)]);
  }

  userSelect(sheet: string, row: number, col: number): void {
    const s = this.sheet(sheet);
    this.activeBook.selection = { row, col };
    this.fire("SheetSelectionChange", () => [
      this.wrapSheet(s),
      this.wrapRange({ sheet: s, areas: [{ top: row, left: col, bottom: row, right: col }] }),
    ]);
  }

  userActivateBook(name: string): void {
    const b = this.book(name);
    this.activeBook = b;
    this.fire("WorkbookActivate", () => [this.wrapBook(b)]);
  }

  listenerCount(event?: string): number {
    if (event !== undefined) return this.listeners.get(event)?.length ?? 0;
    let n = 0;
    for (const l of this.listeners.values()) n += l.length;
    return n;
  }

  /** How many times a member was used (`Range.Value2`, `FormatConditions.Add` …). */
  count(member: string): number {
    return this.log.filter((l) => l === member).length;
  }

  // ---- events --------------------------------------------------------------------------------------------

  private fire(name: string, args: () => unknown[]): void {
    if (!this.enableEvents && !this.options.ignoreEnableEvents) return;
    const list = [...(this.listeners.get(name) ?? [])];
    if (list.length === 0) return;
    const a = args();
    const run = (): void => {
      for (const fn of list) fn(...a);
    };
    if (this.options.events === "sync") run();
    else queueMicrotask(run);
  }

  // ---- model operations ----------------------------------------------------------------------------------

  private guardWrite(s: SheetState, what: string): void {
    if (s.protected) throw new Error(`fake ET: 工作表受保护，无法${what}`);
  }

  private usedArea(s: SheetState): Area {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (a: Area): void => {
      top = Math.min(top, a.top);
      left = Math.min(left, a.left);
      bottom = Math.max(bottom, a.bottom);
      right = Math.max(right, a.right);
    };
    for (const [k] of s.cells) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      take({ top: r, left: c, bottom: r, right: c });
    }
    for (const m of s.merges) take(m);
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }

  private value2Of(s: SheetState, r: number, c: number): unknown {
    const cell = s.cells.get(key(r, c));
    if (!cell) return undefined;
    if (cell.error !== undefined) return 0x800a0000 | (CVERR[cell.error] ?? 2015) | 0;
    return cell.value;
  }

  private readValue2(rs: RangeState): unknown {
    const a = rs.areas[0] as Area;
    if (a.top === a.bottom && a.left === a.right) return this.value2Of(rs.sheet, a.top, a.left);
    const rows: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(this.value2Of(rs.sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  private writeValue(s: SheetState, r: number, c: number, v: unknown): void {
    const cell = s.cells.get(key(r, c)) ?? {};
    delete cell.error;
    if (v === undefined || v === null || v === "") delete cell.value;
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") cell.value = v;
    else throw new Error(`fake ET: cannot store ${typeof v} in a cell`);
    if (Object.keys(cell).length === 0) s.cells.delete(key(r, c));
    else s.cells.set(key(r, c), cell);
  }

  private writeValue2(rs: RangeState, v: unknown): void {
    this.guardWrite(rs.sheet, "设置 Value2");
    if (Array.isArray(v)) {
      const a = rs.areas[0] as Area;
      const h = a.bottom - a.top + 1;
      const w = a.right - a.left + 1;
      if (v.length !== h || v.some((row) => !Array.isArray(row) || row.length !== w)) {
        throw new Error(`fake ET: Value2 array does not match the ${h}×${w} range`);
      }
      (v as unknown[][]).forEach((row, ri) =>
        row.forEach((x, ci) => this.writeValue(rs.sheet, a.top + ri, a.left + ci, x)),
      );
    } else {
      for (const a of rs.areas) for (const [r, c] of cellsOf(a)) this.writeValue(rs.sheet, r, c, v);
    }
    this.fire("SheetChange", () => [this.wrapSheet(rs.sheet), this.wrapRange(rs)]);
  }

  private eachCell(rs: RangeState, fn: (cell: CellState, r: number, c: number) => void): void {
    for (const a of rs.areas)
      for (const [r, c] of cellsOf(a)) {
        const cell = rs.sheet.cells.get(key(r, c)) ?? {};
        fn(cell, r, c);
        if (Object.keys(cell).length > 0) rs.sheet.cells.set(key(r, c), cell);
      }
  }

  /** A property of every cell: the shared value, or null when the cells differ (as ET answers). */
  private uniform<T>(rs: RangeState, get: (cell: CellState | undefined, r: number, c: number) => T): T | null {
    let first = true;
    let out: T | null = null;
    for (const a of rs.areas)
      for (const [r, c] of cellsOf(a)) {
        const v = get(rs.sheet.cells.get(key(r, c)), r, c);
        if (first) {
          out = v;
          first = false;
        } else if (v !== out) return null;
      }
    return out;
  }

  private isMerged(s: SheetState, r: number, c: number): boolean {
    return s.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  private doMerge(s: SheetState, a: Area): void {
    let box = { ...a };
    for (const m of s.merges)
      if (intersects(m, box))
        box = {
          top: Math.min(m.top, box.top),
          left: Math.min(m.left, box.left),
          bottom: Math.max(m.bottom, box.bottom),
          right: Math.max(m.right, box.right),
        };
    s.merges = s.merges.filter((m) => !intersects(m, box));
    if (box.top === box.bottom && box.left === box.right) return;
    // ET keeps the top-left value only
    for (const [r, c] of cellsOf(box))
      if (r !== box.top || c !== box.left) {
        const cell = s.cells.get(key(r, c));
        if (cell) {
          delete cell.value;
          delete cell.error;
        }
      }
    s.merges.push(box);
  }

  private toXml(rs: RangeState): string {
    const a = rs.areas[0] as Area;
    const styles = new Map<string, string>();
    const styleOf = (fmt: string | undefined): string | undefined => {
      if (fmt === undefined || fmt === "General") return undefined;
      let id = styles.get(fmt);
      if (!id) {
        id = `s${62 + styles.size}`;
        styles.set(fmt, id);
      }
      return id;
    };
    const covered = (r: number, c: number): boolean =>
      rs.sheet.merges.some(
        (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
      );
    const rows: string[] = [];
    let lastRow = -1;
    for (let r = a.top; r <= a.bottom; r++) {
      const cells: string[] = [];
      let lastCol = -1;
      for (let c = a.left; c <= a.right; c++) {
        if (covered(r, c)) continue;
        const cell = rs.sheet.cells.get(key(r, c));
        const merge = rs.sheet.merges.find((m) => m.top === r && m.left === c);
        if (!cell && !merge) continue;
        const attrs: string[] = [];
        const rc = c - a.left;
        if (rc !== lastCol + 1) attrs.push(`ss:Index="${rc + 1}"`);
        if (merge && merge.right > merge.left) attrs.push(`ss:MergeAcross="${Math.min(merge.right, a.right) - c}"`);
        if (merge && merge.bottom > merge.top) attrs.push(`ss:MergeDown="${Math.min(merge.bottom, a.bottom) - r}"`);
        const sid = styleOf(cell?.numberFormat);
        if (sid) attrs.push(`ss:StyleID="${sid}"`);
        let data = "";
        if (cell?.error !== undefined) data = `<Data ss:Type="Error">${xmlEscape(cell.error)}</Data>`;
        else if (typeof cell?.value === "number") data = `<Data ss:Type="Number">${cell.value}</Data>`;
        else if (typeof cell?.value === "boolean") data = `<Data ss:Type="Boolean">${cell.value ? 1 : 0}</Data>`;
        else if (typeof cell?.value === "string") data = `<Data ss:Type="String">${xmlEscape(cell.value)}</Data>`;
        cells.push(data === "" ? `<Cell ${attrs.join(" ")}/>` : `<Cell ${attrs.join(" ")}>${data}</Cell>`);
        lastCol = (merge ? Math.min(merge.right, a.right) : c) - a.left;
      }
      if (cells.length === 0) continue;
      const rr = r - a.top;
      rows.push(`   <Row${rr !== lastRow + 1 ? ` ss:Index="${rr + 1}"` : ""}>\n    ${cells.join("\n    ")}\n   </Row>`);
      lastRow = rr;
    }
    // Excel writes named formats for the common ones
    const named = (f: string): string => (f === "0.00%" ? "Percent" : f === "yyyy/m/d" ? "Short Date" : f);
    const styleXml = [...styles.entries()].map(
      ([f, id]) => `  <Style ss:ID="${id}">\n   <NumberFormat ss:Format="${xmlEscape(named(f))}"/>\n  </Style>`,
    );
    return [
      `<?xml version="1.0"?>`,
      `<?mso-application progid="Excel.Sheet"?>`,
      `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">`,
      ` <Styles>`,
      `  <Style ss:ID="Default" ss:Name="Normal">\n   <Alignment ss:Vertical="Center"/>\n   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/>\n  </Style>`,
      ...styleXml,
      ` </Styles>`,
      ` <Worksheet ss:Name="${xmlEscape(rs.sheet.name)}">`,
      `  <Table ss:ExpandedColumnCount="${a.right - a.left + 1}" ss:ExpandedRowCount="${a.bottom - a.top + 1}" x:FullColumns="1" x:FullRows="1">`,
      ...rows,
      `  </Table>`,
      ` </Worksheet>`,
      `</Workbook>`,
    ].join("\n");
  }

  // ---- the strict proxies --------------------------------------------------------------------------------

  private strict(type: string, members: Record<string, Member>, inner?: unknown): object {
    const fake = this;
    const proxy = new Proxy(
      {},
      {
        get(_t, prop) {
          if (typeof prop === "symbol" || INERT.has(prop)) return undefined;
          const m = members[prop];
          const name = `${type}.${prop}`;
          if (!m)
            throw new Error(
              `fake ET: ${type} has no member "${prop}" in this fake (typo, or a member the adapter should not use)`,
            );
          fake.calls++;
          fake.log.push(name);
          if ("call" in m) {
            const fn = (...args: unknown[]): unknown => {
              if (fake.failOn === name) throw new Error(`fake ET: ${name} failed (injected)`);
              return m.call(...args);
            };
            const misuse = (): never => {
              throw new Error(`fake ET: ${name} is a method; call it with ()`);
            };
            Object.defineProperty(fn, Symbol.toPrimitive, { value: misuse });
            Object.defineProperty(fn, "valueOf", { value: misuse });
            Object.defineProperty(fn, "toString", { value: misuse });
            return fn;
          }
          if (fake.failOn === name) throw new Error(`fake ET: ${name} failed (injected)`);
          return m.get();
        },
        set(_t, prop, value) {
          if (typeof prop === "symbol") throw new Error("fake ET: symbol property");
          const m = members[prop];
          const name = `${type}.${prop}`;
          if (!m || "call" in m || !m.set) throw new Error(`fake ET: ${name} cannot be set`);
          fake.calls++;
          fake.log.push(`${name}=`);
          if (fake.failOn === `${name}=`) throw new Error(`fake ET: setting ${name} failed (injected)`);
          m.set(value);
          return true;
        },
      },
    );
    if (inner !== undefined) this.internal.set(proxy, inner);
    return proxy;
  }

  private unwrap<T>(proxy: unknown, what: string): T {
    const v = typeof proxy === "object" && proxy !== null ? this.internal.get(proxy) : undefined;
    if (v === undefined) throw new Error(`fake ET: expected a ${what} object`);
    return v as T;
  }

  private wrapApplication(): unknown {
    const members: Record<string, Member> = {
      ActiveWorkbook: { get: () => this.wrapBook(this.activeBook) },
      ActiveSheet: { get: () => this.wrapSheet(this.activeBook.active) },
      ActiveCell: {
        get: () => {
          const sel = this.activeBook.selection;
          return this.wrapRange({
            sheet: this.activeBook.active,
            areas: [{ top: sel.row, left: sel.col, bottom: sel.row, right: sel.col }],
          });
        },
      },
      ActiveWindow: { get: () => this.wrapWindow(this.activeBook) },
      EnableEvents: { get: () => this.enableEvents, set: (v) => (this.enableEvents = v === true) },
      ScreenUpdating: { get: () => this.screenUpdating, set: (v) => (this.screenUpdating = v === true) },
      ApiEvent: {
        get: () =>
          this.strict("ApiEvent", {
            AddApiEventListener: {
              call: (name, fn) => {
                if (typeof name !== "string" || typeof fn !== "function")
                  throw new Error("fake ET: AddApiEventListener(name, fn)");
                const list = this.listeners.get(name) ?? [];
                list.push(fn as (...args: unknown[]) => void);
                this.listeners.set(name, list);
              },
            },
            RemoveApiEventListener: {
              call: (name, fn) => {
                const list = this.listeners.get(String(name)) ?? [];
                this.listeners.set(String(name), fn === undefined ? [] : list.filter((f) => f !== fn));
              },
            },
          }),
      },
      Union: {
        call: (...args) => {
          if (args.length < 2 || args.length > 30) throw new Error("fake ET: Union takes 2 to 30 ranges");
          const ranges = args.map((a) => this.unwrap<RangeState>(a, "Range"));
          const sheet = (ranges[0] as RangeState).sheet;
          if (ranges.some((r) => r.sheet !== sheet)) throw new Error("fake ET: Union of ranges on different sheets");
          return this.wrapRange({ sheet, areas: ranges.flatMap((r) => r.areas) });
        },
      },
      DebugTools: {
        get: () =>
          this.options.debugTools
            ? this.strict("DebugTools", {
                UndoTransBegin: {
                  call: (book) => {
                    this.unwrap<BookState>(book, "Workbook");
                    this.undo.push("begin");
                  },
                },
                UndoTransEnd: {
                  call: (book, cancel, desc) => {
                    this.unwrap<BookState>(book, "Workbook");
                    this.undo.push(`end:${String(cancel)}:${String(desc)}`);
                  },
                },
              })
            : undefined,
      },
    };
    if (this.options.addon) {
      Object.assign(members, {
        StatusBar: {
          get: () => this.statusBar,
          set: (v: unknown) => (this.statusBar = typeof v === "string" ? v : false),
        },
        CreateTaskPane: {
          call: (url: unknown, title: unknown) => {
            if (typeof url !== "string" || url === "") throw new Error("fake ET: CreateTaskPane(url)");
            const tp: TaskPaneState = {
              id: 1000 + this.taskPanes.length,
              url,
              title: typeof title === "string" ? title : undefined,
              visible: false,
              dock: 2,
              width: 0,
            };
            this.taskPanes.push(tp);
            return this.wrapTaskPane(tp);
          },
        },
        GetTaskPane: {
          call: (id: unknown) => {
            const tp = this.taskPanes.find((t) => String(t.id) === String(id));
            if (!tp) throw new Error(`fake ET: no task pane ${String(id)}`);
            return this.wrapTaskPane(tp);
          },
        },
        PluginStorage: {
          get: () =>
            this.strict("PluginStorage", {
              getItem: { call: (k) => (this.pluginStorage.has(String(k)) ? this.pluginStorage.get(String(k)) : null) },
              setItem: { call: (k, v) => void this.pluginStorage.set(String(k), v) },
              removeItem: { call: (k) => void this.pluginStorage.delete(String(k)) },
            }),
        },
      } satisfies Record<string, Member>);
    }
    return this.strict("Application", members);
  }

  private wrapTaskPane(tp: TaskPaneState): unknown {
    return this.strict("TaskPane", {
      ID: { get: () => tp.id },
      Visible: { get: () => tp.visible, set: (v) => (tp.visible = v === true) },
      DockPosition: { get: () => tp.dock, set: (v) => (tp.dock = Number(v)) },
      Width: { get: () => tp.width, set: (v) => (tp.width = Number(v)) },
    });
  }

  private wrapBook(b: BookState): unknown {
    return this.strict(
      "Workbook",
      {
        Name: { get: () => b.name },
        FullName: { get: () => b.fullName },
        Names: { get: () => this.wrapNames(b) },
        Worksheets: {
          get: () =>
            this.strict("Worksheets", {
              Count: { get: () => b.sheets.length },
              Item: {
                call: (i) => {
                  const s = typeof i === "number" ? b.sheets[i - 1] : b.sheets.find((x) => x.name === i);
                  if (!s) throw new Error(`fake ET: 下标越界 (no sheet ${String(i)})`);
                  return this.wrapSheet(s);
                },
              },
            }),
        },
      },
      b,
    );
  }

  private wrapNames(b: BookState): unknown {
    return this.strict("Names", {
      Count: { get: () => b.names.length },
      Item: {
        call: (i) => {
          const n =
            typeof i === "number"
              ? b.names[i - 1]
              : b.names.find((x) => x.name.toLowerCase() === String(i).toLowerCase());
          if (!n) throw new Error(`fake ET: no name ${String(i)}`);
          return this.wrapName(b, n);
        },
      },
      Add: {
        call: (name, refersTo, visible) => {
          if (typeof name !== "string" || typeof refersTo !== "string" || !refersTo.startsWith("="))
            throw new Error('fake ET: Names.Add(name, "=…")');
          let n = b.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
          if (n) n.refersTo = refersTo;
          else {
            n = { name, refersTo, visible: visible !== false };
            b.names.push(n);
          }
          if (visible !== undefined) n.visible = visible !== false;
          return this.wrapName(b, n);
        },
      },
    });
  }

  private wrapName(b: BookState, n: NameState): unknown {
    return this.strict("Name", {
      Name: { get: () => n.name },
      RefersTo: {
        get: () => n.refersTo,
        set: (v) => {
          if (typeof v !== "string" || !v.startsWith("=")) throw new Error("fake ET: RefersTo must be a formula");
          n.refersTo = v;
        },
      },
      Visible: { get: () => n.visible, set: (v) => (n.visible = v === true) },
      Delete: { call: () => void b.names.splice(b.names.indexOf(n), 1) },
    });
  }

  private wrapWindow(b: BookState): unknown {
    return this.strict("Window", {
      ScrollRow: { get: () => b.scrollRow, set: (v) => (b.scrollRow = Number(v)) },
      ScrollColumn: { get: () => b.scrollColumn, set: (v) => (b.scrollColumn = Number(v)) },
      VisibleRange: {
        get: () =>
          this.wrapRange({
            sheet: b.active,
            areas: [
              { top: b.scrollRow - 1, left: b.scrollColumn - 1, bottom: b.scrollRow + 28, right: b.scrollColumn + 8 },
            ],
          }),
      },
    });
  }

  private wrapSheet(s: SheetState): unknown {
    return this.strict(
      "Worksheet",
      {
        Name: { get: () => s.name },
        Parent: { get: () => this.wrapBook(s.book) },
        UsedRange: { get: () => this.wrapRange({ sheet: s, areas: [this.usedArea(s)] }) },
        Range: {
          call: (address) => {
            if (typeof address !== "string") throw new Error("fake ET: Range(address)");
            if (address.length > 255)
              throw new Error(`fake ET: Range() address longer than 255 characters (${address.length})`);
            return this.wrapRange({ sheet: s, areas: parseAddress(address) });
          },
        },
        Cells: {
          get: () =>
            this.wrapRange({ sheet: s, areas: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }] }),
        },
        Activate: {
          call: () => {
            const changed = s.book.active !== s;
            s.book.active = s;
            if (changed) this.fire("SheetActivate", () => [this.wrapSheet(s)]);
          },
        },
        ProtectContents: { get: () => s.protected },
      },
      s,
    );
  }

  private countView(type: string, n: number): unknown {
    return this.strict(type, { Count: { get: () => n } });
  }

  private wrapRange(rs: RangeState): unknown {
    const first = rs.areas[0] as Area;
    const s = rs.sheet;
    const members: Record<string, Member> = {
      Row: { get: () => first.top + 1 },
      Column: { get: () => first.left + 1 },
      Rows: { get: () => this.countView("Rows", first.bottom - first.top + 1) },
      Columns: { get: () => this.countView("Columns", first.right - first.left + 1) },
      Areas: {
        get: () =>
          this.strict("Areas", {
            Count: { get: () => rs.areas.length },
            Item: {
              call: (i) => {
                const a = rs.areas[Number(i) - 1];
                if (!a) throw new Error(`fake ET: no area ${String(i)}`);
                return this.wrapRange({ sheet: s, areas: [a] });
              },
            },
          }),
      },
      Value2: { get: () => this.readValue2(rs), set: (v) => this.writeValue2(rs, v) },
      Value: {
        call: (type) => {
          if (type !== 11) throw new Error("fake ET: only Value(11) is implemented");
          if (this.options.xml === "throws") throw new Error("fake ET: 不支持的参数");
          if (this.options.xml === "values") return this.readValue2(rs);
          return this.toXml(rs);
        },
      },
      NumberFormat: {
        get: () => this.uniform(rs, (c) => c?.numberFormat ?? "General"),
        set: (v) => {
          this.guardWrite(s, "设置数字格式");
          this.eachCell(rs, (c) => (c.numberFormat = String(v)));
        },
      },
      MergeCells: {
        get: () => {
          const merged = this.uniform(rs, (_c, r, c) => this.isMerged(s, r, c));
          return merged;
        },
      },
      Merge: {
        call: () => {
          this.guardWrite(s, "合并单元格");
          for (const a of rs.areas) this.doMerge(s, a);
        },
      },
      Borders: {
        get: () =>
          this.strict("Borders", {
            Item: {
              call: (index) => {
                const i = Number(index);
                if (![7, 8, 9, 10, 11, 12].includes(i)) throw new Error(`fake ET: border index ${String(index)}`);
                if ((i === 11 && first.right === first.left) || (i === 12 && first.bottom === first.top)) {
                  throw new Error("fake ET: no inside border in a one-column/one-row range");
                }
                const setEdge = (part: string) => (v: unknown) => {
                  this.guardWrite(s, "设置边框");
                  this.eachCell(rs, (c) => {
                    c.edges = { ...(c.edges ?? {}) };
                    c.edges[i] = `${c.edges[i] ?? ""}${part}=${String(v)};`;
                  });
                };
                return this.strict("Border", {
                  LineStyle: { get: () => null, set: setEdge("style") },
                  Weight: { get: () => null, set: setEdge("weight") },
                  Color: { get: () => null, set: setEdge("color") },
                });
              },
            },
          }),
      },
      Font: {
        get: () =>
          this.strict("Font", {
            Bold: {
              get: () => this.uniform(rs, (c) => c?.bold === true),
              set: (v) => {
                this.guardWrite(s, "设置字体");
                this.eachCell(rs, (c) => (c.bold = v === true));
              },
            },
            Size: {
              get: () => this.uniform(rs, (c) => c?.fontSize ?? 11),
              set: (v) => {
                this.guardWrite(s, "设置字体");
                this.eachCell(rs, (c) => (c.fontSize = Number(v)));
              },
            },
          }),
      },
      HorizontalAlignment: {
        get: () => this.uniform(rs, (c) => c?.hAlign ?? 1),
        set: (v) => {
          this.guardWrite(s, "设置对齐");
          this.eachCell(rs, (c) => (c.hAlign = Number(v)));
        },
      },
      VerticalAlignment: {
        get: () => this.uniform(rs, (c) => c?.vAlign ?? -4107),
        set: (v) => {
          this.guardWrite(s, "设置对齐");
          this.eachCell(rs, (c) => (c.vAlign = Number(v)));
        },
      },
      Validation: {
        get: () =>
          this.strict("Validation", {
            Add: {
              call: (type, alert, operator, formula1) => {
                this.guardWrite(s, "设置数据有效性");
                let exists = false;
                this.eachCell(rs, (c) => (exists = exists || c.validation !== undefined));
                // as in Excel: Add on a cell that already has validation fails; Delete first
                if (exists) throw new Error("fake ET: the range already has data validation");
                this.eachCell(
                  rs,
                  (c) =>
                    (c.validation = {
                      type: Number(type),
                      alert: alert as number | undefined,
                      operator: operator as number | undefined,
                      formula1: formula1 as string | undefined,
                    }),
                );
              },
            },
            Delete: {
              call: () => {
                this.guardWrite(s, "删除数据有效性");
                this.eachCell(rs, (c) => delete c.validation);
              },
            },
          }),
      },
      FormatConditions: { get: () => this.wrapFormatConditions(rs) },
      ColumnWidth: {
        get: () => {
          const widths = new Set<number>();
          for (let c = first.left; c <= first.right; c++) widths.add(s.widths.get(c) ?? STANDARD_WIDTH);
          return widths.size === 1 ? [...widths][0] : null;
        },
        set: (v) => {
          this.guardWrite(s, "设置列宽");
          for (let c = first.left; c <= first.right; c++) s.widths.set(c, Number(v));
        },
      },
      UseStandardWidth: {
        get: () => {
          for (let c = first.left; c <= first.right; c++) if (s.widths.has(c)) return false;
          return true;
        },
      },
      Select: {
        call: () => {
          if (s.book.active !== s) throw new Error("fake ET: Range.Select on a sheet that is not active");
          s.book.selection = { row: first.top, col: first.left };
          this.fire("SheetSelectionChange", () => [this.wrapSheet(s), this.wrapRange(rs)]);
          return true;
        },
      },
    };
    return this.strict("Range", members, rs);
  }

  private wrapFormatConditions(rs: RangeState): unknown {
    const s = rs.sheet;
    const list = (): FormatConditionState[] =>
      s.cfs.filter((f) => f.areas.some((a) => rs.areas.some((b) => intersects(a, b))));
    return this.strict("FormatConditions", {
      Count: { get: () => list().length },
      Item: {
        call: (i) => {
          const f = list()[Number(i) - 1];
          if (!f) throw new Error(`fake ET: no format condition ${String(i)}`);
          return this.wrapFormatCondition(s, f);
        },
      },
      Add: {
        call: (...args: unknown[]) => {
          const [type, operator, formula1] = args;
          if (operator === undefined && args.length >= 3 && this.options.undefinedArgs === "rejected")
            throw new Error("fake ET: 参数类型不匹配 (undefined)");
          this.guardWrite(s, "添加条件格式");
          if (type !== 2 || typeof formula1 !== "string" || !formula1.startsWith("="))
            throw new Error('fake ET: FormatConditions.Add(xlExpression, , "=…")');
          const f: FormatConditionState = {
            id: this.nextCf++,
            type: 2,
            formula1,
            color: undefined,
            areas: rs.areas.map((a) => ({ ...a })),
          };
          s.cfs.push(f);
          return this.wrapFormatCondition(s, f);
        },
      },
      // as in VBA: deletes every conditional format touching the range, the user's included
      Delete: {
        call: () => {
          this.guardWrite(s, "删除条件格式");
          const gone = new Set(list());
          s.cfs = s.cfs.filter((f) => !gone.has(f));
        },
      },
    });
  }

  private wrapFormatCondition(s: SheetState, f: FormatConditionState): unknown {
    return this.strict("FormatCondition", {
      Type: { get: () => f.type },
      Formula1: { get: () => f.formula1 },
      Interior: {
        get: () =>
          this.strict("Interior", {
            Color: {
              get: () => f.color,
              set: (v) => {
                if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffff)
                  throw new Error("fake ET: Interior.Color is a BGR long");
                f.color = v;
              },
            },
          }),
      },
      Delete: {
        call: () => {
          this.guardWrite(s, "删除条件格式");
          s.cfs = s.cfs.filter((x) => x !== f);
        },
      },
      SetFirstPriority: {
        call: () => {
          s.cfs = [f, ...s.cfs.filter((x) => x !== f)];
        },
      },
    });
  }
}
