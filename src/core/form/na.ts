// "Not applicable" as forms and clerks write it: a marker (`不涉及`, `/`, `无`) or the sentence a province's form
// prints in an optional row (`本项目不适用此指标`, `本指标不适用此项目`).
import { NA_MARKERS, normaliseValueText } from "../values/parse";

const NA_SET: ReadonlySet<string> = new Set(NA_MARKERS);
/** The longest N/A marker; longer text is never one (and is not run through the value grammar). */
const NA_MAX = NA_MARKERS.reduce((m, x) => Math.max(m, x.length), 0);
const NA_SENTENCE = /^(?:本|该|此)?(?:项目|指标)(?:不适用|不涉及)(?:于)?(?:此|本|该)?(?:项目|指标)?[。.]?$/;

export function isNaText(text: string): boolean {
  const t = text.trim();
  if (t.length <= 16 && NA_SENTENCE.test(t.replace(/\s/g, ""))) return true;
  if (t.length > NA_MAX + 2) return false;
  return NA_SET.has(normaliseValueText(t));
}
