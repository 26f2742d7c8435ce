// The bad-input contract for the SheetJS formats: a file SheetJS cannot read becomes a zh-CN InputError,
// never a stack trace, and a workbook with no sheet is reported, not silently "clean".
import type { Grid } from "../core/grid";
import { InputError, MSG } from "./errors";
import { readCsv, readXls } from "./read-xls";

export function readOldWorkbook(bytes: Uint8Array, ext: string): Grid[] {
  let grids: Grid[];
  try {
    grids = readXls(bytes);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (ext === ".et") throw MSG.et();
    // the code tools already know for an .xls that could not be checked
    throw new InputError(
      "XLS_UNSUPPORTED",
      "这是 .xls 格式的文件（Excel 97-2003 工作簿或其他系统导出的表格），但无法读取：可能已损坏，或是不支持的版本。请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）后再检查。",
    );
  }
  if (grids.length === 0)
    throw new InputError("CORRUPT", "工作簿中没有工作表，无法检查。请用 Excel 或 WPS 打开确认后另存为 .xlsx 再检查。");
  return grids;
}

export function readCsvFile(sheet: string, bytes: Uint8Array): Grid {
  try {
    return readCsv(sheet, bytes);
  } catch {
    throw new InputError(
      "CORRUPT",
      "无法按逗号分隔的 .csv 文本读取此文件。请用 Excel 或 WPS 打开确认后另存为 .xlsx 再检查。",
    );
  }
}
