// Character bigrams of Chinese text: the dictionary-free overlap measure of review-criteria.md §2.1 (step 4). Two
// texts "share content" when they share a bigram that is not on the stop list; generic indicator words (完成率,
// 满意度, 经费 …) are cut out first, so a row like `经费支出合规性` carries no evidence of its own.
import { listKey } from "./list-key";

/** Bigrams that occur in any project's text (review-criteria.md §2.1: 工作, 提高, 保障, 指标, 情况, 完成, 开展, 项目 …). */
export const DEFAULT_STOP_BIGRAMS: ReadonlyArray<string> = [
  "工作",
  "提高",
  "保障",
  "指标",
  "情况",
  "完成",
  "开展",
  "项目",
  "提升",
  "促进",
  "加强",
  "推进",
  "推动",
  "落实",
  "实现",
  "确保",
  "有效",
  "明显",
  "显著",
  "全面",
  "持续",
  "不断",
  "进一",
  "一步",
  "用于",
  "通过",
  "相关",
  "发展",
  "水平",
  "年度",
  "本年",
  "全年",
  "目标",
  "以上",
  "以下",
  "不少",
  "少于",
  "不低",
  "低于",
  "达到",
  "万元",
  "组织",
  "任务",
];

/**
 * Generic indicator words that say how a row measures, not what: removed before bigrams are taken, so a row made only
 * of them (`完成及时率`, `经费支出合规性`, `满意度`) has no bigram left and is not judged by overlap.
 */
export const DEFAULT_GENERIC_WORDS: ReadonlyArray<string> = [
  "完成及时率",
  "完成时间",
  "完成率",
  "及时率",
  "及时性",
  "合格率",
  "达标率",
  "覆盖率",
  "到位率",
  "执行率",
  "使用率",
  "合规性",
  "合规率",
  "准确性",
  "准确率",
  "完整性",
  "符合性",
  "差错率",
  "故障率",
  "满意度",
  "满意率",
  "总成本",
  "成本",
  "经费",
  "资金",
  "费用",
  "支出",
  "数量",
  "人数",
  "次数",
  "个数",
  "时间",
  "比例",
  "标准",
  "使用情况",
  "有效使用",
  "有序开展",
  "顺利开展",
  "正常开展",
  "正常运行",
  "正常运转",
  "长效管理机制",
  "健全性",
];

export interface BigramOptions {
  /** Bigrams that never count as shared content. */
  readonly stop?: ReadonlyArray<string>;
  /** Words cut out of the text before bigrams are taken (they split the text like punctuation). */
  readonly generic?: ReadonlyArray<string>;
}

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Words by their first character, longest first: what a scan looks up at each position. */
type Cutter = ReadonlyMap<string, ReadonlyArray<string>>;

