// One notion of "no specific number format" for every adapter: Excel's "General", its Chinese-locale spelling
// "G/通用格式" (WPS, and Excel's local format), or nothing at all. Such a cell's text is the plain number.

const GENERAL = new Set(["", "General", "G/通用格式", "@General"]);

/** The cell's number format when it is a specific one; undefined for General / none / not a string. */
export function specificFormat(raw: unknown): string | undefined {
  return typeof raw === "string" && !GENERAL.has(raw.trim()) ? raw : undefined;
}
