// A freshly inserted blank table, as the pane sees it (issue 14): every finding about an empty input points at an
// input cell of the template (not its merged label), examples follow the row's own 二级, and the table is blank.
import { check } from "../../src/core/engine";
import { blankTemplate, type TemplateProfile } from "../../src/core/template/block-spec";
import { MemoryHost } from "../../src/hosts/memory/memory-host";
import { isBlankTable } from "../../src/app/blank-table";
import { sheetMarks } from "../../src/app/marks";

async function inserted(profile: TemplateProfile) {
  const host = new MemoryHost({ Sheet1: [] });
  const spec = blankTemplate(profile, 2025);
  await host.insertBlock({ sheet: "Sheet1", row: 4, col: 1 }, spec);
  const grid = await host.readActiveSheet();
  const inputs = new Set(spec.inputs.map((i) => `${i.row + 4},${i.col + 1}`));
  return { report: check(grid), inputs, grid, host };
}

describe.each<TemplateProfile>(["legacy", "mof-2021"])("inserted %s table", (profile) => {
  test("empty header and goal findings point at input cells, never at a label", async () => {
    const { report, inputs } = await inserted(profile);
    const empty = report.diagnostics.filter((d) => ["header-field-missing", "goal-missing"].includes(d.ruleId));
    expect(empty.length).toBeGreaterThanOrEqual(6);
    for (const d of empty) expect([d.cell, inputs.has(`${d.at.row},${d.at.col}`)]).toEqual([d.cell, true]);
    const name = empty.find((d) => d.message.includes("项目名称"));
    // the name's input is right of the merged label (two columns wide), e.g. D7 when the table starts at B5
    expect(name?.cell).toBe("D7");
  });

  test("the placeholder example is the row's own 二级's", async () => {
    const { report } = await inserted(profile);
    const placeholders = report.diagnostics.filter((d) => d.messageId === "placeholder");
    expect(placeholders.length).toBeGreaterThan(0);
    for (const d of placeholders) {
      const level2 = String(d.data.level2);
      if (level2.startsWith("经济效益")) expect(d.message).toContain("带动群众增收金额");
      else expect(d.message).not.toContain("带动群众增收金额");
    }
    const eco = placeholders.find((d) => String(d.data.level2).startsWith("生态效益"));
    expect(eco?.message).toContain("公共机构能耗降低率");
  });

  test("is blank until a value is typed; its marks use the hint colour even with hint marks off", async () => {
    const { report, grid, host, inputs } = await inserted(profile);
    const t = report.tables[0];
    expect(t && isBlankTable(t)).toBe(true);
    const marks = sheetMarks(report, { marksOn: true, hintMarks: false }, grid);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((m) => m.severity))).toEqual(new Set(["info"]));
    const [first] = [...inputs];
    const [r, c] = (first ?? "0,0").split(",").map(Number);
    host.userEdit("Sheet1", r ?? 0, c ?? 0, "基层党建工作经费");
    const after = check(await host.readActiveSheet());
    expect(after.tables[0] && isBlankTable(after.tables[0])).toBe(false);
  });
});
