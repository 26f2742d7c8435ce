// Reads what `Range.Value(11)` (xlRangeValueXMLSpreadsheet) returns: the range as an XML Spreadsheet 2003
// document. One host call gives every cell's number format (through its style) and every merged area, which the
// ET object model otherwise only answers per cell (`NumberFormat` and `MergeCells` of a range are null when the
// cells differ). A small tolerant scanner, not a general XML parser: the format is machine-written.
import type { Area } from "../../core/grid";

export interface XmlSheetInfo {
  /** Number format per non-empty cell, key `row,col` (0-based, relative to the range's top-left). */
  readonly formats: ReadonlyMap<string, string>;
  /** Cells that hold data (`<Data>`), key `row,col`: used to check the document against Value2. */
  readonly data: ReadonlySet<string>;
  /** Merged areas, relative to the range's top-left. */
  readonly merges: ReadonlyArray<Area>;
}

/** Excel's named number formats, as XML Spreadsheet writes them, mapped to format codes the Grid understands. */
const NAMED_FORMATS: Record<string, string> = {
  General: "General",
  "General Number": "General",
  Percent: "0.00%",
  Fixed: "0.00",
  Standard: "#,##0.00",
  Scientific: "0.00E+00",
  "Short Date": "yyyy/m/d",
  "Medium Date": "d-mmm-yy",
  "Long Date": "yyyy年m月d日",
  "General Date": "yyyy/m/d h:mm",
  "Short Time": "h:mm",
  "Medium Time": "h:mm AM/PM",
  "Long Time": "h:mm:ss",
};

/** An optional namespace prefix (`ss:Data`) and the attributes of a start tag (quoted values may hold `>`). */
const P = "(?:\\w+:)?";
const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*?)`;

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|quot|amp|lt|gt|apos);/g, (_, e: string) => {
    switch (e) {
      case "quot":
        return '"';
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "apos":
        return "'";
      default: {
        const code = e.charAt(1) === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : "";
      }
    }
  });
}

/** Attributes of one start tag, without namespace prefixes (`ss:Index` → `Index`). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) {
    const name = m[2];
    if (name !== undefined) out[name] = decodeEntities(m[4] ?? m[5] ?? "");
  }
  return out;
}

function positiveInt(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = parseInt(s, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * Parses the document. Returns null when it is not an XML Spreadsheet (a host that does not implement
 * `Value(11)` may return the values instead, or nothing).
 */
export function parseXmlSpreadsheet(xml: unknown): XmlSheetInfo | null {
  if (typeof xml !== "string" || !/<(?:\w+:)?Workbook[\s>]/.test(xml)) return null;
  const tableStart = xml.search(/<(?:\w+:)?Table[\s>/]/);
  if (tableStart < 0) return null;

  // styles: ID → number format (a style without <NumberFormat> inherits the default "General")
  const styles = new Map<string, string>();
  const styleRe = new RegExp(`<${P}Style\\b${ATTRS}(\\/>|>([\\s\\S]*?)<\\/${P}Style>)`, "g");
  let sm: RegExpExecArray | null;
  while ((sm = styleRe.exec(xml)) !== null) {
    const id = attributes(sm[1] ?? "").ID;
    if (id === undefined) continue;
    const nf = new RegExp(`<${P}NumberFormat\\b${ATTRS}\\/?>`).exec(sm[3] ?? "");
    const format = nf ? attributes(nf[1] ?? "").Format : undefined;
    styles.set(id, format === undefined || format === "" ? "General" : (NAMED_FORMATS[format] ?? format));
  }
  const formatOf = (styleId: string | undefined): string | undefined =>
    styleId === undefined ? undefined : styles.get(styleId);

  const tableEnd = xml.search(/<\/(?:\w+:)?Table>/);
  const table = xml.slice(tableStart, tableEnd < tableStart ? xml.length : tableEnd);

  const formats = new Map<string, string>();
  const data = new Set<string>();
  const merges: Area[] = [];
  const columnStyles = new Map<number, string>();
  const defaultFormat = styles.get("Default");

  // <Column>, <Row>, </Row>, <Cell …/> or <Cell …>…</Cell>, in document order
  const tokenRe = new RegExp(
    `<${P}Column\\b${ATTRS}\\/?>|<${P}Row\\b${ATTRS}(\\/?)>|<\\/${P}Row>|<${P}Cell\\b${ATTRS}(\\/>|>([\\s\\S]*?)<\\/${P}Cell>)`,
    "g",
  );
  let col1 = 0; // last <Column> index (1-based)
  let row = -1; // current row (0-based)
  let rowStyle: string | undefined;
  let col = -1; // last cell's column (0-based), before skipping its MergeAcross
  let tm: RegExpExecArray | null;
  while ((tm = tokenRe.exec(table)) !== null) {
    const text = tm[0];
    if (/^<(?:\w+:)?Column/.test(text)) {
      const a = attributes(tm[1] ?? "");
      const index = positiveInt(a.Index) ?? col1 + 1;
      const span = (positiveInt(a.Span) ?? 0) + 1;
      if (a.StyleID !== undefined) for (let i = 0; i < span; i++) columnStyles.set(index - 1 + i, a.StyleID);
      col1 = index + span - 1;
    } else if (/^<(?:\w+:)?Row/.test(text)) {
      const a = attributes(tm[2] ?? "");
      row = (positiveInt(a.Index) ?? row + 2) - 1;
      rowStyle = a.StyleID;
      col = -1;
      if (tm[3] === "/") rowStyle = undefined; // an empty <Row/> carries nothing
    } else if (/^<\//.test(text)) {
      rowStyle = undefined;
    } else {
      if (row < 0) row = 0; // a <Cell> before any <Row>: malformed, take it as row 1
      const a = attributes(tm[4] ?? "");
      const c = (positiveInt(a.Index) ?? col + 2) - 1;
      const across = positiveInt(a.MergeAcross) ?? 0;
      const down = positiveInt(a.MergeDown) ?? 0;
      const key = `${row},${c}`;
      const format = formatOf(a.StyleID) ?? formatOf(rowStyle) ?? formatOf(columnStyles.get(c)) ?? defaultFormat;
      if (format !== undefined) formats.set(key, format);
      // an empty string (a formula's "" result) is an empty cell, as in Value2
      const body = (tm[6] ?? "").replace(new RegExp(`<${P}Comment\\b[\\s\\S]*?<\\/${P}Comment>`, "g"), "");
      const inner = new RegExp(`<${P}Data\\b${ATTRS}>([\\s\\S]*?)<\\/${P}Data>`).exec(body);
      if (inner && (inner[2] ?? "") !== "") data.add(key);
      if (across > 0 || down > 0) merges.push({ top: row, left: c, bottom: row + down, right: c + across });
      col = c + across;
    }
  }
  return { formats, data, merges };
}
