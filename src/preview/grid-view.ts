// The preview's rendered, editable workbook: a <table role="grid"> over the PreviewHost's active sheet.
// Cells are <td data-cell="E16">, the selected one aria-selected="true"; typing calls MemoryHost.userEdit as typing
// in Excel fires its change event (the session debounces the check); marks are shown as cell backgrounds, which
// the real hosts draw with conditional formats. Cell text is set with textContent only.
import { toA1 } from "../core/grid";
import { MARK_COLORS, type CellRef } from "../hosts/host";
import { el } from "../taskpane/dom";
import type { PreviewHost, PreviewView } from "./preview-host";

const EXTRA_ROWS = 30;
const MIN_COLS = 6;
const ROW_HEADER_WIDTH = 46;
const COL_WIDTHS = [104, 128, 200, 200, 150, 72];
const DEFAULT_COL_WIDTH = 80;

const key = (row: number, col: number): string => `${row},${col}`;

interface Editor {
  readonly input: HTMLInputElement;
  readonly td: HTMLTableCellElement;
  readonly row: number;
  readonly col: number;
  readonly original: string;
}

export class GridView implements PreviewView {
  private readonly scroller: HTMLDivElement;
  private readonly nameBox: HTMLInputElement;
  private readonly formula: HTMLInputElement;
  private readonly tab: HTMLSpanElement;
  private table: HTMLTableElement | null = null;
  private readonly cells = new Map<string, HTMLTableCellElement>();
  private marked: string[] = [];
  private selected: CellRef;
  private editor: Editor | null = null;
  private rows = 0;
  private cols = 0;
  /** The next selection change came from the grid itself (no centring scroll). */
  private localMove = false;

  constructor(
    container: HTMLElement,
    private readonly host: PreviewHost,
  ) {
    this.selected = host.selected;
    this.nameBox = el("input", {
      class: "name-box",
      readonly: true,
      "aria-label": "名称框（所选单元格）",
      "data-testid": "name-box",
    });
    this.formula = el("input", {
      class: "formula-input",
      "aria-label": "编辑栏（所选单元格的内容）",
      "data-testid": "formula-input",
      spellcheck: "false",
    });
    this.scroller = el("div", { class: "grid-scroller" });
    this.tab = el("span", { class: "sheet-tab", "aria-current": "page" }, host.active);
    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(
      el(
        "div",
        { class: "formula-bar" },
        this.nameBox,
        el("span", { class: "fx", "aria-hidden": "true" }, "fx"),
        this.formula,
      ),
    );
    container.appendChild(this.scroller);
    container.appendChild(el("div", { class: "sheet-tabs", "aria-label": "工作表" }, this.tab));

    host.view = this;
    host.onSelection((cell) => this.showSelection(cell));
    this.bindFormulaBar();
    this.render();
  }

  // ------------------------------------------------------------------------------------------ PreviewView

  cellChanged(cell: CellRef): void {
    if (cell.sheet !== this.host.active) return;
    const td = this.cells.get(key(cell.row, cell.col));
    if (!td || (this.editor && this.editor.td === td)) {
      if (!td) this.render();
      return;
    }
    this.setText(td, this.host.getText(cell.sheet, cell.row, cell.col));
    if (cell.row === this.selected.row && cell.col === this.selected.col) this.syncFormulaBar();
  }

  sheetChanged(sheet: string): void {
    if (sheet === this.host.active) this.render();
  }

  marksChanged(): void {
    for (const k of this.marked) {
      const td = this.cells.get(k);
      if (!td) continue;
      td.style.backgroundColor = "";
      td.removeAttribute("data-mark");
    }
    this.marked = [];
    const sheet = this.host.sheets.get(this.host.active);
    if (!sheet || !this.host.marksVisible) return;
    // a mark keyed to its cell's content hides once the cell is fixed, as a conditional format does in Excel
    for (const m of this.host.visibleMarks(sheet.name)) {
      const k = key(m.row, m.col);
      const td = this.cells.get(k);
      if (!td) continue;
      td.style.backgroundColor = MARK_COLORS[m.severity];
      td.setAttribute("data-mark", m.severity);
      this.marked.push(k);
    }
  }

