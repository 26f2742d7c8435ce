// Hostile and huge inputs of issue 15, built in memory: small crafted .xlsx packages (merge bomb, sparse rows,
// cell and sharedStrings bombs, packages with no sheet) and text files. Shared by the CLI tests (small sizes)
// and scripts/bench.js (the issue's sizes). No ExcelJS here: its writer would refuse or choke on these.
import * as zlib from "zlib";

/** `times` repetitions of `chunk`: how a bomb's gigabyte stays a few kilobytes to build and to store. */
export interface Piece {
  readonly chunk: Buffer;
  readonly times: number;
}

export interface ZipEntry {
  readonly name: string;
  readonly pieces: ReadonlyArray<Piece>;
  /** A lie written into the headers instead of the real uncompressed size (a crafted package). */
  readonly claimedSize?: number;
}

const piece = (text: string, times = 1): Piece => ({ chunk: Buffer.from(text, "utf8"), times });

/**
 * A zip (deflate) of the entries. Each chunk is deflated once with a full flush, which ends it on a byte boundary
 * with a fresh dictionary, so its compressed bytes can be repeated: a valid stream of any length in little memory.
 */
export function zip(entries: ReadonlyArray<ZipEntry>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const parts: Buffer[] = [];
    let crc = 0;
    let size = 0;
    for (const p of e.pieces) {
      const z = zlib.deflateRawSync(p.chunk, { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 });
      for (let i = 0; i < p.times; i++) {
        parts.push(z);
        crc = zlib.crc32(p.chunk, crc);
      }
      size += p.chunk.length * p.times;
    }
    parts.push(zlib.deflateRawSync(Buffer.alloc(0))); // the final (empty) block
    const data = Buffer.concat(parts);
    const claimed = e.claimedSize ?? size;
    if (claimed > 0xffffffff || data.length > 0xffffffff) throw new Error("zip64 is not needed by any case");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(claimed, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface SheetSpec {
  readonly name: string;
  /** The sheetData's content (rows), as pieces. */
  readonly rows: ReadonlyArray<Piece>;
  /** Merge refs such as `A1:XFD1048576`. */
  readonly merges?: ReadonlyArray<string> | Piece;
}

export interface PackageSpec {
  readonly sheets: ReadonlyArray<SheetSpec>;
  readonly sharedStrings?: ReadonlyArray<Piece>;
  /** Leave xl/workbook.xml out (a package that is a zip of an .xlsx's other parts). */
  readonly noWorkbook?: boolean;
}

/** A minimal SpreadsheetML package, as Excel would open it. */
export function xlsxPackage(spec: PackageSpec): Buffer {
  const sheets = spec.sheets;
  const types =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join("") +
    (spec.sharedStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : "") +
    `</Types>`;
  const rels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS} ${RNS}><sheets>` +
    sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets></workbook>`;
  const wbRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("") +
    (spec.sharedStrings
      ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
      : "") +
    `</Relationships>`;
  const entries: ZipEntry[] = [
    { name: "[Content_Types].xml", pieces: [piece(types)] },
    { name: "_rels/.rels", pieces: [piece(rels)] },
  ];
  if (!spec.noWorkbook) {
    entries.push(
      { name: "xl/workbook.xml", pieces: [piece(workbook)] },
      { name: "xl/_rels/workbook.xml.rels", pieces: [piece(wbRels)] },
    );
  }
  sheets.forEach((s, i) => {
    const merges = s.merges;
    const mergePieces: Piece[] = !merges
      ? []
      : "chunk" in merges
        ? [piece("<mergeCells>"), merges, piece("</mergeCells>")]
        : merges.length
          ? [
              piece(
                `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`,
              ),
            ]
          : [];
    entries.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      pieces: [
        piece(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS} ${RNS}><sheetData>`),
        ...s.rows,
        piece("</sheetData>"),
        ...mergePieces,
        piece("</worksheet>"),
      ],
    });
  });
  if (spec.sharedStrings) {
    entries.push({
      name: "xl/sharedStrings.xml",
      pieces: [
        piece(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS}>`),
        ...spec.sharedStrings,
        piece("</sst>"),
      ],
    });
  }
  return zip(entries);
}

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** One sheet, a title in A1 and one merge (default: the whole sheet, A1:XFD1048576). */
export function mergeBomb(refs: ReadonlyArray<string> = ["A1:XFD1048576"]): Buffer {
  return xlsxPackage({
    sheets: [{ name: "Sheet1", rows: [piece(`<row r="1">${inline("A1", "合并")}</row>`)], merges: refs }],
  });
}

/** `count` small merges (A1:B1, A2:B2, …): ExcelJS checks each new merge against every earlier one. */
export function manyMerges(count: number): Buffer {
  const refs: string[] = [];
  for (let r = 1; r <= count; r++) refs.push(`A${r}:B${r}`);
  return xlsxPackage({
    sheets: [{ name: "Sheet1", rows: [piece(`<row r="1">${inline("A1", "合并")}</row>`)], merges: refs }],
  });
}

/** `rows` rows with a value in A and in XFD (the last column). */
export function sparseRows(rows: number): Buffer {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++)
    parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="XFD${r}"><v>${r}</v></c></row>`);
  return xlsxPackage({ sheets: [{ name: "Sheet1", rows: [piece(parts.join(""))] }] });
}

/** `sheets` sheets each holding one row with the same cell element repeated `cellsPerSheet` times. */
export function cellBomb(cellsPerSheet: number, sheets = 3): Buffer {
  const unit = "<c><v>1</v></c>";
  const perChunk = 65536;
  const rows: Piece[] = [piece('<row r="1">')];
  if (cellsPerSheet >= perChunk) rows.push(piece(unit.repeat(perChunk), Math.floor(cellsPerSheet / perChunk)));
  if (cellsPerSheet % perChunk) rows.push(piece(unit.repeat(cellsPerSheet % perChunk)));
  rows.push(piece("</row>"));
  return xlsxPackage({ sheets: Array.from({ length: sheets }, (_, i) => ({ name: `Sheet${i + 1}`, rows })) });
}

/** A sheet referencing shared string 0 in a package whose sharedStrings part inflates to about `bytes`. */
export function sharedStringsBomb(bytes: number): Buffer {
  const si = `<si><t>${"啊".repeat(340)}</t></si>`; // ~1 KB
  const chunk = si.repeat(1024);
  const times = Math.max(1, Math.round(bytes / Buffer.byteLength(chunk)));
  return xlsxPackage({
    sheets: [{ name: "Sheet1", rows: [piece('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')] }],
    sharedStrings: [piece(chunk, times)],
  });
}

/** A package with its workbook part, or with a workbook of no sheets. */
export function sheetlessPackage(kind: "no-workbook" | "no-sheets"): Buffer {
  return kind === "no-workbook"
    ? xlsxPackage({
        sheets: [{ name: "Sheet1", rows: [piece(`<row r="1">${inline("A1", "x")}</row>`)] }],
        noWorkbook: true,
      })
    : xlsxPackage({ sheets: [] });
}

/** `bytes` of blank lines. */
export function blankLines(bytes: number): Buffer {
  return Buffer.alloc(bytes, "\n");
}
