// rules.md §6 G57: personal data (a person's name, a phone or ID number) in a table meant for publication.
import type { ReportDescriptor, Suggestion, TableRule } from "../types";
import type { CellPos } from "../../layout/model";
import { matchAllNotAfter } from "../../regex";

/** Common single-character surnames, minus characters that often start ordinary words after a role (包括, 康复, 高龄, 毕业, 武装 …). */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧蔡潘袁董叶蒋杜苏魏程吕丁沈姚卢姜崔钟谭陆汪范廖石贾韦夏邱侯邹熊孟秦阎闫薛雷黎龙陶贺顾毛郝龚邵钱严覃莫孔汤温施牛樊葛邢乔庞颜倪庄聂章鲁岳翟殷詹耿焦俞柳甘祝符舒阮柯梅童凌霍涂苗谷盛翁冉骆蓝辛靳柴鲍喻祁蒲滕屈饶牟艾尤穆缪褚娄窦戚岑姬";
/** People words a name is written after (`老党员李福祥1人`). */
const ROLES =
  "退役军人|残疾人|老干部|党员|干部|书记|支书|主任|村长|村民|居民|老人|学生|教师|老师|医生|户主|职工|员工|人员|家属|烈属|军属|代表|委员|社长|站长|校长|队长|组长|会长|老兵|模范|专干|患者|儿童|农户";
const CJK = "\\u4e00-\\u9fff";
const COUNT = "(?:\\d+|[一二两三四五六七八九十]+)\\s*[人名位户]";

/** Role, surname, 1–2 given characters, then a head count, 同志 or 等 (`李福祥1人`, `张明同志`). */
const NAME_BEFORE_COUNT = new RegExp(
  `(?:${ROLES})[:：\\s]*([${SURNAMES}][${CJK}]{1,2}?)(?=\\s*(?:${COUNT}|同志|等))`,
  "g",
);
/** A labelled person: `联系人：王芳`. */
const LABELLED_NAME = new RegExp(`(?:姓名|联系人|负责人|经办人)[:：\\s]*([${SURNAMES}][${CJK}]{1,2})(?![${CJK}])`, "g");
/**
 * Cheap tests that rule a text out before the patterns above run (most texts hold no role word, no label and no
 * 11-digit run): the full patterns cost ~20× more per text than these.
 */
const ANY_ROLE = new RegExp(`(?:${ROLES})`);
const ANY_LABEL = /姓名|联系人|负责人|经办人/;
const LONG_DIGITS = /\d{11}/;
/** Not part of a longer number or an amount (`13000000000元`): not after a digit or `.` (NUMBER_BEFORE), nor before one. */
const PHONE = /1[3-9]\d{9}(?![\d.%元万亿])/g;
const ID_NUMBER = /\d{17}[\dXx](?![\d.%元万亿])/g;
/** The negative lookbehind of PHONE and ID_NUMBER, checked by matchAllNotAfter (ES2017 has no lookbehind). */
const NUMBER_BEFORE = "0123456789.";

/** Given-name parts that are placeholders, place names or word endings (`张某`, `王庄`, `夏训`), not persons. */
const NOT_A_GIVEN_NAME = /某|同志|[庄村镇乡屯寨湾沟营堡店集桥街路区县市省组队训业率数量费额款次项期届]$/;

export const personalData: TableRule = {
  meta: {
    id: "personal-data",
    severity: "info",
    category: "hygiene",
    opinion: 11,
    scope: "table",
    hasSuggestions: true,
    description: "绩效目标表要向社会公开，指标和目标中不应出现个人姓名、手机号码或身份证号码。",
    notes:
      "A name is recognised only between a people word (党员, 书记, 人员 …) and a head count, 同志 or 等 (or after a 联系人/负责人 label), with a list of common surnames: a name standing alone is not detected, which keeps ordinary phrases quiet. Phone and ID numbers are reported too. The 年度总体目标 is scanned as well as the indicators, since it is published too.",
    messages: {
      name: "“{{text}}”中含有个人姓名“{{person}}”。绩效目标表要向社会公开，不应写出个人姓名，请只写人数，例如“{{fixed}}”。",
      labelledName:
        "“{{text}}”中含有个人姓名“{{person}}”。绩效目标表要向社会公开，请删去姓名，只写岗位或单位，例如“项目负责人”。",
      phone: "“{{text}}”中含有手机号码“{{masked}}”。绩效目标表要向社会公开，请删去号码。",
      idNumber: "“{{text}}”中含有身份证号码“{{masked}}”。绩效目标表要向社会公开，请删去号码。",
      suggestRemove: "删去“{{person}}”",
    },
  },
  check(ctx) {
    const cells: Array<{ text: string; at: CellPos }> = [];
    const goal = ctx.table.header.goal?.value;
    if (goal) cells.push({ text: goal.text, at: { row: goal.row, col: goal.col } });
    for (const ind of ctx.table.indicators) {
      cells.push({ text: ind.raw, at: ind.nameCell });
      cells.push({ text: ind.valueText, at: ind.valueCell });
    }
    for (const { text, at } of cells) {
      if (!text) continue;
      scan(text, at, ctx.report);
    }
  },
};

function scan(text: string, at: CellPos, report: (d: ReportDescriptor) => void): void {
  const shown = text.trim();
  const persons = new Set<string>();
  if (ANY_ROLE.test(text)) {
    for (const m of text.matchAll(NAME_BEFORE_COUNT)) {
      const person = m[1];
      if (!person || NOT_A_GIVEN_NAME.test(person.slice(1)) || persons.has(person)) continue;
      persons.add(person);
      // the name is the tail of the match (the count after it is only looked ahead at)
      const start = (m.index ?? 0) + m[0].length - person.length;
      const fixed = (text.slice(0, start) + text.slice(start + person.length)).trim();
      const suggest: Suggestion[] = [{ messageId: "suggestRemove", data: { person }, cell: at, value: fixed }];
      report({ at, messageId: "name", data: { text: shown, person, fixed }, suggest });
    }
  }
  if (ANY_LABEL.test(text)) {
    for (const m of text.matchAll(LABELLED_NAME)) {
      const person = m[1];
      if (!person || NOT_A_GIVEN_NAME.test(person.slice(1)) || persons.has(person)) continue;
      persons.add(person);
      report({ at, messageId: "labelledName", data: { text: shown, person } });
    }
  }
  if (!LONG_DIGITS.test(text)) return;
  for (const m of matchAllNotAfter(text, PHONE, NUMBER_BEFORE))
    report({ at, messageId: "phone", data: { text: shown, masked: mask(m[0]) } });
  for (const m of matchAllNotAfter(text, ID_NUMBER, NUMBER_BEFORE))
    report({ at, messageId: "idNumber", data: { text: shown, masked: mask(m[0]) } });
}

/** The number with its middle hidden, so the report itself does not repeat the personal data. */
function mask(s: string): string {
  return s.length <= 7 ? s : `${s.slice(0, 3)}${"*".repeat(s.length - 7)}${s.slice(-4)}`;
}
