// The task pane's DOM: draws the view model of render-model.ts and turns clicks and keys into Session calls.
// It talks to the Session (check, jumpTo, applyFix, clearMarks, updateSettings, insertTemplate) and, to select a
// project's first cell, to the HostAdapter's select: nothing else. Sheet text is only ever set as text (dom.ts).
import type { SheetReport } from "../core/engine";
import { fromA1, toA1 } from "../core/grid";
import type { Severity } from "../core/rules/types";
import type { CellRef, HostAdapter } from "../hosts/host";
import { bulkEdits } from "../app/bulk-fix";
import { append, chevron, clear, el, gear, severityIcon } from "./dom";
import { RULE_NAMES } from "./rule-names";
import { APP_VERSION } from "./version";
import {
  buildView,
  coverageView,
  projectAt,
  CUSTOM_POLICY,
  DEFAULT_ITEM_LIMIT,
  draftOf,
  firstOnCell,
  GRADE_RULE,
  GRADES,
  GROUP_BY_LABEL,
  isOnlyErrors,
  ONLY_ERRORS,
  stepFrom,
  THRESHOLD_FIELDS,
  type GroupBy,
  type HintGroupView,
  policySummary,
  POLICY_CHOICES,
  positionText,
  PROFILE_LABEL,
  RULE_CHOICES,
  ruleGroups,
  SEVERITIES,
  SEVERITY_LABEL,
  settingsFromDraft,
  SHOW_ALL,
  TEMPLATE_LABEL,
  type IssueView,
  type PaneView,
  type ProfileChoice,
  type RuleChoice,
  type SeverityFilter,
  type SettingsDraft,
  type TemplateChoice,
} from "./render-model";
import { errorMessage, Session, type CheckReason, type SessionEvents } from "./session";

export interface PaneOptions {
  /** Shown under the title: "Excel", "WPS 表格", "本地预览". */
  readonly hostLabel: string;
  /** Check the active sheet as soon as the pane is up (default true). */
  readonly checkOnStart?: boolean;
}

export interface MountedPane {
  readonly pane: TaskPane;
  readonly session: Session;
}

/** Builds the pane in `root`, starts a live-check session on `host` and (by default) checks the active sheet. */
export async function mountTaskPane(root: HTMLElement, host: HostAdapter, options: PaneOptions): Promise<MountedPane> {
  const pane = new TaskPane(root, options);
  const session = new Session(host, pane.sessionEvents);
  pane.attach(session);
  try {
    await session.start();
    pane.settingsLoaded();
  } catch (e) {
    pane.showError(errorMessage(e));
  }
  if (options.checkOnStart !== false) await pane.runCheck("start");
  return { pane, session };
}

let uid = 0;
const nextId = (p: string): string => `${p}-${++uid}`;

export class TaskPane {
  readonly sessionEvents: SessionEvents;
  private readonly notice: HTMLElement;
  private session: Session | null = null;
  private report: SheetReport | null = null;
  private filter: SeverityFilter = SHOW_ALL;
  private readonly collapsed = new Set<string>();
  private selection: CellRef | null = null;
  private currentKey: string | null = null;
  /** Position of the issue last navigated to: 下一个 continues from here when that issue is gone (fixed). */
  private lastIndex = -1;
  /** Hint rules unfolded by 全部显示. */
  private readonly expandedHints = new Set<string>();
  private groupBy: GroupBy = "opinion";
  /** The filter before 只看错误, restored when it is clicked again. */
  private filterBeforeOnlyErrors: SeverityFilter = SHOW_ALL;
  /** The 全部应用 preview open for a rule, or null. */
  private bulkPreview: string | null = null;
  private toastTimer: number | null = null;
  private limit = DEFAULT_ITEM_LIMIT;
  private view: PaneView = buildView(null, {
    filter: SHOW_ALL,
    collapsed: new Set(),
    selection: null,
    currentKey: null,
  });
  private readonly items = new Map<string, IssueView>();
  /** The issue list element that takes Tab (roving tabindex). */
  private rovingKey: string | null = null;
  private busy = 0;
  private lastTotal: number | null = null;

