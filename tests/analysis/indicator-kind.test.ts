// The lexicon matcher and value tests the reviewer rules of issue 10 share (src/core/analysis/indicator-kind.ts).
import { isFullRate, lexicon } from "../../src/core/analysis/indicator-kind";
import { parseValue } from "../../src/core/values/parse";

describe("lexicon", () => {
  test("a plain entry matches as a substring and reports the entry", () => {
    expect(lexicon(["资金到位"]).match("项目财政资金到位时间")).toBe("资金到位");
    expect(lexicon(["资金到位"]).match("慰问资金发放到位率")).toBeNull();
  });

  test("… spans up to 16 characters of one clause", () => {
    const lx = lexicon(["保障…正常运转"]);
    expect(lx.match("保障沙坡头区老年大学活动正常运转")).toBe("保障…正常运转");
    expect(lx.match("保障正常运转")).toBe("保障…正常运转");
    expect(lx.match("保障群众出行安全，道路设施正常运转")).toBeNull();
    expect(lx.match(`保障${"一".repeat(17)}正常运转`)).toBeNull();
  });

  test("regex characters in an entry are literal", () => {
    expect(lexicon(["成本(控制)率"]).match("成本(控制)率")).toBe("成本(控制)率");
    expect(lexicon(["成本(控制)率"]).match("成本控制率")).toBeNull();
    expect(lexicon(["a.b"]).match("axb")).toBeNull();
  });

  test("blank entries are ignored", () => {
    expect(lexicon(["", "  "]).match("任何文字")).toBeNull();
  });
});

describe("isFullRate", () => {
  test.each(["100%", "≥100%", "＝100%", "=100%"])("%s cannot be exceeded", (v) => {
    expect(isFullRate(parseValue(v))).toBe(true);
  });
  test.each(["≥95%", "≤100%", "100人", "达到预期目标"])("%s is not a full rate", (v) => {
    expect(isFullRate(parseValue(v))).toBe(false);
  });
});
