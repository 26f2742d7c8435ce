// An in-memory workbook behind the HostAdapter: tests, the CLI and the browser preview.
import { Grid, type Area, type Cell } from "../../core/grid";
import type { BlockSpec } from "../../core/template/block-spec";
import { snapshotHolds } from "../mark-formula";
import {
  HostError,
  type CellRef,
  type HostCapabilities,
  type ChangeEvent,
  type HostAdapter,
  type Mark,
  type RangeRef,
  type Settings,
} from "../host";
import { Listeners } from "../listeners";

export interface MemorySheet {
  name: string;
  cells: Map<string, string>;
  merges: Area[];
  marks: Mark[];
  /** A protected sheet refuses writes, as in Excel. */
  protected: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

export class MemoryHost implements HostAdapter {
  readonly kind = "memory" as const;
  readonly sheets = new Map<string, MemorySheet>();
  active: string;
  selected: CellRef;
  marksVisible = true;
  private settings: Settings | null = null;
  // like the Excel and WPS adapters: a throwing listener is reported and the others still run
  private readonly changeListeners = new Listeners<ChangeEvent>((e) => console.error("[MemoryHost]", e));
  private readonly activateListeners = new Listeners<string>((e) => console.error("[MemoryHost]", e));
  private readonly selectionListeners = new Listeners<CellRef>((e) => console.error("[MemoryHost]", e));
  /** Counts host writes the add-in made (marks, inserts, fixes), to prove edits alone don't write. */
  writes = 0;
  /** The user's undo history: an edit adds a step; an add-in write clears it unless `caps.writesKeepUndo` (then it
   * adds its own step), as Excel below / from ExcelApi 1.19. */
  readonly undo: string[] = [];
  /** What this in-memory host claims to support (pessimistic by default: writes cost the undo history). */
  caps: HostCapabilities = { marks: true, live: true, writesKeepUndo: false };

  constructor(sheets: Record<string, ReadonlyArray<ReadonlyArray<string>>> = { Sheet1: [] }) {
    for (const [name, rows] of Object.entries(sheets)) {
      const cells = new Map<string, string>();
      rows.forEach((r, ri) => r.forEach((t, ci) => t !== "" && cells.set(key(ri, ci), t)));
      this.sheets.set(name, { name, cells, merges: [], marks: [], protected: false });
    }
    this.active = this.sheets.keys().next().value ?? "Sheet1";
    if (!this.sheets.has(this.active))
      this.sheets.set(this.active, { name: this.active, cells: new Map(), merges: [], marks: [], protected: false });
    this.selected = { sheet: this.active, row: 0, col: 0 };
  }

  capabilities(): HostCapabilities {
    return this.caps;
  }

  /** An add-in write: refused on a protected sheet, as Excel and WPS do; costs the undo history per `caps`. */
  private write(s: MemorySheet | null, what: string): void {
    if (s?.protected)
      throw new HostError("PROTECTED", `工作表“${s.name}”受保护，无法${what}。请先撤销工作表保护后重试。`);
    this.writes++;
    if (this.caps.writesKeepUndo) this.undo.push(`add-in: ${what}`);
    else this.undo.length = 0;
  }

  /** The marks that show now: a keyed mark hides once its cell no longer holds the checked content. */
  visibleMarks(sheet: string): Mark[] {
    const s = this.sheet(sheet);
    return s.marks
      .filter((m) => snapshotHolds(m.snapshot, s.cells.get(key(m.row, m.col)) ?? null))
      .map((m) => ({ row: m.row, col: m.col, severity: m.severity }));
  }

  private sheet(name: string): MemorySheet {
    const s = this.sheets.get(name);
    if (!s) throw new HostError("NO_SHEET", `找不到工作表“${name}”。`);
    return s;
  }

  getText(sheet: string, row: number, col: number): string {
    return this.sheet(sheet).cells.get(key(row, col)) ?? "";
  }

  /** A user edit: changes the cell and fires the change event, as typing in the host would. */
  userEdit(sheet: string, row: number, col: number, text: string): void {
    const s = this.sheet(sheet);
    if (text === "") s.cells.delete(key(row, col));
    else s.cells.set(key(row, col), text);
    this.undo.push(`edit ${sheet}!${row},${col}`);
    const e: ChangeEvent = { sheet, ranges: [{ sheet, top: row, left: col, bottom: row, right: col }] };
    this.changeListeners.emit(e);
  }

  userActivate(sheet: string): void {
    this.sheet(sheet);
    this.active = sheet;
    this.activateListeners.emit(sheet);
  }

  userSelect(cell: CellRef): void {
    this.selected = cell;
    this.selectionListeners.emit(cell);
  }

  async readActiveSheet(): Promise<Grid> {
    const s = this.sheet(this.active);
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const data: Array<Array<Cell | null>> = [];
    for (let r = 0; r < rows; r++) {
      const row: Array<Cell | null> = [];
      for (let c = 0; c < cols; c++) {
        const t = s.cells.get(key(r, c));
        row.push(t === undefined ? null : { value: t, text: t });
      }
      data.push(row);
    }
    this.cellsRead += rows * cols;
    return new Grid({ sheet: s.name, rows: data, merges: [...s.merges] });
  }

