// help.html explains every rule the pane links to (为什么 → help.html#rule-<id>) and the grade rule.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/core/rules";
import { gradeOf } from "../../src/core/engine";
import { HELP_END, HELP_START, renderHelpRules } from "../../src/taskpane/help-rules";
import { ruleName } from "../../src/taskpane/rule-names";
import { GRADE_RULE } from "../../src/taskpane/render-model";

const FILE = join(__dirname, "../../src/taskpane/help.html");

if (process.env.UPDATE_HELP === "1") {
  const html = readFileSync(FILE, "utf8");
  const a = html.indexOf(HELP_START);
  const b = html.indexOf(HELP_END);
  if (a < 0 || b < 0) throw new Error("help.html: rule markers missing");
  writeFileSync(FILE, html.slice(0, a) + renderHelpRules(RULES) + html.slice(b + HELP_END.length));
}

const html = readFileSync(FILE, "utf8");

describe("help.html", () => {
  const ids = RULES.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.subIds ?? {})]);

  test.each(ids)("has a section for %s under its Chinese name", (id) => {
    const at = html.indexOf(`id="rule-${id}"`);
    expect(at).toBeGreaterThan(0);
    expect(html.slice(at, at + 300)).toContain(ruleName(id));
  });

  test("states the grade rule the pane's tooltip states, and it matches gradeOf", () => {
    expect(html).toContain('id="grades"');
    expect(html).toContain(GRADE_RULE);
    expect(gradeOf({ error: 0, warning: 0, info: 9 })).toBe("优");
    expect(gradeOf({ error: 0, warning: 1, info: 0 })).toBe("良");
    expect(gradeOf({ error: 2, warning: 0, info: 0 })).toBe("中");
    expect(gradeOf({ error: 3, warning: 0, info: 0 })).toBe("差");
  });

  test("the generated part is what the registry renders now", () => {
    const a = html.indexOf(HELP_START);
    const b = html.indexOf(HELP_END);
    expect(html.slice(a, b + HELP_END.length)).toBe(renderHelpRules(RULES));
  });
});
