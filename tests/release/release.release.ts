// `npm run package` end to end (npm run test:release, jest.release.config.js): builds release/ into a temporary
// folder once, checks what an office would deploy, then installs the ptcheck tarball with no registry and runs it.
import { execFileSync, spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { path7za } from "7zip-bin";

const ROOT = path.join(__dirname, "../..");
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
const ADDIN_URL = "https://addins.example.test/ptcheck/";
const WPS_URL = "http://wps.example.test/addins/";
const SEED = path.join(ROOT, "tests/fixtures/seed-2024.txt");

let tmp = "";
let release = "";

function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, out, err }));
  });
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

/** 7-Zip of the 7zip-bin package, copied and made executable (npm does not keep the mode bit). */
function sevenZip(): string {
  const src = path7za;
  const exe = path.join(tmp, path.basename(src));
  if (!fs.existsSync(exe)) {
    fs.copyFileSync(src, exe);
    fs.chmodSync(exe, 0o755);
  }
  return exe;
}

/** office-addin-manifest's reading of a manifest, in a child process (it loads ES modules that jest's loader cannot). */
function readManifest(file: string): Record<string, unknown> {
  const js =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)))';
  return JSON.parse(execFileSync(process.execPath, ["-e", js, file], { cwd: ROOT, encoding: "utf8" })) as Record<
    string,
    unknown
  >;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-release-test-"));
  release = path.join(tmp, "release");
  const r = await run(process.execPath, [
    "scripts/package.js",
    "--addin-url",
    ADDIN_URL,
    "--wps-url",
    WPS_URL,
    "--out",
    release,
  ]);
  if (r.code !== 0) throw new Error(`npm run package failed:\n${r.out}${r.err}`);
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("npm run package → release/", () => {
  test("has the Excel site, the WPS add-in, the ptcheck tarball, the docs, VERSION and SHA256SUMS", () => {
    const files = listFiles(release);
    const folder = `${PKG.name}_${PKG.version}`;
    for (const f of [
      "excel/taskpane.html",
      "excel/commands.html",
      "excel/help.html",
      "excel/taskpane.css",
      "excel/manifest.xml",
      "excel/assets/icon-32.png",
      `wps/${folder}/ribbon.xml`,
      `wps/${folder}/index.html`,
      `wps/${folder}/js/wps-main.js`,
      `wps/${folder}/taskpane/taskpane.html`,
      `wps/${PKG.name}.7z`,
      "wps/jsplugins.xml",
      "wps/jsplugins-offline.xml",
      "wps/publish.xml",
      "wps/publish.html",
      `cli/${PKG.name}-${PKG.version}.tgz`,
      "docs/release.md",
      "VERSION",
      "SHA256SUMS",
    ]) {
      expect(files).toContain(f);
    }
  });

  test("no preview page and no source maps", () => {
    const files = listFiles(release);
    expect(files.filter((f) => /(^|\/)preview[^/]*$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of files.filter((x) => x.endsWith(".js") || x.endsWith(".html"))) {
      const text = fs.readFileSync(path.join(release, f), "utf8");
      expect([f, /sourceMappingURL=/.test(text), /preview\.(js|html|css)/.test(text)]).toEqual([f, false, false]);
    }
  });

  test("every URL of the manifest is under ADDIN_URL; office-addin-manifest reads it, version stamped", () => {
    const file = path.join(release, "excel/manifest.xml");
    const xml = fs.readFileSync(file, "utf8");
    // every http(s) URL but the XML namespaces (xmlns / xmlns:x attributes)
    const urls = [...xml.matchAll(/([\w:]+)="(https?:\/\/[^"]+)"|>\s*(https?:\/\/[^<\s]+)\s*</g)]
      .filter((m) => !(m[1] ?? "").startsWith("xmlns"))
      .map((m) => m[2] ?? m[3] ?? "");
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(ADDIN_URL))).toEqual([]);
    expect(xml).not.toContain("localhost");

    const info = readManifest(file);
    expect(info.displayName).toBe("绩效目标表校验助手");
    expect(info.version).toBe(`${PKG.version}.0`);
    expect((info.defaultSettings as { sourceLocation?: string }).sourceLocation).toBe(`${ADDIN_URL}taskpane.html`);
    for (const k of ["iconUrl", "highResolutionIconUrl", "supportUrl"])
      expect(String(info[k])).toMatch(new RegExp(`^${ADDIN_URL.replace(/[.?/]/g, "\\$&")}`));
    // each URL names a file the site has
    for (const u of new Set(urls))
      expect([u, fs.existsSync(path.join(release, "excel", u.slice(ADDIN_URL.length).split(/[?#]/)[0] ?? ""))]).toEqual(
        [u, true],
      );
  });

  test("the pane bundles carry the version (Excel and WPS)", () => {
    const bundles = listFiles(release).filter((f) => /taskpane\.[0-9a-f]+\.js$/.test(f));
    expect(bundles.length).toBe(2);
    for (const b of bundles) {
      const js = fs.readFileSync(path.join(release, b), "utf8");
      // booleans: a failure must not print a minified bundle. The ES5 build composes the label 版本 … at run time,
      // so the bundle holds the stamped version as a string literal where the identifier was
      expect([b, js.includes("__PTC_VERSION__"), js.includes(`"${PKG.version}"`)]).toEqual([b, false, true]);
    }
    expect(fs.readFileSync(path.join(release, "VERSION"), "utf8").split("\n")[0]).toBe(`${PKG.name} ${PKG.version}`);
  });

  test("SHA256SUMS lists every other file with its hash", () => {
    const lines = fs.readFileSync(path.join(release, "SHA256SUMS"), "utf8").trimEnd().split("\n");
    const listed = new Map(lines.map((l) => [l.slice(66), l.slice(0, 64)] as const));
    for (const l of lines) expect(l).toMatch(/^[0-9a-f]{64} {2}\S/);
    expect([...listed.keys()].sort()).toEqual(listFiles(release).filter((f) => f !== "SHA256SUMS"));
    for (const [f, hash] of listed) {
      expect([
        f,
        crypto
          .createHash("sha256")
          .update(fs.readFileSync(path.join(release, f)))
          .digest("hex"),
      ]).toEqual([f, hash]);
    }
  });

  test("the WPS .7z opens with 7-Zip and holds the add-in folder with ribbon.xml", () => {
    const folder = `${PKG.name}_${PKG.version}`;
    const archive = path.join(release, `wps/${PKG.name}.7z`);
    const listing = execFileSync(sevenZip(), ["l", "-slt", archive], { encoding: "utf8" });
    // technical listing: one block per entry after the "----------" line; folders have attributes "D…"
    const entries = (listing.split(/^-{10}$/m)[1] ?? "").split(/\r?\n\r?\n/).filter((b) => b.includes("Path = "));
    const files = entries.filter((b) => !/^Attributes = D/m.test(b)).map((b) => /^Path = (.*)$/m.exec(b)?.[1] ?? "");
    expect(files).toContain(`${folder}/ribbon.xml`);
    expect(files.sort()).toEqual(listFiles(path.join(release, "wps")).filter((f) => f.startsWith(`${folder}/`)));
    const ribbon = execFileSync(sevenZip(), ["e", "-so", archive, `${folder}/ribbon.xml`]);
    expect(ribbon.equals(fs.readFileSync(path.join(ROOT, "wps/ribbon.xml")))).toBe(true);
  });

  test("the WPS manifests point at WPS_URL with the version", () => {
    const folder = `${PKG.name}_${PKG.version}`;
    const read = (f: string): string => fs.readFileSync(path.join(release, "wps", f), "utf8");
    expect(read("jsplugins.xml")).toContain(`url="${WPS_URL}${folder}/"`);
    expect(read("jsplugins-offline.xml")).toContain(`url="${WPS_URL}${PKG.name}.7z" version="${PKG.version}"`);
    expect(read("publish.xml")).toContain(`url="${folder}" version="${PKG.version}"`);
    expect(read("publish.html")).toContain(`${WPS_URL}${folder}/`);
  });
});

describe("the ptcheck tarball", () => {
  test("installs into a new prefix with no registry and no cache, and ptcheck checks the seed from another folder", async () => {
    const tgz = path.join(release, `cli/${PKG.name}-${PKG.version}.tgz`);
    const prefix = path.join(tmp, "prefix");
    const elsewhere = path.join(tmp, "elsewhere");
    fs.mkdirSync(elsewhere, { recursive: true });
    // offline, an empty cache and an unreachable registry: anything the install fetched would fail it
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      npm_config_offline: "true",
      npm_config_registry: "http://127.0.0.1:9/",
    };
    for (const k of Object.keys(env))
      if (k.startsWith("npm_") && k !== "npm_config_offline" && k !== "npm_config_registry") delete env[k];
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const install = await run(
      npm,
      [
        "install",
        "-g",
        "--offline",
        "--no-audit",
        "--no-fund",
        "--prefix",
        prefix,
        "--cache",
        path.join(tmp, "empty-cache"),
        "--userconfig",
        path.join(tmp, "none.npmrc"),
        tgz,
      ],
      { cwd: elsewhere, env },
    );
    if (install.code !== 0) throw new Error(`npm install -g failed (${install.code}):\n${install.out}${install.err}`);

    const bin = process.platform === "win32" ? path.join(prefix, "ptcheck.cmd") : path.join(prefix, "bin", "ptcheck");
    const version = await run(bin, ["--version"], { cwd: elsewhere, env });
    expect(version.out.trim()).toBe(`ptcheck ${PKG.version}`);

    const check = await run(bin, ["--format", "json", SEED], { cwd: elsewhere, env });
    expect(check.code).toBeLessThanOrEqual(1); // 1: the seed has error-level findings
    const report = JSON.parse(check.out) as { summary: { projects: number; files: number } };
    expect(report.summary.projects).toBe(21);
    expect(report.summary.files).toBe(1);
  });
});
