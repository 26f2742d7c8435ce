// "Not applicable" as forms and clerks write it: a marker (`不涉及`, `/`, `无`) or the sentence a province's form
// prints in an optional row (`本项目不适用此指标`, `本指标不适用此项目`). A policy may add its own words (`naMarkers`).
import { NA_MARKERS, normaliseValueText } from "../values/parse";
import { memoShort, stripSpaces } from "../text";

const NA_SET: ReadonlySet<string> = new Set(NA_MARKERS);
/** The longest N/A marker; longer text is never one (and is not run through the value grammar). */
const NA_MAX = NA_MARKERS.reduce((m, x) => Math.max(m, x.length), 0);
const NA_SENTENCE = /^(?:本|该|此)?(?:项目|指标)(?:不适用|不涉及)(?:于)?(?:此|本|该)?(?:项目|指标)?[。.]?$/;

/** N/A by the built-in vocabulary alone. */
export function isNaText(text: string): boolean {
  const t = text.trim();
  return t.length <= NA_LOOK && naShort(t);
}

/** Texts longer than this are neither a marker nor an N/A sentence. */
const NA_LOOK = Math.max(16, NA_MAX + 2);
// short cell texts repeat across a sheet (`≥95%`, `是`, `/`): each is normalised once, not once per rule asking
const naShort = memoShort(
  (t: string): boolean =>
    (t.length <= 16 && NA_SENTENCE.test(t.replace(/\s/g, ""))) ||
    (t.length <= NA_MAX + 2 && NA_SET.has(normaliseValueText(t))),
  NA_LOOK,
  8192,
);

/** What counts as N/A under a policy: the built-in markers and sentences plus the policy's own words. */
export interface NaVocabulary {
  /** The policy's words, as given (the built-in ones are not listed). */
  readonly extra: ReadonlyArray<string>;
  /** The same words as naKey writes them: what the value grammar compares a cell with (ParseOptions.naMarkers). */
  readonly extraKeys: ReadonlySet<string>;
  isNa(text: string): boolean;
}

/** How an added marker and a cell are compared: the value grammar's normal form without spaces. */
export function naKey(text: string): string {
  return stripSpaces(normaliseValueText(text));
}

const BUILT_IN: NaVocabulary = { extra: [], extraKeys: new Set(), isNa: isNaText };
const vocabularies = new Map<string, NaVocabulary>();

/** The vocabulary with `extra` added; one object per distinct list, so each engine and pane run shares it. */
export function naVocabulary(extra: ReadonlyArray<string> = []): NaVocabulary {
  const keys = [...new Set(extra.map(naKey).filter((k) => k.length > 0))];
  if (keys.length === 0) return BUILT_IN;
  const id = keys.join("\n");
  const known = vocabularies.get(id);
  if (known) return known;
  const set: ReadonlySet<string> = new Set(keys);
  const longest = keys.reduce((m, k) => Math.max(m, k.length), 0);
  const v: NaVocabulary = {
    extra: [...extra],
    extraKeys: set,
    // a text much longer than the longest added word is not one (no normalising of long cells)
    isNa: (text) => isNaText(text) || (text.length <= longest * 2 + 8 && set.has(naKey(text))),
  };
  if (vocabularies.size >= 32) vocabularies.clear();
  vocabularies.set(id, v);
  return v;
}
