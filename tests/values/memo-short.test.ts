// memoShort: labels and units are normalised again by every pass and rule; remembered for short texts only, so a
// hostile sheet of long cells cannot fill the memory, and the map is emptied past its limit.
import { labelKey, memoShort, stripSpaces, toHalfWidth } from "../../src/core/text";
import { labelCore } from "../../src/core/layout/labels";

describe("memoShort", () => {
  it("computes a short text once, a long one every time, and starts over past its limit", () => {
    let calls = 0;
    const f = memoShort(
      (s) => {
        calls++;
        return s.toUpperCase();
      },
      8,
      3,
    );
    expect([f("ab"), f("ab"), f("ab")]).toEqual(["AB", "AB", "AB"]);
    expect(calls).toBe(1);
    expect([f("a long text"), f("a long text")]).toEqual(["A LONG TEXT", "A LONG TEXT"]);
    expect(calls).toBe(3);
    f("c");
    f("d"); // three remembered: ab, c, d
    f("e"); // past the limit: emptied, then e
    calls = 0;
    f("ab");
    expect(calls).toBe(1);
  });

  it("labelKey and labelCore give what they computed before, remembered or not", () => {
    for (const t of [
      "产出指标",
      "产 出 指 标：",
      "数量指标（必填量化）",
      "效益指标(30分)",
      "１２３％",
      "x".repeat(100),
    ]) {
      expect(labelKey(t)).toBe(stripSpaces(toHalfWidth(t)));
      expect(labelKey(t)).toBe(labelKey(t));
      expect(labelCore(t)).toBe(labelCore(t));
    }
    expect(labelCore("产出指标(0-20)分")).toBe("产出指标");
    expect(labelCore("绩 效 指 标:")).toBe("绩效指标");
  });
});
