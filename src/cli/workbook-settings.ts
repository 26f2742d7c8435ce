// The settings a unit saved in its workbook (the hidden name `_PTC_SETTINGS` the add-in writes, in Excel or WPS):
// ptcheck judges the file by them, under whatever the command line says (issue 9: one order of precedence).
import * as fs from "fs";
import type { Config } from "../core/config";
import { settingsFromFormula } from "../hosts/settings-codec";
import { inflatePart, listParts } from "./zip-parts";

/** workbook.xml is small; a larger one is not the add-in's business. */
const MAX_WORKBOOK_XML = 4 * 1024 * 1024;
const NAME = /<definedName\b[^>]*\bname="_PTC_SETTINGS"[^>]*>([^<]*)<\/definedName>/;

/** The saved config of an .xlsx package, or null (none saved, not a package, unreadable: then the file is judged
 * by the command line's settings alone — a damaged name must not cost the file its check). */
export function workbookSettings(bytes: Buffer): Config | null {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  try {
    const part = listParts(bytes).find((p) => p.name === "xl/workbook.xml");
    if (!part) return null;
    const xml = inflatePart(bytes, part, MAX_WORKBOOK_XML).toString("utf8");
    const m = NAME.exec(xml);
    if (!m || m[1] === undefined) return null;
    return settingsFromFormula(unescapeXml(m[1]))?.config ?? null;
  } catch {
    return null;
  }
}

export function workbookSettingsOfFile(filePath: string): Config | null {
  try {
    return workbookSettings(fs.readFileSync(filePath));
  } catch {
    return null;
  }
}

function unescapeXml(s: string): string {
  return s.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
    (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(parseInt(dec, 10));
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name as "amp"];
    },
  );
}
