// Character bigrams with a stop list (src/core/analysis/bigrams.ts, review-criteria.md §2.1 step 4).
import { cjkBigrams, DEFAULT_GENERIC_WORDS, sharedWords, withoutGeneric } from "../../src/core/analysis/bigrams";

describe("cjkBigrams", () => {
  test("bigrams of each run of Chinese characters; digits and punctuation end a run", () => {
    expect(cjkBigrams("培训学员280人次", { stop: [] })).toEqual(["培训", "训学", "学员", "人次"]);
    expect(cjkBigrams("学员、学员", { stop: [] })).toEqual(["学员"]);
  });

  test("stop bigrams are cut out and end the run, so no bigram straddles them", () => {
    expect(cjkBigrams("保障工作有序", { stop: [] })).toEqual(["保障", "障工", "工作", "作有", "有序"]);
    expect(cjkBigrams("保障工作有序")).toEqual(["有序"]);
    expect(cjkBigrams("保障工作有序", { stop: ["工作"] })).toEqual(["保障", "有序"]);
  });

  test("generic indicator words leave nothing of a generic row", () => {
    expect(cjkBigrams("经费支出合规性", { generic: DEFAULT_GENERIC_WORDS })).toEqual([]);
    expect(cjkBigrams("培训考核合格率", { generic: DEFAULT_GENERIC_WORDS })).toEqual(["培训", "训考", "考核"]);
  });

  test("no bigram across a function character", () => {
    expect(cjkBigrams("用途的准确", { stop: [] })).toEqual(["用途", "准确"]);
  });
});

test("withoutGeneric keeps offsets and prefers the longest word", () => {
  expect(withoutGeneric("培训完成及时率高", ["及时率", "完成及时率"])).toBe("培训     高");
});

test("sharedWords: shared bigrams grown to the longest run both texts hold", () => {
  const a = "提高基层党建工作质量";
  const b = "为基层党建工作提供经费保障";
  const shared = new Set(cjkBigrams(a).filter((x) => cjkBigrams(b).includes(x)));
  expect(sharedWords(a, b, shared)).toEqual(["基层党建工作"]);
  expect(sharedWords("学员满意度", "培训学员280人次", new Set(["学员"]))).toEqual(["学员"]);
  expect(sharedWords("学员满意度", "培训学员", new Set())).toEqual([]);
});

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test("a cell full of generic words or of one character is read in linear time", async () => {
  // no timer: quadratic code would hit jest's timeout over these 32 767-character cells
  for (const run of ["经费", "工作", "学", "的"]) {
    const text = run.repeat(Math.floor(32767 / run.length));
    for (let i = 0; i < 5; i++) {
      expect(cjkBigrams(text, { generic: DEFAULT_GENERIC_WORDS }).length).toBeLessThanOrEqual(1);
      const shared = new Set(cjkBigrams(text, { stop: [] }));
      const words = sharedWords(text.slice(0, 2000), text, shared);
      // highlighting needs no more than a phrase: words stop growing at 24 characters
      expect(words.length > 0).toBe(shared.size > 0);
      expect(words.every((w) => w.length <= 24)).toBe(true);
      await tick();
    }
  }
}, 20000);
