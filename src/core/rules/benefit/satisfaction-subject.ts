// rules.md §6 F51: the satisfaction respondent is the service object or beneficiary, not the implementer.
import type { TableRule } from "../types";
import { stripSpaces, toHalfWidth } from "../../text";
import { isSatisfaction } from "./util";

/** Implementing staff rating their own work (L23 `基层党建工作人员`, L433 `档案管理人员`). */
const STAFF = /工作人员|管理人员|经办人员|实施人员|承办人员|执行人员|本单位|本部门/;
/** Words that name the served side; with them the staff word describes the beneficiaries (`参训管理人员`). */
const BENEFICIARY_CUE =
  /参训|受训|学员|受助|受益|服务对象|接受|参加|参与|报考|应聘|考生|群众|居民|村民|市民|患者|学生|家长|用户|使用|对象/;
/** A training project: its trainees are the service object. */
const TRAINING_PROJECT = /培训|轮训|研修|进修/;
/** The general public as respondent (L135 `村(居)民`). */
const PUBLIC = /村\(居\)民|村民|居民|群众|市民|公众|老百姓/;
const TRAINEE_CUE = /学员|参训|受训|培训|学习/;

const TRAINEE_NAME = "参训学员满意度";

export const satisfactionSubject: TableRule = {
  meta: {
    id: "satisfaction-subject",
    severity: "info",
    category: "benefit",
    opinion: 11,
    scope: "table",
    description: "服务对象满意度应由服务对象或受益人评价，而不是项目实施单位的工作人员。",
    notes:
      "Two narrow triggers to stay quiet: implementing-staff words (工作人员, 管理人员 …) unless the name also names a beneficiary or the project itself is about those staff; and, in a training project only, the general public (村(居)民, 群众) rating instead of the trainees.",
    messages: {
      staff:
        "满意度指标“{{name}}”由“{{who}}”评价，这是项目的实施方，不是服务对象。服务对象满意度应调查项目的受益人，请改写，例如“受益群众满意度”“使用单位满意度”“受助党员满意度”。",
      trainingPublic:
        "本项目是培训项目，服务对象是参训人员，满意度指标“{{name}}”却由“{{who}}”评价。请改为“{{example}}”。",
    },
  },
  check(ctx) {
    const projectName = key(ctx.table.header.projectName?.value?.text ?? "");
    const training = TRAINING_PROJECT.test(projectName);
    for (const ind of ctx.table.indicators) {
      if (!isSatisfaction(ind)) continue;
      const name = ctx.analysis.nameKey(ind);
      if (!name) continue;
      const staff = STAFF.exec(name);
      if (staff && !BENEFICIARY_CUE.test(name) && !projectName.includes(staff[0])) {
        ctx.report({ at: ind.nameCell, messageId: "staff", data: { name: ind.name, who: staff[0] } });
        continue;
      }
      if (!training || TRAINEE_CUE.test(name)) continue;
      const pub = PUBLIC.exec(name);
      if (!pub) continue;
      ctx.report({
        at: ind.nameCell,
        messageId: "trainingPublic",
        data: { name: ind.name, who: pub[0], example: TRAINEE_NAME },
      });
    }
  },
};

function key(s: string): string {
  return stripSpaces(toHalfWidth(s));
}
