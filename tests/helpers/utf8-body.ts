// Reading a section's UTF-8 body back in tests (src/cli/utf8-body.ts writes it; only tests read it as text).
import type { Utf8Body } from "../../src/cli/utf8-body";

/** A body as text again; each chunk holds whole characters, so they decode one at a time. */
export function bodyText(body: Utf8Body): string {
  const decoder = new TextDecoder();
  return body.map((c) => decoder.decode(c)).join("");
}

/** Its length in bytes. */
export function bodyBytes(body: Utf8Body): number {
  let n = 0;
  for (const c of body) n += c.byteLength;
  return n;
}