  /** Cells handed out by reads (whole and partial), to show what an edit costs. */
  cellsRead = 0;

  async readRows(sheet: string, top: number, bottom: number, left: number, right: number): Promise<Grid> {
    const s = this.sheet(sheet);
    const data: Array<Array<Cell | null>> = [];
    for (let r = top; r <= bottom; r++) {
      const row: Array<Cell | null> = [];
      for (let c = left; c <= right; c++) {
        const t = s.cells.get(key(r, c));
        row.push(t === undefined ? null : { value: t, text: t });
      }
      data.push(row);
    }
    this.cellsRead += (bottom - top + 1) * (right - left + 1);
    return new Grid({ sheet, rows: data, origin: { row: top, col: left } });
  }

  async activeSheetName(): Promise<string> {
    return this.active;
  }

  onChange(cb: (e: ChangeEvent) => void): () => void {
    return this.changeListeners.add(cb);
  }

  onActivate(cb: (sheet: string) => void): () => void {
    return this.activateListeners.add(cb);
  }

  onSelection(cb: (cell: CellRef) => void): () => void {
    return this.selectionListeners.add(cb);
  }

  async select(cell: CellRef): Promise<void> {
    this.sheet(cell.sheet);
    this.active = cell.sheet;
    this.selected = cell;
  }

  async setMarks(sheet: string, marks: ReadonlyArray<Mark>): Promise<void> {
    const s = this.sheet(sheet);
    if (marks.length === 0 && s.marks.length === 0) return;
    this.write(s, "写入标注");
    s.marks = [...marks];
  }

  async clearMarks(sheet?: string): Promise<void> {
    const targets = [...this.sheets.values()].filter(
      (s) => (sheet === undefined || s.name === sheet) && s.marks.length > 0,
    );
    const blocked = targets.filter((s) => s.protected);
    for (const s of targets) {
      if (s.protected) continue;
      this.write(s, "清除标注");
      s.marks = [];
    }
    if (blocked.length > 0)
      throw new HostError(
        "PROTECTED",
        `工作表“${blocked.map((s) => s.name).join("”“")}”受保护，其中的标注无法清除。请先撤销工作表保护后重试。`,
      );
  }

  async setMarksVisible(on: boolean): Promise<void> {
    this.write(null, "切换标注显示");
    this.marksVisible = on;
  }

  async insertBlock(at: CellRef, spec: BlockSpec): Promise<RangeRef> {
    const s = this.sheet(at.sheet);
    if (s.protected) throw new HostError("PROTECTED", "工作表受保护，无法插入。请先撤销工作表保护。");
    for (let r = 0; r < spec.height; r++)
      for (let c = 0; c < spec.width; c++)
        if (s.cells.has(key(at.row + r, at.col + c))) {
          throw new HostError(
            "NOT_EMPTY",
            "插入位置下方的单元格不是空的。请选择一块空白区域，或在最后一个项目表下方插入。",
          );
        }
    this.write(s, "插入项目表");
    spec.values.forEach((r, ri) => r.forEach((t, ci) => t !== "" && s.cells.set(key(at.row + ri, at.col + ci), t)));
    for (const m of spec.merges)
      s.merges.push({ top: m.top + at.row, left: m.left + at.col, bottom: m.bottom + at.row, right: m.right + at.col });
    return {
      sheet: at.sheet,
      top: at.row,
      left: at.col,
      bottom: at.row + spec.height - 1,
      right: at.col + spec.width - 1,
    };
  }

  async writeCell(cell: CellRef, value: string): Promise<void> {
    const s = this.sheet(cell.sheet);
    if (s.protected) throw new HostError("PROTECTED", "工作表受保护，无法修改。请先撤销工作表保护。");
    this.write(s, "修改单元格");
    if (value === "") s.cells.delete(key(cell.row, cell.col));
    else s.cells.set(key(cell.row, cell.col), value);
  }

  /** One add-in write (one undo step where writes keep the history), refused whole on a protected sheet. */
  async writeCells(cells: ReadonlyArray<{ readonly cell: CellRef; readonly value: string }>): Promise<void> {
    const sheets = cells.map((c) => this.sheet(c.cell.sheet));
    for (const s of sheets)
      if (s.protected) throw new HostError("PROTECTED", "工作表受保护，无法修改。请先撤销工作表保护。");
    this.write(sheets[0] ?? null, `修改 ${cells.length} 个单元格`);
    cells.forEach(({ cell, value }, i) => {
      const s = sheets[i];
      if (!s) return;
      if (value === "") s.cells.delete(key(cell.row, cell.col));
      else s.cells.set(key(cell.row, cell.col), value);
    });
  }

  async selection(): Promise<CellRef> {
    return this.selected;
  }

  async loadSettings(): Promise<Settings | null> {
    return this.settings;
  }

  async saveSettings(s: Settings): Promise<void> {
    this.settings = s;
  }
}