  // ------------------------------------------------------------------------------------------ rendering

  render(): void {
    const sheet = this.host.sheets.get(this.host.active);
    if (!sheet) return;
    this.editor = null;
    let maxRow = -1;
    let maxCol = -1;
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (r > maxRow) maxRow = r;
      if (c > maxCol) maxCol = c;
    }
    for (const m of sheet.merges) {
      maxRow = Math.max(maxRow, m.bottom);
      maxCol = Math.max(maxCol, m.right);
    }
    this.rows = maxRow + 1 + EXTRA_ROWS;
    this.cols = Math.max(MIN_COLS, maxCol + 2);

    // merged areas: the top-left cell spans, the others are not drawn
    const span = new Map<string, { rows: number; cols: number }>();
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      span.set(key(m.top, m.left), { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
    }

    this.cells.clear();
    this.marked = [];
    const table = el("table", {
      class: "grid",
      role: "grid",
      "aria-label": `工作表 ${sheet.name}`,
      "aria-rowcount": this.rows + 1,
      "aria-colcount": this.cols + 1,
      "data-testid": "sheet-grid",
    });
    // fixed layout: the columns keep their widths whatever the text (it is cut, as in a spreadsheet)
    const colgroup = el("colgroup", {}, el("col", { style: `width:${ROW_HEADER_WIDTH}px` }));
    let width = ROW_HEADER_WIDTH;
    for (let c = 0; c < this.cols; c++) {
      const w = COL_WIDTHS[c] ?? DEFAULT_COL_WIDTH;
      width += w;
      colgroup.appendChild(el("col", { style: `width:${w}px` }));
    }
    table.style.width = `${width}px`;
    table.appendChild(colgroup);
    const headRow = el("tr", { "aria-rowindex": 1 }, el("th", { class: "corner", "aria-hidden": "true" }));
    for (let c = 0; c < this.cols; c++)
      headRow.appendChild(
        el("th", { scope: "col", role: "columnheader", "aria-colindex": c + 2 }, toA1(0, c).replace(/\d+$/, "")),
      );
    table.appendChild(el("thead", {}, headRow));

    const body = document.createElement("tbody");
    for (let r = 0; r < this.rows; r++) {
      const tr = el(
        "tr",
        { "aria-rowindex": r + 2 },
        el("th", { scope: "row", role: "rowheader", "aria-colindex": 1 }, String(r + 1)),
      );
      for (let c = 0; c < this.cols; c++) {
        const k = key(r, c);
        if (covered.has(k)) continue;
        const s = span.get(k);
        const td = el("td", {
          "data-cell": toA1(r, c),
          "data-row": r,
          "data-col": c,
          role: "gridcell",
          "aria-colindex": c + 2,
          tabindex: -1,
          rowspan: s && s.rows > 1 ? s.rows : null,
          colspan: s && s.cols > 1 ? s.cols : null,
        });
        this.setText(td, sheet.cells.get(k) ?? "");
        tr.appendChild(td);
        this.cells.set(k, td);
      }
      body.appendChild(tr);
      this.refreshSpill(r);
    }
    table.appendChild(body);
    if (this.table) this.scroller.replaceChild(table, this.table);
    else this.scroller.appendChild(table);
    this.table = table;
    this.bindTable(table);
    this.marksChanged();
    this.showSelection(this.selected, false);
  }

  private setText(td: HTMLTableCellElement, text: string): void {
    td.textContent = text;
    if (text.length > 14) td.title = text;
    else td.removeAttribute("title");
    const row = Number(td.getAttribute("data-row"));
    if (this.cells.size > 0 && Number.isInteger(row)) this.refreshSpill(row);
  }

  /** As in a spreadsheet, text runs on over empty cells to its right (titles, long goals). */
  private refreshSpill(row: number): void {
    const sheet = this.host.active;
    for (let c = 0; c < this.cols; c++) {
      const td = this.cells.get(key(row, c));
      if (!td) continue;
      const next = this.cells.get(key(row, c + 1));
      const spill =
        next !== undefined &&
        !td.hasAttribute("colspan") &&
        this.host.getText(sheet, row, c) !== "" &&
        this.host.getText(sheet, row, c + 1) === "";
      td.classList.toggle("spill", spill);
    }
  }

