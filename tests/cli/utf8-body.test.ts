// A section's text is kept as UTF-8 chunks while it is rendered: the chunks must join to exactly the text pushed,
// each must decode on its own (no character split between two, surrogate pairs included), and a large section
// must be several chunks, not one string encoded at the end.
import { joined, utf8Body, type TextSink } from "../../src/cli/utf8-body";
import { bodyBytes, bodyText } from "../helpers/utf8-body";

const PAIR = "\u{20BB7}"; // 𠮷, two UTF-16 code units

/** Parts of every size, with Chinese and surrogate pairs across every batch boundary the builder may pick. */
function render(sink: TextSink): void {
  for (let i = 0; i < 4000; i++)
    sink.push(`${i % 7 === 0 ? PAIR : ""}第${i}项：${"中".repeat(i % 50)}${"a".repeat(i % 13)}\n`);
  sink.push(`${"b".repeat(1 << 17)}${PAIR}`);
  sink.push("");
  sink.push(PAIR);
}

it("the chunks join to the text pushed, and each decodes on its own", () => {
  const text = joined(render);
  const body = utf8Body(render);
  expect(body.length).toBeGreaterThan(2);
  expect(bodyText(body)).toBe(text);
  expect(bodyBytes(body)).toBe(Buffer.byteLength(text, "utf8"));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  expect(body.map((c) => decoder.decode(c)).join("")).toBe(text);
});

it("nothing pushed is an empty body", () => {
  expect(utf8Body(() => undefined)).toEqual([]);
  expect(bodyText(utf8Body((s) => s.push("")))).toBe("");
});