function cutterOf(words: ReadonlyArray<string>): Cutter {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    if (w.length === 0) continue;
    const list = byFirst.get(w.charAt(0));
    if (list) {
      if (!list.includes(w)) list.push(w);
    } else byFirst.set(w.charAt(0), [w]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

// the rules pass the same option arrays for every table: compile each list (and each pair of lists) once
const CUTTERS = new WeakMap<ReadonlyArray<string>, Cutter>();
const PAIRS = new WeakMap<ReadonlyArray<string>, WeakMap<ReadonlyArray<string>, Cutter>>();
const STOP_SETS = new WeakMap<ReadonlyArray<string>, ReadonlySet<string>>();

function cached(words: ReadonlyArray<string>): Cutter {
  let c = CUTTERS.get(words);
  if (!c) CUTTERS.set(words, (c = cutterOf(words)));
  return c;
}

function cachedPair(a: ReadonlyArray<string>, b: ReadonlyArray<string>): Cutter {
  let inner = PAIRS.get(a);
  if (!inner) PAIRS.set(a, (inner = new WeakMap()));
  let c = inner.get(b);
  if (!c) inner.set(b, (c = cutterOf([...a, ...b])));
  return c;
}

function stopSet(stop: ReadonlyArray<string>): ReadonlySet<string> {
  let s = STOP_SETS.get(stop);
  if (!s) STOP_SETS.set(stop, (s = new Set(stop)));
  return s;
}

function cut(text: string, cutter: Cutter): string {
  if (cutter.size === 0) return text;
  // one pass, so a text full of generic words stays linear; untouched text is returned as it is
  let out: string[] | null = null;
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const candidates = cutter.get(text.charAt(i));
    const w = candidates?.find((x) => text.startsWith(x, i));
    if (w === undefined) {
      i++;
      continue;
    }
    if (out === null) out = [];
    out.push(text.slice(from, i), " ".repeat(w.length));
    i += w.length;
    from = i;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join("");
}

/** The text with every generic word replaced by spaces of the same length (longest word first at each position). */
export function withoutGeneric(text: string, generic: ReadonlyArray<string>): string {
  return cut(text, cached(generic));
}

/** Function characters: a bigram across one (`途的`, `和改`) is noise, not content. */
const FUNCTION_CHARS = "的和及与或等之了对";

/**
 * The distinct bigrams of each run of CJK characters, in order of first occurrence. Generic words, stop bigrams and
 * function characters are cut out first, so they also end a run (`保障工作有序` → 有序, not 障工 作有).
 * Digits, Latin letters and punctuation end a run: `培训学员280人次` → 培训 训学 学员 人次.
 */
export function cjkBigrams(text: string, options: BigramOptions = {}): ReadonlyArray<string> {
  if (text.length > MEMO_MAX_LENGTH) return computeBigrams(text, options);
  // indicator names are taken apart by several rules and again in every table that repeats them: remembered per
  // option lists (by content: each rule holds its own copy of the default lists) for short texts only
  const key = `${listKey(options.stop ?? DEFAULT_STOP_BIGRAMS)}\u0001${options.generic ? listKey(options.generic) : ""}`;
  let memo = MEMO.get(key);
  if (!memo) {
    // a key per pair of lists in use: few, unless settings keep changing
    if (MEMO.size >= 64) MEMO.clear();
    MEMO.set(key, (memo = new Map()));
  }
  let out = memo.get(text);
  if (out === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, (out = computeBigrams(text, options)));
  }
  return out;
}

const MEMO_MAX_LENGTH = 64;
const MEMO_LIMIT = 20000;
const MEMO = new Map<string, Map<string, ReadonlyArray<string>>>();
function computeBigrams(text: string, options: BigramOptions): string[] {
  const stopList = options.stop ?? DEFAULT_STOP_BIGRAMS;
  const stop = stopSet(stopList);
  const t = cut(text, options.generic ? cachedPair(options.generic, stopList) : cached(stopList));
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (!isCjk(t.charCodeAt(i)) || !isCjk(t.charCodeAt(i + 1))) continue;
    if (FUNCTION_CHARS.includes(t.charAt(i)) || FUNCTION_CHARS.includes(t.charAt(i + 1))) continue;
    const b = t.slice(i, i + 2);
    if (stop.has(b) || seen.has(b)) continue;
    seen.add(b);
    out.push(b);
  }
  return out;
}

/** Longest word sharedWords grows: highlighting needs no more, and the growth stays linear in the text. */
const MAX_WORD = 24;

/**
 * The content two texts share, for highlighting: each of `a`'s shared bigrams grown to the longest run of Chinese
 * characters that `b` also holds (`基层党建工作`, not 基层 层党 党建), in `a`'s order, none inside another.
 * `shared` is the set of shared bigrams.
 */
export function sharedWords(a: string, b: string, shared: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let i = 0;
  while (i + 1 < a.length) {
    if (!shared.has(a.slice(i, i + 2))) {
      i++;
      continue;
    }
    let s = i;
    let e = i + 2;
    while (e < a.length && e - s < MAX_WORD && isCjk(a.charCodeAt(e)) && b.includes(a.slice(s, e + 1))) e++;
    while (s > 0 && e - s < MAX_WORD && isCjk(a.charCodeAt(s - 1)) && b.includes(a.slice(s - 1, e))) s--;
    const w = a.slice(s, e);
    if (!out.some((x) => x.includes(w))) {
      for (let k = out.length - 1; k >= 0; k--) if (w.includes(out[k] ?? "")) out.splice(k, 1);
      out.push(w);
    }
    i = Math.max(i + 1, e - 1);
  }
  return out;
}