  private tdOf(cell: CellRef): HTMLTableCellElement | undefined {
    const direct = this.cells.get(key(cell.row, cell.col));
    if (direct) return direct;
    // a cell covered by a merge: its area's top-left cell
    const sheet = this.host.sheets.get(cell.sheet);
    const m = sheet?.merges.find(
      (a) => cell.row >= a.top && cell.row <= a.bottom && cell.col >= a.left && cell.col <= a.right,
    );
    return m ? this.cells.get(key(m.top, m.left)) : undefined;
  }

  private showSelection(cell: CellRef, scroll = true): void {
    if (cell.sheet !== this.host.active) return;
    const prev = this.tdOf(this.selected);
    if (prev) {
      prev.removeAttribute("aria-selected");
      prev.tabIndex = -1;
    }
    this.selected = cell;
    const td = this.tdOf(cell);
    if (td) {
      td.setAttribute("aria-selected", "true");
      td.tabIndex = 0;
      if (scroll) this.scrollTo(td, this.localMove ? "nearest" : "center");
    }
    this.localMove = false;
    this.syncFormulaBar();
  }

  private scrollTo(td: HTMLElement, mode: "nearest" | "center"): void {
    // scroll the grid only (not the page): keep the pane where it is
    const sc = this.scroller;
    const top = td.offsetTop;
    const left = td.offsetLeft;
    const headH = this.table?.tHead?.offsetHeight ?? 0;
    const rowHeadW = ROW_HEADER_WIDTH;
    if (mode === "center") {
      sc.scrollTop = Math.max(0, top - sc.clientHeight / 2 + td.offsetHeight / 2);
    } else if (top - headH < sc.scrollTop) sc.scrollTop = top - headH;
    else if (top + td.offsetHeight > sc.scrollTop + sc.clientHeight)
      sc.scrollTop = top + td.offsetHeight - sc.clientHeight;
    if (left - rowHeadW < sc.scrollLeft) sc.scrollLeft = left - rowHeadW;
    else if (left + td.offsetWidth > sc.scrollLeft + sc.clientWidth)
      sc.scrollLeft = left + td.offsetWidth - sc.clientWidth;
  }

  private syncFormulaBar(): void {
    const c = this.selected;
    this.nameBox.value = toA1(c.row, c.col);
    if (document.activeElement !== this.formula) this.formula.value = this.host.getText(c.sheet, c.row, c.col);
  }

  // -------------------------------------------------------------------------------------------- input

  private select(row: number, col: number, focus = true): void {
    const r = Math.max(0, Math.min(this.rows - 1, row));
    const c = Math.max(0, Math.min(this.cols - 1, col));
    this.localMove = true;
    this.host.userSelect({ sheet: this.host.active, row: r, col: c });
    if (focus) this.tdOf({ sheet: this.host.active, row: r, col: c })?.focus({ preventScroll: true });
  }

  private posOf(td: HTMLElement): { row: number; col: number } {
    return { row: Number(td.getAttribute("data-row")), col: Number(td.getAttribute("data-col")) };
  }

