// A word list (stop bigrams, generic words, clause verbs) as a short key for memo maps. Rules hold their own copies
// of equal default lists, so lists are keyed by content; the content is joined once per array.

const BY_ARRAY = new WeakMap<ReadonlyArray<string>, string>();
const BY_CONTENT = new Map<string, string>();
let next = 0;

/** The same key for lists of the same words in the same order; keys are never reused. */
export function listKey(list: ReadonlyArray<string>): string {
  let k = BY_ARRAY.get(list);
  if (k === undefined) {
    const content = list.join("\u0000");
    k = BY_CONTENT.get(content);
    if (k === undefined) {
      // settings edited over and over must not grow this without end; a list seen again just gets a new key
      if (BY_CONTENT.size >= 256) BY_CONTENT.clear();
      BY_CONTENT.set(content, (k = String(next++)));
    }
    BY_ARRAY.set(list, k);
  }
  return k;
}
