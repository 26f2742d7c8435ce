import { Checker } from "../../src/core/engine";
import { gridFromStrings } from "../../src/core/grid";
import { appendFileSync, writeFileSync } from "fs";
import { STRUCTURE_RULES } from "../../src/core/rules/structure";
const N = 32_767;
const hostile = ["。".repeat(N - 1) + "a", ".".repeat(N - 1) + "x", "1a" + " ".repeat(N - 3) + "b", "≥1" + "，".repeat(N - 3) + "x"];
test("timing", () => {
  writeFileSync("/tmp/hostile.log", "");
  const out: string[] = [];
  hostile.forEach((h, i) => {
    const rows = [
      ["项目支出预算绩效目标表"], ["(2024年度)"], ["项目名称", "", h], ["年度总体目标", h],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "时效指标 (必填量化)", h, h],
      ["", "", "数量指标 (必填量化)", `指标1: ${h}`, h],
      ["", "满意度指标", "服务对象满意度指标 (必填量化)", h, h],
    ];
    const grid = gridFromStrings("hostile", rows);
    let t0 = Date.now();
    new Checker({}, []).run(grid);
    out.push(`h${i} parse ${Date.now() - t0}`); appendFileSync("/tmp/hostile.log", `h${i} parse ${Date.now() - t0}\n`);
    for (const r of STRUCTURE_RULES) {
      t0 = Date.now();
      new Checker({}, [r]).run(grid);
      const ms = Date.now() - t0;
      appendFileSync("/tmp/hostile.log", `h${i} ${r.meta.id} ${ms}\n`);
      if (ms > 30) out.push(`h${i} ${r.meta.id} ${ms}${STRUCTURE_RULES.includes(r) ? " (mine)" : ""}`);
    }
  });
  console.log(out.join("\n"));
});
