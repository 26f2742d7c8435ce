// Offline checks of manifest.xml (`office-addin-manifest validate` posts the file to a Microsoft service, so it
// cannot run without the internet). A small tokenizer checks well-formedness and builds a tree; the tests then
// check what the schema and the Office docs require and what this add-in promises.
import * as fs from "fs";
import * as path from "path";
import { COMMAND_IDS } from "../../src/commands/actions";
import { registerCommands } from "../../src/commands/commands";
import { EXCEL_API } from "../../src/hosts/excel/requirements";

const ROOT = path.join(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

// ---- a tiny XML tokenizer (no regular expressions) ----------------------------------------------------------

interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

class XmlError extends Error {}

function isNameStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ch === "_" || ch === ":" || c > 127;
}

function isNameChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return isNameStart(ch) || (c >= 48 && c <= 57) || ch === "-" || ch === ".";
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Parses a document; throws XmlError (with a line number) on anything that is not well-formed. */
function parseXml(src: string): XmlElement {
  let i = 0;
  let line = 1;
  const fail = (msg: string): never => {
    throw new XmlError(`line ${line}: ${msg}`);
  };
  const peek = (s: string): boolean => src.startsWith(s, i);
  const advance = (n: number): void => {
    for (let k = 0; k < n; k++) if (src.charAt(i + k) === "\n") line++;
    i += n;
  };
  const skipSpace = (): void => {
    while (i < src.length && isSpace(src.charAt(i))) advance(1);
  };
  const readName = (): string => {
    if (i >= src.length || !isNameStart(src.charAt(i))) fail(`a name was expected at "${src.slice(i, i + 10)}"`);
    const start = i;
    while (i < src.length && isNameChar(src.charAt(i))) advance(1);
    return src.slice(start, i);
  };
  const readUntil = (end: string, what: string): string => {
    const j = src.indexOf(end, i);
    if (j < 0) fail(`unterminated ${what}`);
    const body = src.slice(i, j);
    advance(j - i + end.length);
    return body;
  };
  /** Character data with entity references resolved; a bare `&` or `<` is an error. */
  const decode = (raw: string): string => {
    let out = "";
    for (let k = 0; k < raw.length; k++) {
      const ch = raw.charAt(k);
      if (ch === "<") fail("'<' in character data");
      if (ch !== "&") {
        out += ch;
        continue;
      }
      const semi = raw.indexOf(";", k);
      if (semi < 0) fail("'&' without ';'");
      const ref = raw.slice(k + 1, semi);
      if (ref.startsWith("#x")) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (ref.startsWith("#")) out += String.fromCodePoint(parseInt(ref.slice(1), 10));
      else if (ENTITIES[ref] !== undefined) out += ENTITIES[ref];
      else fail(`unknown entity &${ref};`);
      k = semi;
    }
    return out;
  };

  if (src.charCodeAt(0) === 0xfeff) advance(1);
  if (peek("<?xml")) readUntil("?>", "XML declaration");
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < src.length) {
    if (peek("<!--")) {
      advance(4);
      const body = readUntil("-->", "comment");
      if (body.includes("--")) fail("'--' inside a comment");
      continue;
    }
    if (peek("<![CDATA[")) {
      advance(9);
      const body = readUntil("]]>", "CDATA section");
      const top = stack[stack.length - 1];
      if (!top) fail("CDATA outside the root element");
      else top.text += body;
      continue;
    }
    if (peek("<!")) fail("DOCTYPE and other declarations are not allowed in a manifest");
    if (peek("<?")) {
      readUntil("?>", "processing instruction");
      continue;
    }
    if (peek("</")) {
      advance(2);
      const name = readName();
      skipSpace();
      if (!peek(">")) fail(`'>' expected after </${name}`);
      advance(1);
      const open = stack.pop();
      if (!open) fail(`</${name}> without an open element`);
      else if (open.name !== name) fail(`</${name}> closes <${open.name}> (line ${open.line})`);
      continue;
    }
    if (peek("<")) {
      advance(1);
      const el: XmlElement = { name: readName(), attrs: new Map(), children: [], text: "", line };
      const attrs = el.attrs as Map<string, string>;
      for (;;) {
        const hadSpace = i < src.length && isSpace(src.charAt(i));
        skipSpace();
        if (peek("/>") || peek(">")) break;
        if (!hadSpace) fail(`space expected before an attribute of <${el.name}>`);
        const an = readName();
        skipSpace();
        if (!peek("=")) fail(`'=' expected after ${an}`);
        advance(1);
        skipSpace();
        const q = src.charAt(i);
        if (q !== '"' && q !== "'") fail(`quoted value expected for ${an}`);
        advance(1);
        const raw = readUntil(q, `value of ${an}`);
        if (attrs.has(an)) fail(`duplicate attribute ${an} on <${el.name}>`);
        attrs.set(an, decode(raw));
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) fail(`a second root element <${el.name}>`);
      else root = el;
      if (peek("/>")) advance(2);
      else {
        advance(1);
        stack.push(el);
      }
      continue;
    }
    // character data up to the next markup
    let j = src.indexOf("<", i);
    if (j < 0) j = src.length;
    const raw = src.slice(i, j);
    const top = stack[stack.length - 1];
    if (!top) {
      for (const ch of raw) if (!isSpace(ch)) fail("text outside the root element");
    } else {
      top.text += decode(raw);
    }
    advance(j - i);
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) fail("no root element");
  return root as unknown as XmlElement;
}

