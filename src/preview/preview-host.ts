// The preview's HostAdapter: the memory adapter plus a listener so the rendered workbook follows what the add-in
// does to it (selection, marks, inserted blocks, applied fixes), as the real spreadsheet window would.
import type { BlockSpec } from "../core/template/block-spec";
import type { CellRef, Mark, RangeRef } from "../hosts/host";
import { MemoryHost } from "../hosts/memory/memory-host";

export interface PreviewView {
  /** Cell text changed by the add-in (an applied fix). */
  cellChanged(cell: CellRef): void;
  /** Rows, merges or many cells changed (an inserted block). */
  sheetChanged(sheet: string): void;
  marksChanged(): void;
}

export class PreviewHost extends MemoryHost {
  view: PreviewView | null = null;

  /** Selecting from the pane behaves like Excel: the selection-changed event fires, so the grid and pane follow. */
  override async select(cell: CellRef): Promise<void> {
    await super.select(cell);
    this.userSelect(cell);
  }

  /** Typing changes which marks show (they are keyed to the cells' content), as in Excel. */
  override userEdit(sheet: string, row: number, col: number, text: string): void {
    super.userEdit(sheet, row, col, text);
    this.view?.marksChanged();
  }

  override async setMarks(sheet: string, marks: ReadonlyArray<Mark>): Promise<void> {
    await super.setMarks(sheet, marks);
    this.view?.marksChanged();
  }

  override async clearMarks(sheet?: string): Promise<void> {
    await super.clearMarks(sheet);
    this.view?.marksChanged();
  }

  override async setMarksVisible(on: boolean): Promise<void> {
    await super.setMarksVisible(on);
    this.view?.marksChanged();
  }

  override async insertBlock(at: CellRef, spec: BlockSpec): Promise<RangeRef> {
    const r = await super.insertBlock(at, spec);
    this.view?.sheetChanged(at.sheet);
    return r;
  }

  override async writeCells(cells: ReadonlyArray<{ readonly cell: CellRef; readonly value: string }>): Promise<void> {
    await super.writeCells(cells);
    for (const c of cells) this.view?.cellChanged(c.cell);
  }

  override async writeCell(cell: CellRef, value: string): Promise<void> {
    await super.writeCell(cell, value);
    this.view?.cellChanged(cell);
  }
}
