// manifest.xml through Microsoft's office-addin-manifest (a pinned devDependency): its reader (xml2js) must accept
// the file and see what the add-in declares, and the release manifest — webpack.config.js's rewrite for ADDIN_URL,
// the version scripts/package.js stamps — must pass package.js's checks, which refuse a manifest that still points
// elsewhere, carries another version or is not well-formed. office-addin-manifest loads ES modules that jest's
// module loader cannot, so it runs in a child Node process. (`npm run validate` is Microsoft's online validation.)
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const ADDIN_URL = "https://addins.example.test/ptcheck/";

/** Runs `body` (an async function body with `pkg` = scripts/package.js and `args`) in a child Node process. */
function node(body: string, args: string[] = []): { ok: boolean; out: string } {
  const js = `const pkg = require("./scripts/package.js"); const args = process.argv.slice(1);
    (async () => { ${body} })().then((r) => process.stdout.write(JSON.stringify({ ok: true, out: r })),
      (e) => process.stdout.write(JSON.stringify({ ok: false, out: String(e && e.message) })));`;
  const raw = execFileSync(process.execPath, ["-e", js, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ADDIN_URL },
  });
  const r = JSON.parse(raw) as { ok: boolean; out: unknown };
  return { ok: r.ok, out: typeof r.out === "string" ? r.out : JSON.stringify(r.out) };
}

const SPOILED: ReadonlyArray<readonly [string, (xml: string) => string, RegExp]> = [
  [
    "a URL left outside ADDIN_URL",
    (x) => x.replace(`${ADDIN_URL}help.html`, "https://elsewhere.example.test/help.html"),
    /不在 https:\/\/addins\.example\.test\/ptcheck\/ 下的网址/,
  ],
  ["another version", (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>9.9.9.0</Version>"), /版本 9\.9\.9\.0/],
  ["XML that is not well-formed", (x) => x.replace("</OfficeApp>", ""), /Unable to parse the manifest file/],
];

interface Outcome {
  readonly ok: boolean;
  readonly value?: Record<string, unknown>;
  readonly error?: string;
}

let tmp = "";
let release = ""; // the release manifest as npm run package makes it
let outcomes: { source: Outcome; release: Outcome; spoiled: Outcome[] } | null = null;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-manifest-"));
  release = path.join(tmp, "release-manifest.xml");
  // webpack.config.js's copy transform for manifest.xml (ADDIN_URL from the environment), then stampVersion
  const made = node(
    `const make = require("./webpack.config.js");
     const config = await make({}, { mode: "production" });
     const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
     const pattern = copy.patterns.find((p) => String(p.from).startsWith("manifest"));
     const xml = String(await pattern.transform(require("fs").readFileSync("manifest.xml")));
     require("fs").writeFileSync(args[0], pkg.stampVersion(xml, require("./package.json").version));
     return "written";`,
    [release],
  );
  if (!made.ok) throw new Error(made.out);
  const good = fs.readFileSync(release, "utf8");
  const spoiled = SPOILED.map(([, spoil], i) => {
    const file = path.join(tmp, `spoiled-${i}.xml`);
    const xml = spoil(good);
    if (xml === good) throw new Error(`spoiling ${i} changed nothing`);
    fs.writeFileSync(file, xml);
    return file;
  });
  // one child process for every office-addin-manifest call (loading it takes seconds)
  const r = node(
    `const { OfficeAddinManifest } = require("office-addin-manifest");
     const settle = (p) => p.then((value) => ({ ok: true, value }), (e) => ({ ok: false, error: String(e && e.message) }));
     const [url, version, ...spoiled] = args.slice(2);
     return {
       source: await settle(OfficeAddinManifest.readManifestFile(args[0])),
       release: await settle(pkg.checkManifest(args[1], url, version)),
       spoiled: await Promise.all(spoiled.map((f) => settle(pkg.checkManifest(f, url, version)))),
     };`,
    ["manifest.xml", release, ADDIN_URL, VERSION, ...spoiled],
  );
  if (!r.ok) throw new Error(r.out);
  outcomes = JSON.parse(r.out) as typeof outcomes;
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("office-addin-manifest reads manifest.xml and sees the add-in's identity, host and task pane", () => {
  expect(outcomes?.source.ok).toBe(true);
  const info = outcomes?.source.value ?? {};
  expect(info).toMatchObject({
    manifestType: "xml",
    officeAppType: "TaskPaneApp",
    displayName: "绩效目标表校验助手",
    defaultLocale: "zh-CN",
    hosts: ["Workbook"],
    permissions: "ReadWriteDocument",
    defaultSettings: { sourceLocation: "https://localhost:3000/taskpane.html" },
  });
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
});

test("the release manifest for ADDIN_URL passes: every URL under it, version stamped, read by office-addin-manifest", () => {
  const xml = fs.readFileSync(release, "utf8");
  expect(xml).not.toContain("localhost");
  expect(xml).toContain(`<Version>${VERSION}.0</Version>`);
  expect(outcomes?.release).toMatchObject({
    ok: true,
    value: {
      version: `${VERSION}.0`,
      defaultSettings: { sourceLocation: `${ADDIN_URL}taskpane.html` },
      supportUrl: `${ADDIN_URL}help.html`,
    },
  });
});

test.each(SPOILED.map(([what, , message], i) => [what, i, message] as const))(
  "package.js refuses a release manifest with %s",
  (_what, i, message) => {
    const o = outcomes?.spoiled[i];
    expect(o?.ok).toBe(false);
    expect(o?.error).toMatch(message);
  },
);

test("stampVersion writes Office's four-part version; manifestVersion refuses a version that is not x.y.z", () => {
  const r = node(
    `return [pkg.stampVersion("<OfficeApp><Version>1.0.0.0</Version></OfficeApp>", "2.3.4"), pkg.manifestVersion("2.3.4-beta.1")];`,
  );
  expect(JSON.parse(r.out)).toEqual(["<OfficeApp><Version>2.3.4.0</Version></OfficeApp>", "2.3.4.0"]);
  expect(node(`return pkg.manifestVersion("v2");`).ok).toBe(false);
});
