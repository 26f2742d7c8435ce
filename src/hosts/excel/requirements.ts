// ExcelApi requirement sets this add-in needs, and what each unlocks. The manifest's minimum (set in manifest.xml
// by the build owner) must equal MANIFEST_MINIMUM; everything above it is feature-detected at run time and the
// pane says what is missing.
//
//   1.1  read the sheet, list findings, jump to cells (Excel 2016)       — MANIFEST_MINIMUM
//   1.2  used range of values only, sheet protection
//   1.4  workbook names: settings and the marks switch (_PTC_ON)
//   1.6  conditional formats: marks in the sheet                          — MARKS
//   1.7  change / activation / selection events: live checking           — LIVE
//   1.8  data validation (dropdowns of an inserted table)
//   1.9  RangeAreas, collection-level events, suspendScreenUpdatingUntilNextSync
//   1.13 merged areas
//   1.14 triggerSource (own writes recognised by Excel)
//   1.19 a write no longer clears the undo history: marks may be written while the user types — UNDO_KEPT
//   1.20 mergeUndoGroup (an inserted table is one undo step)
export const EXCEL_API = {
  MANIFEST_MINIMUM: "1.1",
  MARKS: "1.6",
  LIVE: "1.7",
  UNDO_KEPT: "1.19",
} as const;
