// Marks as ET conditional formats: colours in ET's byte order and the length limit of an address list (the plan
// of which cells get which rule is src/hosts/mark-formula.ts, shared with Excel).

/**
 * `#RRGGBB` → the colour as ET (like VBA/COM) stores it in `Interior.Color`: a long with red in the low byte,
 * `RGB(r, g, b) = r + g·256 + b·65536`.
 */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex.trim());
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? "0", 16)) as [number, number, number];
  return r + g * 256 + b * 65536;
}

/** The inverse of bgr, for tests and diagnostics. */
export function hexOfBgr(color: number): string {
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}

/** VBA's `Range("…")` takes at most 255 characters; ET follows the object model it copies. */
export const MAX_RANGE_ARG = 255;