// ---- helpers over the tree ------------------------------------------------------------------------------------

function local(name: string): string {
  const c = name.indexOf(":");
  return c < 0 ? name : name.slice(c + 1);
}

function walk(
  el: XmlElement,
  visit: (e: XmlElement, parents: ReadonlyArray<XmlElement>) => void,
  parents: XmlElement[] = [],
): void {
  visit(el, parents);
  for (const c of el.children) walk(c, visit, [...parents, el]);
}

function all(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  walk(el, (e) => {
    if (local(e.name) === name) out.push(e);
  });
  return out;
}

function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => local(c.name) === name);
}

const CJK = /[\u4e00-\u9fff]/;

const root = parseXml(MANIFEST);
const resources = all(root, "Resources")[0];
interface Res {
  readonly kind: "Image" | "Url" | "ShortString" | "LongString";
  readonly el: XmlElement;
}
const RES = new Map<string, Res>();
const RES_IDS: string[] = [];
if (resources) {
  for (const group of resources.children) {
    const kind = ({ Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" } as const)[
      local(group.name) as "Images"
    ];
    for (const item of group.children) {
      const id = item.attrs.get("id") ?? "";
      RES_IDS.push(id);
      RES.set(id, { kind, el: item });
    }
  }
}

// ---- tests ------------------------------------------------------------------------------------------------------

describe("the XML tokenizer", () => {
  test.each([
    ["<a><b></a></b>", /closes/],
    ["<a x='1' x='2'/>", /duplicate attribute/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<a>1 < 2</a>", /name was expected|'<'/],
    ["<a/><b/>", /second root/],
    ["<a><!-- a -- b --></a>", /'--'/],
    ["<a x=1/>", /quoted value/],
    ["<a>", /never closed/],
  ])("rejects %s", (xml, msg) => {
    expect(() => parseXml(xml)).toThrow(msg);
  });

  test("accepts declarations, comments, entities and namespaces", () => {
    const r = parseXml(
      `<?xml version="1.0"?><!-- c --><r xmlns:bt="u"><bt:x a="&lt;&#x4e2d;&quot;">t&amp;t</bt:x></r>`,
    );
    expect(r.children[0]?.attrs.get("a")).toBe('<中"');
    expect(r.children[0]?.text).toBe("t&t");
  });
});

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp TaskPaneApp root in the 1.1 namespace", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs.get("xmlns")).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.attrs.get("xsi:type")).toBe("TaskPaneApp");
    expect(child(root, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("OfficeApp's children come in the schema's order, required ones present", () => {
    const ORDER = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const names = root.children.map((c) => local(c.name));
    for (const n of names) expect(ORDER).toContain(n);
    const positions = names.map((n) => ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "Hosts",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]) {
      expect(names).toContain(required);
    }
  });

  test("zh-CN by default with en-US overrides; ReadWriteDocument; Excel (Workbook) host", () => {
    expect(child(root, "DefaultLocale")?.text).toBe("zh-CN");
    for (const n of ["DisplayName", "Description"]) {
      const el = child(root, n);
      expect(el?.attrs.get("DefaultValue")).toMatch(CJK);
      expect(el?.children.map((o) => [local(o.name), o.attrs.get("Locale")])).toEqual([["Override", "en-US"]]);
    }
    expect(child(root, "DisplayName")?.attrs.get("DefaultValue")).toBe("绩效目标表校验助手");
    expect(child(root, "Permissions")?.text).toBe("ReadWriteDocument");
    expect(all(child(root, "Hosts") as XmlElement, "Host").map((h) => h.attrs.get("Name"))).toEqual(["Workbook"]);
  });

  test("requires ExcelApi 1.1 (Excel 2016) and nothing that would hide the add-in there; shared runtime where supported", () => {
    const requirements = child(root, "Requirements") as XmlElement;
    const sets = all(requirements, "Set").map((s) => [s.attrs.get("Name"), s.attrs.get("MinVersion")]);
    // Excel 2016 has ExcelApi 1.1 and no later Excel set: anything higher here hides the add-in from it
    expect(sets).toEqual([["ExcelApi", "1.1"]]);
    expect(all(requirements, "Sets")[0]?.attrs.get("DefaultMinVersion")).toBe("1.1");
    // the adapters assume exactly this minimum and feature-detect the rest (marks 1.6, live checking 1.7)
    expect(sets[0]?.[1]).toBe(EXCEL_API.MANIFEST_MINIMUM);
    const num = (v: string): number[] => v.split(".").map(Number);
    const above = (a: string, b: string): boolean =>
      (num(a)[0] ?? 0) * 1000 + (num(a)[1] ?? 0) > (num(b)[0] ?? 0) * 1000 + (num(b)[1] ?? 0);
    for (const detected of [EXCEL_API.MARKS, EXCEL_API.LIVE, EXCEL_API.UNDO_KEPT])
      expect([detected, above(detected, EXCEL_API.MANIFEST_MINIMUM)]).toEqual([detected, true]);
    // no requirement inside VersionOverrides either (it would drop the ribbon where unmet)
    expect(all(child(root, "VersionOverrides") as XmlElement, "Requirements")).toEqual([]);
    const host = all(child(root, "VersionOverrides") as XmlElement, "Host")[0] as XmlElement;
    expect(local(host.children[0]?.name ?? "")).toBe("Runtimes");
    const runtime = all(host, "Runtime")[0];
    expect(runtime?.attrs.get("lifetime")).toBe("long");
    // the shared runtime needs the function file and the runtime to be the same page
    expect(all(host, "FunctionFile")[0]?.attrs.get("resid")).toBe(runtime?.attrs.get("resid"));
  });

  test("every resid resolves to a resource of the right kind; resource ids are unique and at most 32 characters", () => {
    const expectKind = (el: XmlElement, parents: ReadonlyArray<XmlElement>): Res["kind"] => {
      const n = local(el.name);
      if (n === "Image") return "Image";
      if (n === "SourceLocation" || n === "FunctionFile" || n === "Runtime" || n === "LearnMoreUrl") return "Url";
      if (n === "Description") return "LongString";
      if (n === "Label" || n === "Title") return "ShortString";
      throw new Error(`resid on <${n}> under ${parents.map((p) => local(p.name)).join("/")}`);
    };
    let count = 0;
    walk(root, (e, parents) => {
      const resid = e.attrs.get("resid");
      if (resid === undefined) return;
      count++;
      expect(resid.length).toBeLessThanOrEqual(32);
      const r = RES.get(resid);
      expect([resid, r?.kind]).toEqual([resid, expectKind(e, parents)]);
    });
    expect(count).toBeGreaterThan(20);
    expect(new Set(RES_IDS).size).toBe(RES_IDS.length);
    for (const id of RES_IDS) expect(id.length).toBeGreaterThan(0);
    for (const id of RES_IDS) expect(id.length).toBeLessThanOrEqual(32);
    // every resource is used
    const used = new Set<string>();
    walk(root, (e) => {
      const r = e.attrs.get("resid");
      if (r) used.add(r);
    });
    expect(RES_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  test("control, group and tab ids are unique and at most 125 characters", () => {
    const ids: string[] = [];
    walk(root, (e) => {
      if (["CustomTab", "Group", "Control"].includes(local(e.name))) ids.push(e.attrs.get("id") ?? "");
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
  });

  test("every URL is HTTPS", () => {
    const urls: string[] = [];
    walk(root, (e) => {
      for (const [k, v] of e.attrs) if (!k.startsWith("xmlns") && v.includes("://")) urls.push(v);
      if (local(e.name) === "AppDomain") urls.push(e.text.trim());
    });
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/[^\s]+$/);
    expect(urls).toEqual(expect.arrayContaining(["https://localhost:3000/taskpane.html"]));
  });

  test("ExecuteFunction names are exactly the ids src/commands/commands.ts associates", () => {
    const names = all(root, "Action")
      .filter((a) => a.attrs.get("xsi:type") === "ExecuteFunction")
      .map((a) => (child(a, "FunctionName")?.text ?? "").trim());
    const associated: string[] = [];
    registerCommands(
      (id) => associated.push(id),
      () => {
        throw new Error("not called");
      },
    );
    expect([...names].sort()).toEqual([...associated].sort());
    expect([...associated].sort()).toEqual([...COMMAND_IDS].sort());
    // the source associates them with literal ids (what a reader greps for)
    const src = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    // whatever the formatter does with line breaks inside the call
    for (const id of names) expect(src).toMatch(new RegExp(`associate\\(\\s*"${id}"`));
  });

  test("the ribbon: tab 绩效目标 with 校验, 插入空白项目表, 清除标注 and 打开任务窗格", () => {
    const label = (el: XmlElement | undefined): string =>
      RES.get(child(el as XmlElement, "Label")?.attrs.get("resid") ?? "")?.el.attrs.get("DefaultValue") ?? "";
    const tab = all(root, "CustomTab")[0];
    expect(label(tab)).toBe("绩效目标");
    const en = RES.get(child(tab as XmlElement, "Label")?.attrs.get("resid") ?? "")?.el.children[0]?.attrs.get("Value");
    expect(en).toBe("Performance Targets");
    // in CustomTab the groups come first, then the label
    expect(tab?.children.map((c) => local(c.name))).toEqual(["Group", "Group", "Label"]);
    const buttons = all(root, "Control").map((c) => {
      const action = child(c, "Action");
      const fn = action && child(action, "FunctionName");
      return [label(c), action?.attrs.get("xsi:type"), fn ? fn.text.trim() : null];
    });
    expect(buttons).toEqual(
      expect.arrayContaining([
        ["校验", "ExecuteFunction", "runCheck"],
        ["插入空白项目表", "ExecuteFunction", "insertTemplate"],
        ["清除标注", "ExecuteFunction", "clearMarks"],
        ["打开任务窗格", "ShowTaskpane", null],
      ]),
    );
    expect(buttons).toHaveLength(4);
  });

  test("every ribbon string has zh-CN text (the default) and an en-US override, within the length limits", () => {
    for (const [id, r] of RES) {
      if (r.kind !== "ShortString" && r.kind !== "LongString") continue;
      const zh = r.el.attrs.get("DefaultValue") ?? "";
      expect([id, CJK.test(zh)]).toEqual([id, true]);
      const overrides = r.el.children.map((o) => [o.attrs.get("Locale"), o.attrs.get("Value") ?? ""] as const);
      expect(overrides.map(([l]) => l)).toEqual(["en-US"]);
      const limit = r.kind === "ShortString" ? 125 : 250;
      for (const text of [zh, ...overrides.map(([, v]) => v)]) expect([id, text.length <= limit]).toEqual([id, true]);
    }
  });

  test("the icons exist in assets/ as PNGs of the declared sizes", () => {
    const sizes = new Map<string, number>();
    for (const img of all(root, "Image").filter((i) => i.attrs.has("resid"))) {
      const size = Number(img.attrs.get("size"));
      const id = img.attrs.get("resid") ?? "";
      if (sizes.has(id)) expect(sizes.get(id)).toBe(size);
      sizes.set(id, size);
    }
    expect([...sizes.values()].sort((a, b) => a - b)).toEqual([16, 32, 80]);
    const files: Array<[string, number | null]> = [...sizes].map(([id, size]) => [
      RES.get(id)?.el.attrs.get("DefaultValue") ?? "",
      size,
    ]);
    files.push(
      [child(root, "IconUrl")?.attrs.get("DefaultValue") ?? "", 32],
      [child(root, "HighResolutionIconUrl")?.attrs.get("DefaultValue") ?? "", 64],
    );
    for (const [url, size] of files) {
      const rel = url.replace("https://localhost:3000/", "");
      const buf = fs.readFileSync(path.join(ROOT, rel));
      expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([rel, buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([rel, size, size]);
    }
  });
});
