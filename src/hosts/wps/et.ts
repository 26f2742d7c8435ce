// The members of the WPS 表格 (ET) object model this add-in uses, and nothing else.
//
// Names and signatures follow Kingsoft's typings `et-jsapi-declare@2.5.0` (lib.et.d.ts, addon.et.d.ts, index.d.ts);
// tests/hosts/wps/et-typings.test.ts compiles a check that Kingsoft's `Et.Application` is assignable to
// `EtApplication` below, so a misspelt member (which ET silently ignores at run time) fails a test instead.
// The typings are not referenced from src/: they declare globals (`Application`, `wps`, `Window.Application`)
// for the whole program, which would collide with the task pane's own declarations.
//
// JS-vs-VBA rules of the ET JSAPI: every method is called with `()`; collections are read with `.Item(i)`;
// calls are synchronous and cross-process (~0.2 ms each), so the adapter reads and writes whole ranges.

/** Range.Value2 as the JS bridge returns it: a scalar for one cell, rows of cells for several. */
export type EtValue2 = unknown;

export interface EtRange {
  /** 1-based row / column of the top-left cell of the first area. */
  readonly Row: number;
  readonly Column: number;
  /** `Rows.Count` / `Columns.Count`: the size of the first area. */
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  readonly Areas: EtAreas;
  Value2: EtValue2;
  /** `Value(11)` = xlRangeValueXMLSpreadsheet: the range as XML Spreadsheet 2003 (styles and merges included). */
  Value(RangeValueDataType?: number): unknown;
  /** A format string when every cell shares it, else null. */
  NumberFormat: unknown;
  /** true / false, or null when the range mixes merged and unmerged cells. */
  readonly MergeCells: unknown;
  Merge(Across?: boolean): void;
  readonly Borders: EtBorders;
  readonly Font: EtFont;
  HorizontalAlignment: unknown;
  VerticalAlignment: unknown;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  /** Column width in characters (the unit BlockSpec.columnWidths uses); null when the columns differ. */
  ColumnWidth: unknown;
  readonly UseStandardWidth: unknown;
  Select(): unknown;
}

export interface EtCount {
  readonly Count: number;
}

export interface EtAreas {
  readonly Count: number;
  Item(Index: number): EtRange;
}

export interface EtBorders {
  /** XlBordersIndex: 7 left, 8 top, 9 bottom, 10 right, 11 inside vertical, 12 inside horizontal. */
  Item(Index: number): EtBorder;
}

export interface EtBorder {
  LineStyle: unknown;
  Weight: unknown;
  Color: unknown;
}

export interface EtFont {
  Bold: unknown;
  Size: unknown;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
}

export interface EtFormatConditions {
  readonly Count: number;
  Item(Index: number): EtFormatCondition;
  Add(Type: number, Operator?: unknown, Formula1?: unknown, Formula2?: unknown): EtFormatCondition;
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  Delete(): void;
  SetFirstPriority(): void;
}

export interface EtInterior {
  Color: unknown;
}

export interface EtWorksheet {
  readonly Name: string;
  /** The workbook (typed `any` in Kingsoft's typings). */
  readonly Parent: unknown;
  readonly UsedRange: EtRange;
  /** `Range("A1")`, `Range("B3:E9")`, `Range("A1,C3:C5")` (at most 255 characters, as in VBA). */
  Range(Cell1: string): EtRange;
  /** The whole sheet; `Cells.FormatConditions` lists every conditional format of the sheet. */
  readonly Cells: EtRange;
  Activate(): void;
  readonly ProtectContents: boolean;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly FullName: string;
  readonly Names: EtNames;
  readonly Worksheets: EtSheets;
}

export interface EtSheets {
  readonly Count: number;
  Item(Index: string | number): EtWorksheet;
}

export interface EtNames {
  readonly Count: number;
  Item(Index: string | number): EtName;
  Add(Name: string, RefersTo: string, Visible?: boolean): EtName;
}

export interface EtName {
  readonly Name: string;
  RefersTo: unknown;
  Visible: boolean;
}

export interface EtWindow {
  ScrollRow: number;
  ScrollColumn: number;
  readonly VisibleRange: EtRange;
}

export interface EtDebugTools {
  /** Undocumented; present in et-jsapi-declare 2.5.0 (interface DebugTools). Groups changes into one undo step. */
  UndoTransBegin(book: object): void;
  UndoTransEnd(book: object, cancelTrans: boolean, desc: string): void;
}

export type EtEventName = "SheetChange" | "SheetActivate" | "SheetSelectionChange" | "WorkbookActivate";

/** Listener arguments differ per event (SheetChange: Sh, Target; SheetActivate: Sh; WorkbookActivate: Wb). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each event's own listener type must be assignable
export type EtEventListener = (...args: any[]) => void;

export interface EtApiEvent {
  AddApiEventListener(EventName: EtEventName, callback: EtEventListener): void;
  RemoveApiEventListener(EventName: EtEventName, callback?: EtEventListener): void;
}

/** `window.Application` in a WPS 表格 add-in page (alias `wps`). */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveCell: EtRange | null;
  readonly ActiveWindow: EtWindow | null;
  EnableEvents: boolean;
  ScreenUpdating: boolean;
  readonly ApiEvent: EtApiEvent;
  Union(Arg1: EtRange, Arg2: EtRange, ...more: EtRange[]): EtRange;
  readonly DebugTools: EtDebugTools | null | undefined;
}

// ---- constants (enum values as in lib.et.d.ts / lib.kso.d.ts) ------------------------------------------

export const XL = {
  /** XlRangeValueDataType.xlRangeValueXMLSpreadsheet */
  rangeValueXmlSpreadsheet: 11,
  /** XlFormatConditionType.xlExpression */
  expression: 2,
  /** XlLineStyle.xlContinuous */
  continuous: 1,
  /** XlBorderWeight.xlThin */
  thin: 2,
  /** XlHAlign.xlHAlignCenter / XlVAlign.xlVAlignCenter */
  center: -4108,
  /** XlDVType.xlValidateList */
  validateList: 3,
  /** XlDVAlertStyle.xlValidAlertStop */
  validAlertStop: 1,
  /** XlFormatConditionOperator.xlBetween */
  between: 1,
} as const;
