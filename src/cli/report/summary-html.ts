// --report 汇总.html: one self-contained page (no script, no network: a CSP forbids both), A4 print styles,
// grades and most frequent rules as small inline SVG bar charts. Every text from a workbook is escaped.
import type { Severity } from "../../core/rules/types";
import {
  atLeast,
  gradeReason,
  opinionText,
  projectFindings,
  SEVERITY_ZH,
  topIssues,
  totalsOf,
  type FileSummary,
} from "./summary";

const GRADE_COLOR: Readonly<Record<string, string>> = { 优: "#70ad47", 良: "#ffc000", 中: "#ed7d31", 差: "#c00000" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

export function renderSummaryHtml(files: ReadonlyArray<FileSummary>, min: Severity, now: Date = new Date()): string {
  const show = atLeast(min);
  const totals = totalsOf(files, min);
  const projectRows: string[] = [];
  const findingRows: string[] = [];
  for (const f of files) {
    if (f.error) {
      projectRows.push(
        `<tr class="failed"><td>${e(f.path)}</td><td colspan="10">无法读取（${e(f.error.code)}）：${e(f.error.message)}</td></tr>`,
      );
      continue;
    }
    for (const s of f.sheets) {
      for (const p of s.projects) {
        const list = projectFindings(s, p.tableIndex, show);
        projectRows.push(
          `<tr><td>${e(f.path)}</td><td>${e(s.name)}</td><td>${e(p.name)}</td><td>${e(p.department)}</td><td>${e(p.unit)}</td>` +
            `<td class="n">${p.fundTotal === null ? "" : e(String(p.fundTotal))}</td>` +
            `<td class="grade g-${e(p.grade)}" title="${e(gradeReason(p))}">${e(p.grade)}</td>` +
            `<td class="n">${p.counts.error}</td><td class="n">${p.counts.warning}</td><td class="n">${p.counts.info}</td><td>${e(topIssues(list))}</td></tr>`,
        );
      }
      for (const d of s.findings) {
        if (!show(d)) continue;
        findingRows.push(
          `<tr class="sev-${d.severity}"><td>${e(f.path)}</td><td>${e(s.name)}</td><td>${e(d.project)}</td><td>${e(d.cell)}</td>` +
            `<td>${e(SEVERITY_ZH[d.severity])}</td><td><code>${e(d.ruleId)}</code></td><td>${e(`${d.opinion} ${opinionText(d.opinion)}`)}</td>` +
            `<td>${e(d.message)}</td><td>${e(d.value)}</td><td>${d.fix ? e(`${d.fix.cell}：${d.fix.value}`) : ""}</td></tr>`,
        );
      }
    }
  }
  const deptRows = totals.byDepartment.map(
    (d) =>
      `<tr><td>${e(d.department)}</td><td class="n">${d.projects}</td><td class="n">${d.grades.优}</td><td class="n">${d.grades.良}</td>` +
      `<td class="n">${d.grades.中}</td><td class="n">${d.grades.差}</td><td class="n">${d.counts.error}</td><td class="n">${d.counts.warning}</td><td class="n">${d.counts.info}</td></tr>`,
  );
  const gradeChart = barChart(
    (["优", "良", "中", "差"] as const).map((g) => ({
      label: g,
      value: totals.byGrade[g],
      color: GRADE_COLOR[g] ?? "#888",
    })),
    "各建议等次的项目数",
  );
  const ruleChart = barChart(
    totals.byRule.slice(0, 8).map((r) => ({
      label: r.ruleId,
      value: r.count,
      color: r.severity === "error" ? "#c00000" : r.severity === "warning" ? "#ed7d31" : "#5b9bd5",
    })),
    "出现最多的规则",
  );
  const filterNote =
    min === "info" ? "" : `<p class="note">问题按“${e(SEVERITY_ZH[min])}及以上”筛选；建议等次按全部问题计算。</p>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>绩效目标表审核汇总</title>
<style>
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", SimSun, sans-serif; font-size: 12px; color: #222; margin: 16px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 18px 0 6px; border-bottom: 1px solid #999; }
.meta, .note { color: #555; margin: 2px 0; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; } .card { border: 1px solid #ccc; padding: 6px 10px; border-radius: 4px; }
.charts { display: flex; gap: 24px; flex-wrap: wrap; } .charts svg { max-width: 100%; }
table { border-collapse: collapse; width: 100%; table-layout: auto; } th, td { border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; text-align: left; word-break: break-word; }
th { background: #ddebf7; } td.n { text-align: right; white-space: nowrap; } td.grade { text-align: center; font-weight: bold; color: #fff; }
.g-优 { background: #70ad47; } .g-良 { background: #bf8f00; } .g-中 { background: #ed7d31; } .g-差 { background: #c00000; }
tr.sev-error td:nth-child(5) { color: #c00000; font-weight: bold; } tr.sev-warning td:nth-child(5) { color: #b45f06; }
tr.failed td { background: #fce4d6; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { margin: 0; font-size: 9pt; } thead { display: table-header-group; } tr { break-inside: avoid; } h2 { break-after: avoid; } .charts { break-inside: avoid; } }
</style>
</head>
<body>
<h1>绩效目标表审核汇总</h1>
<p class="meta">生成时间：${e(formatDate(now))}　文件 ${files.length} 个，项目 ${totals.projects} 个${totals.failedFiles > 0 ? `，其中 ${totals.failedFiles} 个文件无法读取` : ""}</p>
<p class="meta">建议等次规则：错误 ≥3 项为差；有错误为中；仅有警告为良；否则为优。等次仅供参考，以审核人员判断为准。</p>
${filterNote}
<div class="cards">
<div class="card">错误 <b>${totals.counts.error}</b> 项</div><div class="card">警告 <b>${totals.counts.warning}</b> 项</div><div class="card">提示 <b>${totals.counts.info}</b> 项</div>
${(["优", "良", "中", "差"] as const).map((g) => `<div class="card">${g} <b>${totals.byGrade[g]}</b> 个</div>`).join("")}
</div>
<div class="charts">${gradeChart}${ruleChart}</div>
<h2>项目汇总</h2>
<table><thead><tr><th>文件</th><th>工作表</th><th>项目</th><th>主管部门</th><th>实施单位</th><th>年度资金总额（万元）</th><th>建议等次</th><th>错误</th><th>警告</th><th>提示</th><th>主要问题</th></tr></thead>
<tbody>
${projectRows.join("\n")}
</tbody></table>
<h2>按主管部门统计</h2>
<table><thead><tr><th>主管部门</th><th>项目数</th><th>优</th><th>良</th><th>中</th><th>差</th><th>错误</th><th>警告</th><th>提示</th></tr></thead>
<tbody>
${deptRows.join("\n")}
</tbody></table>
<h2>问题明细</h2>
<table><thead><tr><th>文件</th><th>工作表</th><th>项目</th><th>单元格</th><th>级别</th><th>规则</th><th>审核意见</th><th>问题说明</th><th>单元格内容</th><th>修改建议</th></tr></thead>
<tbody>
${findingRows.join("\n")}
</tbody></table>
</body>
</html>
`;
}

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

/** A horizontal bar chart as inline SVG; labels are escaped text nodes. */
function barChart(bars: ReadonlyArray<Bar>, title: string): string {
  const rowH = 22;
  const labelW = 190;
  const barW = 200;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const h = 24 + rowH * Math.max(1, bars.length);
  const rows = bars.map((b, i) => {
    const y = 24 + i * rowH;
    const w = Math.round((b.value / max) * barW);
    return (
      `<text x="${labelW - 6}" y="${y + 14}" text-anchor="end" font-size="12">${e(b.label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="15" fill="${e(b.color)}"></rect>` +
      `<text x="${labelW + w + 4}" y="${y + 14}" font-size="12">${b.value}</text>`
    );
  });
  const empty = bars.length === 0 ? `<text x="${labelW}" y="38" font-size="12">（无）</text>` : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 50}" height="${h}" role="img" aria-label="${e(title)}"><text x="0" y="14" font-size="13" font-weight="bold">${e(title)}</text>${rows.join("")}${empty}</svg>`;
}

function formatDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
