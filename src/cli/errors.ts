// Why an input could not be checked: a short code for tools plus a zh-CN message for the reviewer.

export type InputErrorCode =
  | "ENOENT"
  | "EMPTY"
  | "NO_SPREADSHEETS"
  | "CORRUPT"
  | "ENCRYPTED"
  | "NOT_XLSX"
  | "TOO_LARGE"
  | "XLS_UNSUPPORTED"
  | "READ_FAILED"
  | "CHECK_FAILED";

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** Extensions a folder search picks up. `.xls` is listed so an old workbook is reported, not silently skipped. */
export const SPREADSHEET_EXTENSIONS = [".xlsx", ".tsv", ".txt", ".xls", ".csv", ".et"] as const;

export const MSG = {
  missing: () => new InputError("ENOENT", "找不到此文件或文件夹，请检查路径是否正确。"),
  empty: () => new InputError("EMPTY", "文件是空的（0 字节），没有可检查的内容。"),
  noSpreadsheets: () =>
    new InputError(
      "NO_SPREADSHEETS",
      "文件夹（含子文件夹）中没有可检查的表格文件（.xlsx、.xls、.et、.csv、.tsv 或 .txt）。",
    ),
  corrupt: () =>
    new InputError(
      "CORRUPT",
      "文件已损坏，无法作为 .xlsx 工作簿打开。请先用 Excel 或 WPS 打开确认；能打开的话请另存为 .xlsx 后再检查。",
    ),
  encrypted: () =>
    new InputError(
      "ENCRYPTED",
      "文件已加密（设置了打开密码），无法读取。请在 Excel 或 WPS 中打开它，取消打开密码后保存，再重新检查。",
    ),
  notXlsx: (ext: string, what: string) =>
    new InputError(
      "NOT_XLSX",
      `文件扩展名是 ${ext || "（无）"}，但内容不是 Excel 工作簿（${what}）。请确认文件来源，用 Excel 或 WPS 打开后另存为 .xlsx 再检查。`,
    ),
  notText: () =>
    new InputError(
      "NOT_XLSX",
      "文件内容不是文本（含二进制数据），无法作为制表符分隔的文本表格读取。请提供 .xlsx 文件或从表格中导出的文本文件。",
    ),
  unsupportedType: (ext: string) =>
    new InputError(
      "NOT_XLSX",
      `不支持的文件类型“${ext || "无扩展名"}”：只能检查 .xlsx、.xls、.et 工作簿，逗号分隔的 .csv 和制表符分隔的 .tsv、.txt 文本文件。`,
    ),
  tooLarge: (bytes: number, limitMb: number) =>
    new InputError(
      "TOO_LARGE",
      `文件大小 ${formatSize(bytes)}，超过上限 ${limitMb} MB，未读取。绩效目标表通常远小于此；如确需检查，请用 --max-size <MB> 提高上限。`,
    ),
  partTooLarge: (part: string, bytes: number | null, limit: number) =>
    new InputError(
      "TOO_LARGE",
      `工作簿中的部件${part ? `“${part}”` : ""}解压后${bytes === null ? "" : `有 ${formatSize(bytes)}，`}超过上限 ${formatSize(limit)}，未读取。正常的绩效目标表远小于此；文件可能已损坏或被恶意构造，请用 Excel 或 WPS 打开确认后另存为 .xlsx 再检查。`,
    ),
  unpackedTooLarge: (bytes: number, limit: number) =>
    new InputError(
      "TOO_LARGE",
      `工作簿解压后共 ${formatSize(bytes)}，超过上限 ${formatSize(limit)}，未读取。请删除其中的图片等无关内容，或把各工作表分别另存为 .xlsx 后再检查。`,
    ),
  tooManyCells: (limit: number) =>
    new InputError(
      "TOO_LARGE",
      `工作簿的单元格超过 ${limit.toLocaleString("en-US")} 个，未读取。绩效目标表通常只有几千个单元格；请只保留绩效目标表所在的工作表，另存为 .xlsx 后再检查。`,
    ),
  tooManyMerges: (limit: number) =>
    new InputError(
      "TOO_LARGE",
      `工作簿的合并单元格区域超过 ${limit.toLocaleString("en-US")} 个，未读取。请确认文件来源，只保留绩效目标表所在的工作表后再检查。`,
    ),
  mergedAreaTooLarge: (cells: number, limit: number) =>
    new InputError(
      "TOO_LARGE",
      `工作簿中合并单元格覆盖的范围过大（共 ${cells.toLocaleString("en-US")} 个单元格，上限 ${limit.toLocaleString("en-US")} 个，例如整行、整列或整张表被合并），未读取。请取消这些大范围的合并后再检查。`,
    ),
  noSheets: (detail: string) =>
    new InputError(
      "CORRUPT",
      `文件已损坏，无法作为 .xlsx 工作簿打开（${detail}）。请先用 Excel 或 WPS 打开确认；能打开的话请另存为 .xlsx 后再检查。`,
    ),
  undecodable: (bad: number, sample: string) =>
    new InputError(
      "CORRUPT",
      `文本文件中有 ${bad} 处无效字节（${sample}）：文件其余部分是 UTF-8 编码，但这些字节不是，无法可靠读取，未检查。文件可能被截断或拼接过；请用记事本或 WPS 打开，检查这些行后另存为“UTF-8”编码的文本文件再检查。`,
    ),
  xls: () =>
    new InputError(
      "XLS_UNSUPPORTED",
      "这是 .xls 格式的文件（Excel 97-2003 工作簿或其他系统导出的表格），无法直接检查。请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）后再检查。",
    ),
  et: () =>
    new InputError(
      "XLS_UNSUPPORTED",
      "这是 WPS 表格专用格式（.et），无法直接检查。请在 WPS 中打开，另存为 .xlsx（Excel 工作簿）后再检查。",
    ),
  readFailed: (reason: string) => new InputError("READ_FAILED", `无法读取文件：${reason}。`),
  checkFailed: (detail: string) =>
    new InputError(
      "CHECK_FAILED",
      `检查此文件时校验程序内部出错（${detail}）。这不是表格的问题，请把此文件反馈给开发者。`,
    ),
};

function formatSize(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** zh-CN reason for a Node file-system error. */
export function fsReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    case "EISDIR":
      return "这是文件夹，不是文件";
    case "EMFILE":
    case "ENFILE":
      return "同时打开的文件过多，请稍后重试";
    case "EBUSY":
      return "文件正被其他程序占用，请关闭后重试";
    case "ELOOP":
      return "符号链接循环";
    default:
      return typeof code === "string" ? `系统错误 ${code}` : String((e as Error)?.message ?? e);
  }
}
