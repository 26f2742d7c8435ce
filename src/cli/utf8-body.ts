// A file's section of the main report, kept as UTF-8 chunks while it is rendered. The section of a workbook with
// 300 000 findings is ~335 MB of JSON: as JavaScript strings (two bytes a character once any Chinese is in them),
// the parts and their join cost ~1.6 GB at once; as UTF-8 chunks encoded every 16 K characters it is held once, in
// the bytes that are written, outside the V8 heap, and it crosses from a worker thread as plain byte arrays.

/** Where a renderer puts its text, a part at a time. */
export interface TextSink {
  push(text: string): void;
}

/** A rendered section: UTF-8 chunks, each the encoding of whole strings (no character is split between two). */
export type Utf8Body = ReadonlyArray<Uint8Array>;

/**
 * Characters gathered before they are encoded. Small enough that their join stays an ordinary heap object: a batch
 * of 64 K characters with Chinese in it is 128 KB, which V8 allocates in its large-object space, and those joins took
 * half of rendering a JSON v2 section (115 of 230 ms for 14 000 findings; 9 ms at 16 K).
 */
const BATCH_CHARS = 1 << 14;

const encoder = new TextEncoder();

export class Utf8Chunks implements TextSink {
  private parts: string[] = [];
  private chars = 0;
  private readonly chunks: Uint8Array[] = [];

  push(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
    if (this.chars >= BATCH_CHARS) this.flush();
  }

  /** The text pushed so far, encoded; the builder is not used afterwards. */
  finish(): Utf8Body {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.chars === 0) return;
    this.chunks.push(encoder.encode(this.parts.join("")));
    this.parts = [];
    this.chars = 0;
  }
}

/** What `render` pushes, as UTF-8 chunks. */
export function utf8Body(render: (sink: TextSink) => void): Utf8Body {
  const out = new Utf8Chunks();
  render(out);
  return out.finish();
}

/** What `render` pushes, as one string (the whole-run renderers, tests). */
export function joined(render: (sink: TextSink) => void): string {
  const parts: string[] = [];
  render(parts);
  return parts.join("");
}
