// Excel date serials published as numbers: a date cell copied as a value, or exported from a system that stores
// dates as serials, shows `44,561` or `44561` where the clerk had typed 2021年12月31日.
import type { DatePoint, ParsedValue } from "./types";

/** 1982-02-18 … 2064-04-08: the serials of any budget year a table can name; other 5-digit counts are left alone. */
export const SERIAL_MIN = 30000;
export const SERIAL_MAX = 60000;

const DAY_MS = 86400000;
/** Excel's 1900 date system counts from 1899-12-30 for every serial after its phantom 1900-02-29 (serial 60). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface SerialDate extends DatePoint {
  readonly serial: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The date an Excel (1900 system) serial stands for: 44561 → 2021-12-31. */
export function serialToDate(serial: number): SerialDate {
  const d = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { serial, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The date a value stands for when it is a bare whole number in the serial range (`44,561`, `=44561`), or null.
 * Only the caller knows whether the row asks for a time: a 数量 row's `44561` is a count without its unit.
 */
export function excelDateSerial(v: ParsedValue): SerialDate | null {
  if (v.kind !== "quantity" || v.unit.family !== "none" || v.approx || v.tolerance) return null;
  if (!Number.isInteger(v.number) || v.number < SERIAL_MIN || v.number > SERIAL_MAX) return null;
  return serialToDate(v.number);
}

/** `2021年12月31日`. */
export function formatDate(d: SerialDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}