  private bindTable(table: HTMLTableElement): void {
    table.addEventListener("click", (e) => {
      const td = e.target instanceof Element ? e.target.closest<HTMLTableCellElement>("td[data-cell]") : null;
      if (!td || (this.editor && this.editor.td === td)) return;
      const p = this.posOf(td);
      this.select(p.row, p.col);
    });
    table.addEventListener("dblclick", (e) => {
      const td = e.target instanceof Element ? e.target.closest<HTMLTableCellElement>("td[data-cell]") : null;
      if (!td || (this.editor && this.editor.td === td)) return;
      const p = this.posOf(td);
      this.startEdit(p.row, p.col, false);
    });
    table.addEventListener("keydown", (e) => {
      if (this.editor) return;
      const td = e.target instanceof Element ? e.target.closest<HTMLTableCellElement>("td[data-cell]") : null;
      if (!td) return;
      const p = this.posOf(td);
      const move = (dr: number, dc: number): void => {
        e.preventDefault();
        this.select(p.row + dr, p.col + dc);
      };
      switch (e.key) {
        case "ArrowUp":
          return move(-1, 0);
        case "ArrowDown":
          return move(1, 0);
        case "ArrowLeft":
          return move(0, -1);
        case "ArrowRight":
          return move(0, 1);
        // Tab is left alone: it moves the focus out of the grid (to the pane), as on any web page
        case "Enter":
        case "F2":
          e.preventDefault();
          return this.startEdit(p.row, p.col, false);
        case "Delete":
        case "Backspace":
          e.preventDefault();
          this.host.userEdit(this.host.active, p.row, p.col, "");
          this.setText(td, "");
          this.syncFormulaBar();
          return;
        default:
          // typing replaces the cell, as in Excel: the key lands in the editor focused here
          if ((e.key.length === 1 || e.key === "Process") && !e.ctrlKey && !e.metaKey && !e.altKey)
            this.startEdit(p.row, p.col, true);
      }
    });
  }

  private startEdit(row: number, col: number, replace: boolean): void {
    const td = this.cells.get(key(row, col));
    if (!td) return;
    if (this.selected.row !== row || this.selected.col !== col) this.select(row, col, false);
    const original = this.host.getText(this.host.active, row, col);
    const input = el("input", {
      class: "cell-editor",
      "aria-label": `编辑单元格 ${toA1(row, col)}`,
      "data-testid": "cell-editor",
      spellcheck: "false",
    });
    input.value = replace ? "" : original;
    td.textContent = "";
    td.classList.add("editing");
    td.appendChild(input);
    this.editor = { input, td, row, col, original };
    input.addEventListener("input", () => {
      this.host.userEdit(this.host.active, row, col, input.value);
      this.formula.value = input.value;
    });
    input.addEventListener("keydown", (e) => {
      e.stopPropagation();
      if (e.key === "Enter") {
        e.preventDefault();
        this.commit();
        this.select(row + 1, col);
      } else if (e.key === "Tab") {
        e.preventDefault();
        this.commit();
        this.select(row, col + (e.shiftKey ? -1 : 1));
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.cancel();
      }
    });
    input.addEventListener("blur", () => {
      if (this.editor && this.editor.input === input) this.commit(false);
    });
    input.focus();
    if (!replace) input.setSelectionRange(input.value.length, input.value.length);
  }

  private commit(refocus = true): void {
    const ed = this.editor;
    if (!ed) return;
    this.editor = null;
    const value = ed.input.value;
    if (value !== this.host.getText(this.host.active, ed.row, ed.col))
      this.host.userEdit(this.host.active, ed.row, ed.col, value);
    ed.td.classList.remove("editing");
    this.setText(ed.td, this.host.getText(this.host.active, ed.row, ed.col));
    if (refocus) ed.td.focus({ preventScroll: true });
    this.syncFormulaBar();
  }

  private cancel(): void {
    const ed = this.editor;
    if (!ed) return;
    ed.input.value = ed.original;
    if (this.host.getText(this.host.active, ed.row, ed.col) !== ed.original)
      this.host.userEdit(this.host.active, ed.row, ed.col, ed.original);
    this.commit();
  }

  private bindFormulaBar(): void {
    let original = "";
    this.formula.addEventListener("focus", () => {
      original = this.formula.value;
    });
    this.formula.addEventListener("input", () => {
      const c = this.selected;
      this.host.userEdit(c.sheet, c.row, c.col, this.formula.value);
      const td = this.tdOf(c);
      if (td && !(this.editor && this.editor.td === td)) this.setText(td, this.formula.value);
    });
    this.formula.addEventListener("keydown", (e) => {
      const c = this.selected;
      if (e.key === "Escape") {
        e.preventDefault();
        this.formula.value = original;
        this.host.userEdit(c.sheet, c.row, c.col, original);
        const td = this.tdOf(c);
        if (td) this.setText(td, original);
        td?.focus({ preventScroll: true });
      } else if (e.key === "Enter") {
        e.preventDefault();
        this.select(c.row + 1, c.col);
      }
    });
  }
}