  private readonly checkBtn: HTMLButtonElement;
  private readonly insertBtn: HTMLButtonElement;
  private readonly profileSelect: HTMLSelectElement;
  private readonly clearBtn: HTMLButtonElement;
  private readonly settingsBtn: HTMLButtonElement;
  private readonly banner: HTMLDivElement;
  private readonly bannerText: HTMLSpanElement;
  private readonly main: HTMLDivElement;
  private readonly summary: HTMLElement;
  private readonly filterBoxes = new Map<Severity, { input: HTMLInputElement; count: HTMLSpanElement }>();
  private readonly prevBtn: HTMLButtonElement;
  private readonly nextBtn: HTMLButtonElement;
  private readonly position: HTMLSpanElement;
  private readonly list: HTMLDivElement;
  private readonly empty: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private readonly toastEl: HTMLDivElement;
  private readonly onlyErrorsBtn: HTMLButtonElement;
  private readonly groupBySelect: HTMLSelectElement;
  private readonly fixes: HTMLElement;
  private readonly coverage: HTMLDetailsElement;
  /** The project the coverage view shows (the one holding the selection). */
  private coverageTable = -1;
  private readonly settingsPanel: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    options: PaneOptions,
  ) {
    this.sessionEvents = {
      report: (r, reason) => this.onReport(r, reason),
      selection: (cell) => this.onSelection(cell),
      error: (message) => this.showError(message),
      // sheet marks failed, unsupported or waiting for 校验: one line above the (complete) findings
      notice: (message) => {
        this.notice.textContent = message ?? "";
        this.notice.hidden = message === null;
      },
    };

    // header: title, actions, settings toggle
    this.checkBtn = el("button", { type: "button", class: "btn btn-primary", "data-testid": "run-check" }, "校验");
    // "插入" alone in a narrow pane (the rest is hidden there, the accessible name stays whole)
    this.insertBtn = el(
      "button",
      { type: "button", class: "btn", "data-testid": "insert-template", "aria-label": "插入空白项目表" },
      "插入",
      el("span", { class: "wide-only" }, "空白项目表"),
    );
    const profileId = nextId("tpl");
    this.profileSelect = el("select", {
      id: profileId,
      class: "select select-small",
      "data-testid": "template-profile",
      title: "新插入的空白项目表使用哪个版本的模板",
    });
    for (const [value, label] of Object.entries(TEMPLATE_LABEL))
      append(this.profileSelect, el("option", { value }, `${label}模板`));
    this.clearBtn = el("button", { type: "button", class: "btn", "data-testid": "clear-marks" }, "清除标注");
    const settingsId = nextId("settings");
    this.settingsBtn = el(
      "button",
      {
        type: "button",
        class: "btn btn-icon",
        "data-testid": "settings-toggle",
        "aria-expanded": "false",
        "aria-controls": settingsId,
        "aria-label": "设置",
        title: "设置",
      },
      gear(),
    );
    const header = el(
      "header",
      { class: "pane-header" },
      el(
        "div",
        { class: "title-row" },
        el("h1", { class: "pane-title" }, "绩效目标表校验助手"),
        el("span", { class: "host-label" }, options.hostLabel),
        el(
          "a",
          { class: "help-link", href: "help.html", target: "_blank", rel: "noopener", "data-testid": "help-link" },
          "帮助",
        ),
        this.settingsBtn,
      ),
      el(
        "div",
        { class: "actions", role: "group", "aria-label": "操作" },
        this.checkBtn,
        el(
          "span",
          { class: "insert-group" },
          this.insertBtn,
          el("label", { class: "tpl-label", for: profileId }, "模板"),
          this.profileSelect,
        ),
        this.clearBtn,
      ),
    );

    this.bannerText = el("span", { class: "banner-text" });
    this.banner = el(
      "div",
      { class: "banner", role: "alert", "data-testid": "error-banner", hidden: true },
      this.bannerText,
      el(
        "button",
        { type: "button", class: "btn btn-icon banner-close", "aria-label": "关闭错误提示", "data-action": "dismiss" },
        "×",
      ),
    );

    this.summary = el("section", { class: "summary", "data-testid": "summary", "aria-label": "校验结果摘要" });
    this.notice = el("p", {
      class: "banner marks-notice",
      role: "status",
      "data-testid": "marks-notice",
      hidden: true,
    });

    const filterSet = el("fieldset", { class: "filter" }, el("legend", { class: "filter-legend" }, "显示"));
    for (const s of SEVERITIES) {
      const input = el("input", { type: "checkbox", checked: true, "data-severity": s, "data-testid": `filter-${s}` });
      input.checked = true;
      const count = el("span", { class: "filter-count" }, "0");
      filterSet.appendChild(
        el("label", { class: `filter-option sev-${s}` }, input, severityIcon(s, true), ` ${SEVERITY_LABEL[s]} `, count),
      );
      this.filterBoxes.set(s, { input, count });
    }
    this.prevBtn = el(
      "button",
      { type: "button", class: "btn btn-small", "data-testid": "prev-issue", "aria-label": "上一个问题" },
      "上一个",
    );
    this.nextBtn = el(
      "button",
      { type: "button", class: "btn btn-small", "data-testid": "next-issue", "aria-label": "下一个问题" },
      "下一个",
    );
    this.position = el("span", { class: "position", "aria-live": "off" });
    this.onlyErrorsBtn = el(
      "button",
      { type: "button", class: "btn btn-small", "data-testid": "only-errors", "aria-pressed": "false" },
      "只看错误",
    );
    const groupById = nextId("group-by");
    this.groupBySelect = el("select", { id: groupById, class: "select select-small", "data-testid": "group-by" });
    for (const [value, label] of Object.entries(GROUP_BY_LABEL))
      append(this.groupBySelect, el("option", { value }, label));
    const toolbar = el(
      "div",
      { class: "list-toolbar" },
      filterSet,
      el(
        "div",
        { class: "view-options" },
        this.onlyErrorsBtn,
        el("label", { class: "sr-only", for: groupById }, "项目内的问题分组方式"),
        this.groupBySelect,
      ),
      el("div", { class: "nav" }, this.prevBtn, this.position, this.nextBtn),
    );

    this.list = el("div", {
      class: "issues",
      role: "region",
      "data-testid": "issue-list",
      "aria-label": "问题列表（按项目分组）",
    });
    this.empty = el("div", { class: "empty", "data-testid": "empty-state", hidden: true });
    this.fixes = el("section", { class: "bulk-fixes", "data-testid": "bulk-fixes", hidden: true });
    this.coverage = el("details", { class: "coverage", "data-testid": "coverage", hidden: true });
    this.main = el(
      "div",
      { class: "pane-main" },
      this.notice,
      this.summary,
      this.coverage,
      toolbar,
      this.empty,
      this.list,
      this.fixes,
    );

    this.settingsPanel = el("section", {
      id: settingsId,
      class: "settings",
      "data-testid": "settings-panel",
      hidden: true,
      "aria-label": "设置",
    });
    this.live = el("div", { class: "sr-only", role: "status", "aria-live": "polite" });
    // confirmations a clerk sees (and a screen reader hears): apply, insert, clear, settings saved
    this.toastEl = el("div", {
      class: "toast",
      role: "status",
      "aria-live": "polite",
      "aria-atomic": "true",
      "data-testid": "toast",
      hidden: true,
    });

    clear(root);
    root.classList.add("ptc-pane");
    append(root, header, this.banner, this.settingsPanel, this.main, this.live, this.toastEl);
    this.bindEvents();
    this.update();
    this.fitWidth();
    window.addEventListener("resize", () => this.fitWidth());
  }

  /** The compact layout at ≤ 360 px: a class, not a media query, so it follows the pane's width inside a page too. */
  private fitWidth(): void {
    const w = this.root.clientWidth || window.innerWidth;
    if (w <= 360) this.root.classList.add("is-narrow");
    else this.root.classList.remove("is-narrow");
  }

  attach(session: Session): void {
    this.session = session;
    this.settingsLoaded();
  }

  /** After Session.start loaded the workbook's settings. */
  settingsLoaded(): void {
    this.profileSelect.value = this.s.settings.templateProfile;
  }

  private get s(): Session {
    if (!this.session) throw new Error("pane not attached");
    return this.session;
  }

  // ------------------------------------------------------------------------------------------------- actions

  /** Runs an action with the buttons marked busy; failures go to the banner, never to the console only. */
  private async act<T>(what: () => Promise<T>): Promise<T | undefined> {
    this.setBusy(+1);
    try {
      return await what();
    } catch (e) {
      this.showError(errorMessage(e));
      return undefined;
    } finally {
      this.setBusy(-1);
    }
  }

  private setBusy(delta: number): void {
    this.busy += delta;
    const b = this.busy > 0;
    this.root.setAttribute("aria-busy", b ? "true" : "false");
    this.checkBtn.textContent = b ? "校验中…" : "校验";
  }

  async runCheck(reason: CheckReason = "button"): Promise<void> {
    const r = await this.act(() => this.s.check(reason));
    if (r && reason === "button") this.hideError();
  }

  private async insertTemplate(): Promise<void> {
    const profile = this.profileSelect.value === "mof-2021" ? "mof-2021" : "legacy";
    const done = await this.act(() => this.s.insert(profile));
    if (!done) return;
    // the application layer says where the clerk types first (项目名称): the list shows the new table, its first
    // input's finding current, and the sheet selects that input
    const at = done.select;
    this.selection = at;
    this.showInserted(done.range.top, done.range.left, at);
    await this.act(() => this.s.host.select(at));
    this.toast(`已插入空白项目表（${TEMPLATE_LABEL[profile]}模板），请从项目名称开始填写。`);
  }

  private async clearMarks(): Promise<void> {
    const done = await this.act(async () => {
      await this.s.clearMarks();
      return true;
    });
    if (done)
      this.toast("已清除表格中的标注，修改表格时也不再标注；点击“校验”后重新标注。如不需要标注，可在设置中关闭。");
  }

  private async jump(v: IssueView): Promise<void> {
    this.currentKey = v.key;
    this.lastIndex = v.index;
    this.rovingKey = v.key;
    const d = v.diagnostic;
    this.selection = { sheet: d.sheet, row: d.row - 1, col: d.col - 1 };
    this.refresh();
    await this.act(() => this.s.jumpTo(d));
  }

  private async applyFix(v: IssueView): Promise<void> {
    if (!v.suggestion) return;
    const label = v.suggestion.label;
    // the fixed issue is where the clerk is: 下一个 continues from its place
    this.currentKey = v.key;
    this.lastIndex = v.index;
    const done = await this.act(async () => {
      await this.s.applyFix(v.diagnostic, 0);
      return true;
    });
    if (done) this.toast(`已应用建议：${label}`);
  }

  /** 全部应用 confirmed in the preview: the rule's form-only fixes in one write (one undo step). */
  private async applyAll(ruleId: string): Promise<void> {
    if (!this.report) return;
    const edits = bulkEdits(this.report.diagnostics, ruleId);
    this.bulkPreview = null;
    const done = await this.act(async () => {
      await this.s.applyFixes(edits.map((e) => ({ cell: e.cell, value: e.value })));
      return true;
    });
    if (done) this.toast(`已应用 ${edits.length} 处格式修正（${ruleNameOf(ruleId)}），可一次撤销。`);
    else this.renderFixes();
  }

  private async step(dir: 1 | -1): Promise<void> {
    const flat = this.view.flat;
    const i = stepFrom(flat, this.currentKey, this.lastIndex, dir);
    const v = flat[i];
    if (!v) return;
    this.collapsed.delete(v.groupKey);
    if (i >= this.limit) this.limit = i + 1;
    this.currentKey = v.key;
    await this.jump(v);
    this.scrollToKey(v.key);
    this.announce(`${positionText(i, flat.length)}：${v.ariaLabel}`);
  }

  private async selectProject(range: string): Promise<void> {
    const a1 = range.split(":")[0] ?? "";
    const pos = fromA1(a1);
    if (!pos || !this.report) return;
    const cell = { sheet: this.report.sheet, row: pos.row, col: pos.col };
    this.selection = cell;
    await this.act(() => this.s.host.select(cell));
  }

  // ------------------------------------------------------------------------------------------ session events

  private onReport(r: SheetReport, reason: CheckReason): void {
    this.report = r;
    if (this.currentKey !== null && !r.diagnostics.length) this.currentKey = null;
    this.update();
    const total = r.diagnostics.length;
    if (reason === "change" || reason === "activate") {
      if (this.lastTotal !== null && total !== this.lastTotal) this.announce(`剩余 ${total} 项问题`);
    } else if (reason !== "start") {
      this.announce(
        `校验完成：${r.projects.length} 个项目，${SEVERITIES.map((s) => `${SEVERITY_LABEL[s]} ${countOf(r, s)}`).join("，")}`,
      );
    }
    this.lastTotal = total;
  }

  private onSelection(cell: CellRef): void {
    this.selection = cell;
    if (this.report && projectAt(this.report, cell) !== this.coverageTable) this.renderCoverage();
    const i = firstOnCell(this.view.flat, cell);
    const v = this.view.flat[i];
    if (v) {
      this.currentKey = v.key;
      this.rovingKey = v.key;
      this.collapsed.delete(v.groupKey);
    }
    this.refresh();
    if (v) this.scrollToKey(v.key);
  }

  showError(message: string): void {
    this.bannerText.textContent = message;
    this.banner.hidden = false;
  }

  private hideError(): void {
    this.banner.hidden = true;
    this.bannerText.textContent = "";
  }

  /** A visible confirmation that goes away by itself; role=status, so screen readers announce it politely. */
  private toast(text: string): void {
    if (this.toastTimer !== null) window.clearTimeout(this.toastTimer);
    this.toastEl.textContent = "";
    this.toastEl.hidden = false;
    // re-set after a tick so the same text is announced again
    window.setTimeout(() => {
      this.toastEl.textContent = text;
    }, 30);
    this.toastTimer = window.setTimeout(() => {
      this.toastEl.hidden = true;
      this.toastEl.textContent = "";
      this.toastTimer = null;
    }, 5000);
  }

  /** After an insert: the new table's group is open and scrolled to, its finding on `input` current. */
  private showInserted(top: number, left: number, input: CellRef): void {
    const a1 = toA1(top, left);
    const p = this.view.projects.find((x) => x.range.split(":")[0] === a1);
    if (!p) return;
    this.collapsed.delete(p.key);
    const first = this.view.flat.find(
      (v) => v.groupKey === p.key && v.diagnostic.row === input.row + 1 && v.diagnostic.col === input.col + 1,
    );
    if (first) {
      this.currentKey = first.key;
      this.lastIndex = first.index;
      this.rovingKey = first.key;
    }
    this.update();
    this.scrollGroup(p.key);
  }

  /**
   * Scrolls a project's group to just under the sticky toolbar. Groups out of view are laid out lazily
   * (content-visibility), so a scroll lands on estimated heights: it is repeated until the group stays put.
   */
  private scrollGroup(key: string, tries = 5): void {
    const group = Array.from(this.list.querySelectorAll<HTMLElement>("section.group")).find(
      (g) => g.getAttribute("data-group") === key,
    );
    if (!group) return;
    const bar = this.main.querySelector(".list-toolbar");
    const top = bar ? bar.getBoundingClientRect().bottom : this.main.getBoundingClientRect().top;
    // 4 px of air under the sticky toolbar
    const offset = group.getBoundingClientRect().top - top - 4;
    if (Math.abs(offset) <= 1 || tries <= 0) return;
    this.main.scrollTop += offset;
    window.setTimeout(() => this.scrollGroup(key, tries - 1), 40);
  }

  private announce(text: string): void {
    // re-set so the same text is announced again
    this.live.textContent = "";
    window.setTimeout(() => {
      this.live.textContent = text;
    }, 50);
  }

  // ---------------------------------------------------------------------------------------------- rendering

  /**
   * After a selection or navigation only the highlights change: patch the drawn items' attributes instead of
   * rebuilding the list (a selection event arrives on every click in the sheet). Falls back to a full update when
   * the current item is not drawn (collapsed group, beyond the limit).
   */
  private refresh(): void {
    this.view = buildView(this.report, {
      filter: this.filter,
      collapsed: this.collapsed,
      selection: this.selection,
      currentKey: this.currentKey,
      limit: this.limit,
      expandedHints: this.expandedHints,
      groupBy: this.groupBy,
    });
    const drawn = new Map<string, HTMLElement>();
    for (const li of Array.from(this.list.querySelectorAll<HTMLElement>("li[data-key]")))
      drawn.set(li.getAttribute("data-key") ?? "", li);
    const drawnItems = [...this.view.projects.flatMap((p) => p.items), ...this.view.hintGroups.flatMap((h) => h.items)];
    const shownCount = drawnItems.length;
    if (
      drawn.size !== shownCount ||
      (this.currentKey !== null && this.items.has(this.currentKey) && !drawn.has(this.currentKey))
    ) {
      this.update();
      return;
    }
    for (const it of drawnItems) {
      const li = drawn.get(it.key);
      if (!li) {
        this.update();
        return;
      }
      if (it.onSelectedCell) li.setAttribute("aria-current", "true");
      else li.removeAttribute("aria-current");
      li.classList.toggle("on-cell", it.onSelectedCell);
      li.classList.toggle("is-current", it.isCurrent);
      this.items.set(it.key, it);
    }
    if (this.rovingKey !== null && drawn.has(this.rovingKey)) this.setRoving(this.rovingKey);
    this.renderToolbar();
  }

  private update(): void {
    const focusedKey = this.focusedNavKey();
    const focusedIndex =
      focusedKey === null ? -1 : this.navElements().findIndex((e) => e.getAttribute("data-nav") === focusedKey);
    this.view = buildView(this.report, {
      filter: this.filter,
      collapsed: this.collapsed,
      selection: this.selection,
      currentKey: this.currentKey,
      limit: this.limit,
      expandedHints: this.expandedHints,
      groupBy: this.groupBy,
    });
    this.renderSummary();
    this.renderToolbar();
    this.renderList();
    this.renderFixes();
    this.renderCoverage();
    if (focusedKey === null) return;
    // keep the keyboard user's place: the same item, or (fixed and gone) the one that took its place
    const nav = this.navElements();
    const same = nav.find((e) => e.getAttribute("data-nav") === focusedKey);
    const target = same ?? nav[Math.min(focusedIndex, nav.length - 1)];
    const key = target?.getAttribute("data-nav");
    if (key) this.focusNav(key, false);
  }

  private renderSummary(): void {
    const sm = this.view.summary;
    const detailsOpen = this.summary.querySelector("details")?.open === true;
    clear(this.summary);
    if (!sm) {
      this.summary.hidden = true;
      return;
    }
    this.summary.hidden = false;
    this.summary.setAttribute("data-projects", String(sm.projectCount));
    for (const s of SEVERITIES) this.summary.setAttribute(`data-${s}`, String(sm.counts[s]));
    const counts = el("ul", { class: "summary-counts", "aria-label": "问题数量" });
    for (const s of SEVERITIES) {
      counts.appendChild(
        el(
          "li",
          { class: `summary-count sev-${s}`, "data-testid": `count-${s}` },
          severityIcon(s, true),
          el("span", { class: "count-label" }, SEVERITY_LABEL[s]),
          el("strong", {}, String(sm.counts[s])),
        ),
      );
    }
    const grades = el("ul", { class: "summary-grades", "aria-label": "项目评级", title: GRADE_RULE });
    for (const g of GRADES) {
      grades.appendChild(
        el(
          "li",
          { class: `grade-chip grade-${gradeClass(g)}`, "data-grade": g },
          `${g} `,
          el("strong", {}, String(sm.grades[g])),
        ),
      );
    }
    if (sm.toFill.projects > 0) {
      grades.appendChild(
        el(
          "li",
          { class: "grade-chip grade-fill", "data-grade": "待填写", "data-testid": "to-fill-count" },
          "待填写 ",
          el("strong", {}, String(sm.toFill.projects)),
        ),
      );
    }
    const perProject = el("ol", { class: "summary-projects" });
    for (const p of sm.projects) {
      const btn = el(
        "button",
        {
          type: "button",
          class: "link",
          "data-action": "select-project",
          "data-range": p.range,
          title: `定位到 ${p.range}`,
        },
        p.name,
      );
      perProject.appendChild(
        el(
          "li",
          { "data-testid": "project-grade", "data-grade": p.gradeLabel },
          el(
            "span",
            {
              class: `grade-badge grade-${p.toFill ? "fill" : gradeClass(p.grade)}`,
              "aria-label": p.toFill ? "待填写" : `评级${p.grade}`,
              title: GRADE_RULE,
            },
            p.toFill ? "待" : p.grade,
          ),
          btn,
        ),
      );
    }
    const failures =
      sm.ruleFailures > 0
        ? el(
            "p",
            { class: "summary-warning", role: "note" },
            `有 ${sm.ruleFailures} 条规则运行出错，结果可能不完整。请把这个工作表发给维护人员。`,
          )
        : null;
    append(
      this.summary,
      el(
        "p",
        { class: "summary-line" },
        el("strong", { "data-testid": "project-count" }, String(sm.projectCount)),
        " 个项目",
        el("span", { class: "summary-sheet" }, ` · ${sm.sheet}`),
      ),
      counts,
      el(
        "div",
        { class: "summary-grade-row" },
        el(
          "span",
          { class: "muted grade-help", title: GRADE_RULE, tabindex: 0, "aria-label": GRADE_RULE, role: "note" },
          "评级",
          el("span", { class: "grade-q", "aria-hidden": "true" }, "?"),
        ),
        grades,
      ),
      sm.projects.length > 0
        ? el("details", { class: "summary-details", open: detailsOpen }, el("summary", {}, "各项目评级"), perProject)
        : null,
      failures,
      sm.disabledNote
        ? el("p", { class: "summary-warning", role: "note", "data-testid": "disabled-rules" }, sm.disabledNote)
        : null,
    );
  }

  private renderToolbar(): void {
    const sm = this.view.summary;
    for (const s of SEVERITIES) {
      const f = this.filterBoxes.get(s);
      if (!f) continue;
      f.input.checked = this.filter[s];
      f.count.textContent = String(sm ? sm.counts[s] : 0);
    }
    const only = isOnlyErrors(this.filter);
    this.onlyErrorsBtn.setAttribute("aria-pressed", only ? "true" : "false");
    this.onlyErrorsBtn.textContent = only ? "显示全部" : "只看错误";
    this.groupBySelect.value = this.groupBy;
    const n = this.view.flat.length;
    const cur = this.currentKey === null ? -1 : this.view.flat.findIndex((v) => v.key === this.currentKey);
    this.position.textContent = positionText(cur, n);
    this.prevBtn.disabled = n === 0;
    this.nextBtn.disabled = n === 0;
  }

  private renderList(): void {
    const v = this.view;
    this.items.clear();
    clear(this.list);
    if (v.empty) {
      this.empty.hidden = false;
      clear(this.empty);
      append(
        this.empty,
        el("p", { class: "empty-title" }, v.empty.title),
        el("p", { class: "empty-detail" }, v.empty.detail),
      );
      this.empty.setAttribute("data-kind", v.empty.kind);
    } else {
      this.empty.hidden = true;
    }
    for (const it of v.flat) this.items.set(it.key, it);
    // the one tab stop of the list: the current issue, else the first issue or group
    const drawnKeys = new Set<string>();
    for (const p of v.projects) for (const it of p.items) drawnKeys.add(it.key);
    for (const h of v.hintGroups) for (const it of h.items) drawnKeys.add(it.key);
    const navKeys = new Set<string>([
      ...v.projects.map((p) => `g:${p.key}`),
      ...v.hintGroups.map((h) => `h:${h.ruleId}`),
    ]);
    if (this.rovingKey === null || (!drawnKeys.has(this.rovingKey) && !navKeys.has(this.rovingKey))) {
      this.rovingKey =
        this.currentKey !== null && drawnKeys.has(this.currentKey)
          ? this.currentKey
          : v.projects[0]
            ? `g:${v.projects[0].key}`
            : null;
    }
    for (const p of v.projects) {
      const listId = nextId("group");
      const toggle = el(
        "button",
        {
          type: "button",
          class: "group-toggle",
          "aria-expanded": p.shown === 0 ? null : p.collapsed ? "false" : "true",
          "aria-controls": p.shown === 0 || p.collapsed ? null : listId,
          "aria-label": p.headerLabel,
          "data-nav": `g:${p.key}`,
          "data-action": "toggle-group",
          "data-group": p.key,
          tabindex: this.rovingKey === `g:${p.key}` ? 0 : -1,
        },
        chevron(),
        el(
          "span",
          { class: `grade-badge grade-${p.toFill ? "fill" : gradeClass(p.grade)}`, title: GRADE_RULE },
          p.toFill ? "待填写" : p.grade,
        ),
        el("span", { class: "group-name" }, p.name),
        el("span", { class: "group-counts", "aria-hidden": "true" }, p.shown === 0 ? "✓" : String(p.shown)),
      );
      const group = el(
        "section",
        {
          class: `group${p.toFill ? " group-fill" : ""}`,
          "data-testid": "issue-group",
          "data-group": p.key,
          "data-state": p.toFill ? "to-fill" : "graded",
        },
        el("h2", { class: "group-heading" }, toggle),
      );
      if (!p.collapsed && p.items.length > 0) {
        const box = el("div", { id: listId, class: "group-body" });
        if (p.toFill)
          box.appendChild(el("p", { class: "fill-note" }, "新插入的空白表：按下列清单逐项填写，填写后才开始评级。"));
        for (const sec of p.sections) {
          if (sec.items.length === 0) continue;
          if (!p.toFill)
            box.appendChild(
              el(
                "h3",
                { class: "section-heading", "data-testid": "issue-section" },
                sec.label,
                el("span", { class: "section-count" }, `（${sec.count}）`),
              ),
            );
          const ul = el("ul", { class: "group-items", role: "list" });
          for (const it of sec.items) ul.appendChild(this.renderItem(it));
          box.appendChild(ul);
        }
        group.appendChild(box);
      }
      this.list.appendChild(group);
    }
    if (v.hintGroups.length > 0) {
      const hints = el(
        "section",
        { class: "hint-groups", "aria-label": "提示（按规则折叠）" },
        el("h2", { class: "hint-groups-title" }, `提示（${v.hintGroups.reduce((n, h) => n + h.count, 0)}，默认折叠）`),
      );
      for (const h of v.hintGroups) hints.appendChild(this.renderHintGroup(h));
      this.list.appendChild(hints);
    }
    if (v.truncated > 0) {
      this.list.appendChild(
        el(
          "button",
          { type: "button", class: "btn more", "data-action": "more" },
          `显示更多（还有 ${v.truncated} 项）`,
        ),
      );
    }
  }

  private renderHintGroup(h: HintGroupView): HTMLElement {
    const listId = nextId("hints");
    const box = el(
      "div",
      { class: "hint-group", "data-testid": "hint-group", "data-rule": h.ruleId, "data-count": String(h.count) },
      el(
        "button",
        {
          type: "button",
          class: "hint-toggle",
          "data-action": "toggle-hint",
          "data-rule": h.ruleId,
          "data-nav": `h:${h.ruleId}`,
          "aria-expanded": h.expanded ? "true" : "false",
          "aria-controls": h.expanded ? listId : null,
          tabindex: this.rovingKey === `h:${h.ruleId}` ? 0 : -1,
        },
        severityIcon("info", true),
        el("span", { class: "hint-label" }, h.label),
        el("span", { class: "hint-action" }, h.expanded ? " — 收起" : " — 全部显示"),
      ),
    );
    if (h.expanded && h.items.length > 0) {
      const ul = el("ul", { id: listId, class: "group-items", role: "list" });
      for (const it of h.items) ul.appendChild(this.renderItem(it));
      box.appendChild(ul);
    }
    return box;
  }

  /** 目标与指标对应 for the selected project: goal clauses, the indicators taking them up, and what has no partner. */
  private renderCoverage(): void {
    const r = this.report;
    const open = this.coverage.open;
    clear(this.coverage);
    const t = r ? projectAt(r, this.selection) : -1;
    this.coverageTable = t;
    const v = r && t >= 0 ? coverageView(r, t, this.s.settings.config) : null;
    this.coverage.hidden = v === null;
    if (!v) return;
    this.coverage.open = open;
    this.coverage.setAttribute("data-table", String(t));
    const orphanClauses = v.clauses.filter((c) => c.orphan).length;
    append(
      this.coverage,
      el(
        "summary",
        {},
        `目标与指标对应：${v.project}`,
        el(
          "span",
          { class: "muted" },
          `（${v.clauses.length} 句目标，${orphanClauses} 句无对应指标，${v.orphanIndicators.length} 个指标未对应目标）`,
        ),
      ),
    );
    const indicatorButton = (i: (typeof v.orphanIndicators)[number]): HTMLElement =>
      el(
        "button",
        {
          type: "button",
          class: "link cov-indicator",
          "data-action": "select-cell",
          "data-cell": i.cell,
          "data-testid": "coverage-indicator",
        },
        `${i.cell} ${i.level1 ?? ""} ${i.name}${i.value ? `｜${i.value}` : ""}`,
        i.quantity ? el("span", { class: i.quantityEqual ? "cov-q" : "cov-q cov-q-diff" }, `（${i.quantity}）`) : null,
      );
    const list = el("ol", { class: "cov-clauses" });
    for (const c of v.clauses) {
      const text = el("p", { class: "cov-clause" });
      for (const seg of c.segments)
        text.appendChild(seg.hit ? el("mark", {}, seg.text) : document.createTextNode(seg.text));
      const li = el("li", { "data-testid": "coverage-clause", "data-orphan": c.orphan ? "true" : "false" }, text);
      if (c.orphan) li.appendChild(el("p", { class: "cov-orphan" }, "没有指标对应这句目标"));
      else {
        const ul = el("ul", { class: "cov-matches" });
        for (const m of c.matches) ul.appendChild(el("li", {}, indicatorButton(m)));
        li.appendChild(ul);
      }
      list.appendChild(li);
    }
    this.coverage.appendChild(list);
    if (v.orphanIndicators.length > 0) {
      const ul = el("ul", { class: "cov-matches", "data-testid": "coverage-orphans" });
      for (const i of v.orphanIndicators) ul.appendChild(el("li", {}, indicatorButton(i)));
      append(this.coverage, el("p", { class: "cov-orphan" }, "未对应年度目标的指标："), ul);
    }
  }

  /** 全部应用: one line per rule with form-only fixes; the preview lists every change before it is written. */
  private renderFixes(): void {
    const groups = this.view.fixGroups;
    const open = this.fixes.querySelector("details")?.open === true || this.bulkPreview !== null;
    clear(this.fixes);
    this.fixes.hidden = groups.length === 0;
    if (groups.length === 0 || !this.report) return;
    const total = groups.reduce((n, g) => n + g.count, 0);
    const ul = el("ul", { class: "fix-groups" });
    for (const g of groups) {
      const li = el(
        "li",
        { class: "fix-group", "data-rule": g.ruleId },
        el("span", { class: "fix-name" }, `${g.ruleName}（${g.count} 处）`),
        el(
          "button",
          {
            type: "button",
            class: "btn btn-small",
            "data-testid": "apply-all",
            "data-rule": g.ruleId,
            "aria-expanded": this.bulkPreview === g.ruleId ? "true" : "false",
          },
          "全部应用…",
        ),
      );
      if (this.bulkPreview === g.ruleId) li.appendChild(this.renderBulkPreview(g.ruleId));
      ul.appendChild(li);
    }
    const details = el(
      "details",
      { class: "bulk-details", open },
      el("summary", {}, `可一键修正的格式问题：${groups.length} 类，${total} 处`),
      el("p", { class: "muted" }, "只修正写法（运算符、单位、编号、空格），不改变内容；每类一次写入，可一次撤销。"),
      ul,
    );
    this.fixes.appendChild(details);
  }

  private renderBulkPreview(ruleId: string): HTMLElement {
    const edits = bulkEdits(this.report?.diagnostics ?? [], ruleId);
    const list = el("ol", { class: "bulk-preview-list" });
    for (const e of edits) {
      list.appendChild(
        el(
          "li",
          {},
          el("span", { class: "issue-cell" }, e.a1),
          " ",
          el("del", {}, this.s.textAt(e.cell) || "（空）"),
          " → ",
          el("ins", {}, e.value),
        ),
      );
    }
    return el(
      "div",
      { class: "bulk-preview", "data-testid": "bulk-preview", role: "group", "aria-label": "将要修改的单元格" },
      list,
      el(
        "div",
        { class: "settings-actions" },
        el(
          "button",
          {
            type: "button",
            class: "btn btn-small btn-primary",
            "data-testid": "apply-all-confirm",
            "data-rule": ruleId,
          },
          `应用这 ${edits.length} 处`,
        ),
        el("button", { type: "button", class: "btn btn-small", "data-action": "bulk-cancel" }, "取消"),
      ),
    );
  }

  private renderItem(it: IssueView): HTMLLIElement {
    const tab = this.rovingKey === it.key ? 0 : -1;
    const main = el(
      "button",
      {
        type: "button",
        class: "issue-main",
        "data-nav": it.key,
        "data-action": "jump",
        tabindex: tab,
        "aria-label": it.ariaLabel,
        title: it.ruleHelp || null,
      },
      it.toFill ? el("span", { class: "todo-icon", "aria-hidden": "true" }, "○") : severityIcon(it.severity),
      el(
        "span",
        { class: "issue-body" },
        el(
          "span",
          { class: "issue-head" },
          el("span", { class: "issue-cell" }, it.cell),
          el("span", { class: "issue-rule-name", "data-testid": "rule-name" }, it.ruleName),
          el("span", { class: "issue-rule" }, it.ruleId),
        ),
        el("span", { class: "issue-msg" }, it.message),
      ),
    );
    const li = el(
      "li",
      {
        class: `issue sev-${it.severity}${it.toFill ? " to-fill" : ""}${it.isCurrent ? " is-current" : ""}${it.onSelectedCell ? " on-cell" : ""}`,
        "data-testid": "issue-item",
        "data-key": it.key,
        "data-cell": it.cell,
        "data-rule": it.ruleId,
        "data-severity": it.severity,
        "data-state": it.toFill ? "to-fill" : null,
        "aria-current": it.onSelectedCell ? "true" : null,
      },
      main,
    );
    const why = el(
      "a",
      {
        class: "why-link",
        href: it.helpHref,
        target: "_blank",
        rel: "noopener",
        "data-testid": "why-link",
        tabindex: tab,
        "aria-label": `为什么：${it.ruleName}的说明`,
      },
      "为什么",
    );
    if (it.suggestion) {
      li.appendChild(
        el(
          "div",
          { class: "issue-fix" },
          el("span", { class: "fix-label" }, it.suggestion.label),
          el(
            "button",
            {
              type: "button",
              class: "btn btn-small btn-primary",
              "data-action": "apply",
              "data-testid": "apply-fix",
              tabindex: tab,
              "aria-label": `应用建议：${it.suggestion.label}`,
            },
            "应用",
          ),
          why,
        ),
      );
    } else {
      li.appendChild(el("div", { class: "issue-extra" }, why));
    }
    return li;
  }

  private focusedNavKey(): string | null {
    const a = document.activeElement;
    if (!(a instanceof HTMLElement) || !this.list.contains(a)) return null;
    const nav = a.closest("[data-nav]");
    if (nav) return nav.getAttribute("data-nav");
    const li = a.closest("[data-key]");
    return li ? li.getAttribute("data-key") : null;
  }

  private navElements(): HTMLElement[] {
    return Array.from(this.list.querySelectorAll<HTMLElement>("[data-nav]"));
  }

  private focusNav(key: string, scroll = true): void {
    const target = this.navElements().find((e) => e.getAttribute("data-nav") === key);
    if (!target) return;
    this.setRoving(key);
    target.focus({ preventScroll: !scroll });
  }

  private setRoving(key: string): void {
    this.rovingKey = key;
    for (const e of this.navElements()) {
      const on = e.getAttribute("data-nav") === key;
      e.tabIndex = on ? 0 : -1;
      const li = e.closest("li");
      const apply = li?.querySelector<HTMLButtonElement>("[data-action=apply]");
      if (apply) apply.tabIndex = on ? 0 : -1;
      const why = li?.querySelector<HTMLAnchorElement>(".why-link");
      if (why) why.tabIndex = on ? 0 : -1;
    }
  }

  private scrollToKey(key: string): void {
    const li = Array.from(this.list.querySelectorAll<HTMLElement>("[data-key]")).find(
      (e) => e.getAttribute("data-key") === key,
    );
    if (li) li.scrollIntoView({ block: "nearest" });
  }

  // ----------------------------------------------------------------------------------------------- settings

  private openSettings(): void {
    const settings = this.s.settings;
    const draft = draftOf(settings);
    const panel = this.settingsPanel;
    clear(panel);
    const titleId = nextId("settings-title");
    panel.setAttribute("aria-labelledby", titleId);

    const yearId = nextId("year");
    const yearErrId = nextId("year-err");
    const year = el("input", {
      id: yearId,
      type: "text",
      inputmode: "numeric",
      class: "input",
      placeholder: "自动（按每张表的年度行）",
      "aria-describedby": yearErrId,
      "data-testid": "setting-year",
    });
    year.value = draft.year;
    const yearErr = el("p", { id: yearErrId, class: "field-error", role: "alert" });

    const policyId = nextId("policy");
    const policy = el("select", { id: policyId, class: "select", "data-testid": "setting-policy" });
    for (const p of POLICY_CHOICES) append(policy, el("option", { value: p.id }, p.name));
    if (draft.policy === CUSTOM_POLICY)
      append(policy, el("option", { value: CUSTOM_POLICY }, "本单位自定义策略（保存在工作簿中）"));
    policy.value = draft.policy;
    // what the chosen policy asks, so the clerk sees the thresholds before saving
    const policyInfo = el("ul", { class: "muted policy-summary", "data-testid": "policy-summary" });
    const showPolicy = (): void => {
      clear(policyInfo);
      const config = policy.value === CUSTOM_POLICY ? settings.config : { ...settings.config, policy: policy.value };
      for (const line of policySummary(config)) policyInfo.appendChild(el("li", {}, line));
    };
    showPolicy();
    policy.addEventListener("change", showPolicy);

    const profileId = nextId("profile");
    const profile = el("select", { id: profileId, class: "select", "data-testid": "setting-profile" });
    for (const [value, label] of Object.entries(PROFILE_LABEL)) append(profile, el("option", { value }, label));
    profile.value = draft.profile;

    const tplId = nextId("template");
    const tpl = el("select", { id: tplId, class: "select", "data-testid": "setting-template" });
    for (const [value, label] of Object.entries(TEMPLATE_LABEL)) append(tpl, el("option", { value }, label));
    tpl.value = draft.templateProfile;

    const marks = el("input", { type: "checkbox", "data-testid": "setting-marks" });
    marks.checked = draft.marksOn;
    const hintMarks = el("input", { type: "checkbox", "data-testid": "setting-hint-marks" });
    hintMarks.checked = draft.hintMarks;

    // every numeric threshold a rule exposes, with the value in force (policy, then these settings)
    const thresholdInputs = new Map<string, { input: HTMLInputElement; error: HTMLElement }>();
    const thresholds = el("fieldset", { class: "rule-group thresholds" }, el("legend", {}, "阈值"));
    for (const f of THRESHOLD_FIELDS) {
      const id = nextId("thr");
      const errId = nextId("thr-err");
      const input = el("input", {
        id,
        type: "text",
        inputmode: "decimal",
        class: "input input-small",
        "data-testid": "setting-threshold",
        "data-key": f.key,
        "aria-describedby": errId,
      });
      input.value = draft.thresholds[f.key] ?? "";
      const error = el("p", { id: errId, class: "field-error", role: "alert" });
      thresholdInputs.set(f.key, { input, error });
      thresholds.appendChild(
        el(
          "div",
          { class: "rule-row threshold-row" },
          el("label", { for: id, class: "rule-label" }, f.label, el("code", { class: "rule-id" }, f.ruleName)),
          input,
          error,
        ),
      );
    }

    const ruleSelects = new Map<string, HTMLSelectElement>();
    const rules = el("div", { class: "rule-groups" });
    for (const g of ruleGroups(settings.config.rules ?? {})) {
      const fs = el("fieldset", { class: "rule-group" }, el("legend", {}, g.label));
      for (const r of g.rules) {
        const id = nextId("rule");
        const sel = el("select", { id, class: "select select-small", "data-rule": r.id });
        append(sel, el("option", { value: "default" }, r.defaultLabel));
        for (const c of RULE_CHOICES) append(sel, el("option", { value: c.value }, c.label));
        sel.value = r.value;
        ruleSelects.set(r.id, sel);
        fs.appendChild(
          el(
            "div",
            { class: "rule-row" },
            el("label", { for: id, class: "rule-label" }, r.description, el("code", { class: "rule-id" }, r.id)),
            sel,
          ),
        );
      }
      rules.appendChild(fs);
    }

    const save = el("button", { type: "submit", class: "btn btn-primary", "data-testid": "settings-save" }, "保存设置");
    const cancel = el("button", { type: "button", class: "btn", "data-testid": "settings-cancel" }, "取消");
    const reset = el("button", { type: "button", class: "btn", title: "所有规则恢复默认严重程度" }, "规则恢复默认");
    const form = el(
      "form",
      { class: "settings-form", novalidate: true },
      el("h2", { id: titleId, class: "settings-title" }, "设置"),
      el("div", { class: "field" }, el("label", { for: yearId }, "预算年度"), year, yearErr),
      el(
        "div",
        { class: "field" },
        el("label", { for: policyId }, "审核策略（按哪个地区的要求校验）"),
        policy,
        policyInfo,
      ),
      el("div", { class: "field" }, el("label", { for: profileId }, "模板版本（校验时）"), profile),
      el("div", { class: "field" }, el("label", { for: tplId }, "新建项目表的版本"), tpl),
      el("div", { class: "field field-check" }, el("label", {}, marks, " 在表格中标注问题单元格")),
      el("div", { class: "field field-check" }, el("label", {}, hintMarks, " 也标注“提示”（默认只标注错误和警告）")),
      el("h3", { class: "settings-subtitle" }, "阈值"),
      el("p", { class: "muted" }, "显示的是当前生效的值（审核策略或本工作簿的设置）；修改后只保存在本工作簿中。"),
      thresholds,
      el("h3", { class: "settings-subtitle" }, "规则严重程度"),
      el("p", { class: "muted" }, "可以关闭某条规则，或调整它的严重程度（错误 / 警告 / 提示）。"),
      rules,
      el("div", { class: "settings-actions" }, save, cancel, reset),
      el("p", { class: "muted", "data-testid": "app-version" }, `绩效目标表校验助手 版本 ${APP_VERSION}`),
    );
    panel.appendChild(form);

    const readDraft = (): SettingsDraft => {
      const r: Record<string, RuleChoice> = {};
      for (const [id, sel] of ruleSelects) r[id] = sel.value as RuleChoice;
      return {
        year: year.value,
        policy: policy.value,
        profile: profile.value as ProfileChoice,
        templateProfile: tpl.value as TemplateChoice,
        marksOn: marks.checked,
        hintMarks: hintMarks.checked,
        rules: r,
        thresholds: Object.fromEntries([...thresholdInputs].map(([k, v]) => [k, v.input.value])),
      };
    };
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const res = settingsFromDraft(this.s.settings, readDraft());
      for (const v of thresholdInputs.values()) {
        v.error.textContent = "";
        v.input.removeAttribute("aria-invalid");
      }
      if (!res.ok) {
        const thr = thresholdInputs.get(res.field);
        const [input, err] = thr ? [thr.input, thr.error] : [year, yearErr];
        err.textContent = res.error;
        input.setAttribute("aria-invalid", "true");
        input.focus();
        return;
      }
      year.removeAttribute("aria-invalid");
      yearErr.textContent = "";
      this.closeSettings();
      this.profileSelect.value = res.settings.templateProfile;
      void this.act(async () => {
        await this.s.updateSettings(res.settings);
        return true;
      }).then((ok) => {
        if (ok) this.toast("设置已保存，已重新校验。");
      });
    });
    cancel.addEventListener("click", () => this.closeSettings());
    reset.addEventListener("click", () => {
      for (const sel of ruleSelects.values()) sel.value = "default";
    });
    panel.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        this.closeSettings();
      }
    });

    panel.hidden = false;
    this.main.hidden = true;
    this.settingsBtn.setAttribute("aria-expanded", "true");
    year.focus();
  }

  private closeSettings(): void {
    this.settingsPanel.hidden = true;
    clear(this.settingsPanel);
    this.main.hidden = false;
    this.settingsBtn.setAttribute("aria-expanded", "false");
    this.settingsBtn.focus();
  }

  // ------------------------------------------------------------------------------------------------- events

  private bindEvents(): void {
    this.checkBtn.addEventListener("click", () => void this.runCheck("button"));
    this.insertBtn.addEventListener("click", () => void this.insertTemplate());
    this.clearBtn.addEventListener("click", () => void this.clearMarks());
    this.settingsBtn.addEventListener("click", () => {
      if (this.settingsPanel.hidden) this.openSettings();
      else this.closeSettings();
    });
    this.banner.addEventListener("click", (e) => {
      if (e.target instanceof Element && e.target.closest("[data-action=dismiss]")) this.hideError();
    });
    for (const [s, f] of this.filterBoxes) {
      f.input.addEventListener("change", () => {
        this.filter = { ...this.filter, [s]: f.input.checked };
        this.update();
      });
    }
    this.onlyErrorsBtn.addEventListener("click", () => {
      if (isOnlyErrors(this.filter)) this.filter = this.filterBeforeOnlyErrors;
      else {
        this.filterBeforeOnlyErrors = isOnlyErrors(this.filter) ? SHOW_ALL : this.filter;
        this.filter = ONLY_ERRORS;
      }
      this.update();
    });
    this.groupBySelect.addEventListener("change", () => {
      this.groupBy = this.groupBySelect.value === "category" ? "category" : "opinion";
      this.update();
    });
    this.coverage.addEventListener("click", (e) => {
      const b = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-action=select-cell]") : null;
      const pos = b ? fromA1(b.getAttribute("data-cell") ?? "") : null;
      if (!pos || !this.report) return;
      const cell = { sheet: this.report.sheet, row: pos.row, col: pos.col };
      this.selection = cell;
      void this.act(() => this.s.host.select(cell));
    });
    this.fixes.addEventListener("click", (e) => {
      const t = e.target instanceof Element ? e.target : null;
      const b = t?.closest<HTMLElement>("button");
      if (!b) return;
      const rule = b.getAttribute("data-rule");
      if (b.getAttribute("data-testid") === "apply-all" && rule) {
        this.bulkPreview = this.bulkPreview === rule ? null : rule;
        this.renderFixes();
        this.fixes.querySelector<HTMLElement>("[data-testid=apply-all-confirm]")?.focus();
      } else if (b.getAttribute("data-testid") === "apply-all-confirm" && rule) {
        void this.applyAll(rule);
      } else if (b.getAttribute("data-action") === "bulk-cancel") {
        this.bulkPreview = null;
        this.renderFixes();
      }
    });
    this.prevBtn.addEventListener("click", () => void this.step(-1));
    this.nextBtn.addEventListener("click", () => void this.step(1));
    this.summary.addEventListener("click", (e) => {
      const b = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-action=select-project]") : null;
      if (b) void this.selectProject(b.getAttribute("data-range") ?? "");
    });

    this.list.addEventListener("click", (e) => {
      const t = e.target instanceof Element ? e.target : null;
      if (!t) return;
      // 为什么 opens the help page; it is no jump
      if (t.closest(".why-link")) return;
      const action = t.closest<HTMLElement>("[data-action]");
      const li = t.closest<HTMLElement>("[data-key]");
      const it = li ? this.items.get(li.getAttribute("data-key") ?? "") : undefined;
      const kind = action?.getAttribute("data-action");
      if (kind === "toggle-group") {
        const key = action?.getAttribute("data-group") ?? "";
        if (this.collapsed.has(key)) this.collapsed.delete(key);
        else this.collapsed.add(key);
        this.rovingKey = `g:${key}`;
        this.update();
        this.focusNav(`g:${key}`);
      } else if (kind === "toggle-hint") {
        const rule = action?.getAttribute("data-rule") ?? "";
        if (this.expandedHints.has(rule)) this.expandedHints.delete(rule);
        else this.expandedHints.add(rule);
        this.rovingKey = `h:${rule}`;
        this.update();
        this.focusNav(`h:${rule}`);
      } else if (kind === "more") {
        this.limit += DEFAULT_ITEM_LIMIT;
        this.update();
      } else if (kind === "apply" && it) {
        void this.applyFix(it);
      } else if (it) {
        // a click anywhere on the item (its main button or the suggestion text) jumps to the cell
        this.setRoving(it.key);
        void this.jump(it);
      }
    });
    this.list.addEventListener("keydown", (e) => this.onListKey(e));
    this.list.addEventListener("focusin", (e) => {
      const nav = e.target instanceof Element ? e.target.closest("[data-nav]") : null;
      const key = nav?.getAttribute("data-nav");
      if (key) this.setRoving(key);
    });
  }

  private onListKey(e: KeyboardEvent): void {
    const t = e.target instanceof HTMLElement ? e.target : null;
    if (!t) return;
    const nav = t.closest<HTMLElement>("[data-nav]");
    const all = this.navElements();
    const i = nav ? all.indexOf(nav) : -1;
    const go = (j: number): void => {
      const target = all[Math.max(0, Math.min(all.length - 1, j))];
      const key = target?.getAttribute("data-nav");
      if (key) this.focusNav(key);
    };
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        go(i + 1);
        break;
      case "ArrowUp":
        e.preventDefault();
        go(i - 1);
        break;
      case "Home":
        e.preventDefault();
        go(0);
        break;
      case "End":
        e.preventDefault();
        go(all.length - 1);
        break;
      case "ArrowLeft":
      case "ArrowRight": {
        const group = nav?.getAttribute("data-action") === "toggle-group" ? nav.getAttribute("data-group") : null;
        if (group === null || group === undefined) return;
        e.preventDefault();
        const collapse = e.key === "ArrowLeft";
        if (collapse === this.collapsed.has(group)) return;
        if (collapse) this.collapsed.add(group);
        else this.collapsed.delete(group);
        this.update();
        this.focusNav(`g:${group}`);
        break;
      }
      default:
        // Enter and Space activate the focused button natively (click → jump / toggle)
        break;
    }
  }
}

function countOf(r: SheetReport, s: Severity): number {
  let n = 0;
  for (const d of r.diagnostics) if (d.severity === s) n++;
  return n;
}

function ruleNameOf(id: string): string {
  return RULE_NAMES[id] ?? id;
}

function gradeClass(g: string): string {
  return ({ 优: "a", 良: "b", 中: "c", 差: "d" } as Record<string, string>)[g] ?? "c";
}
