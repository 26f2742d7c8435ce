// scripts/package.js's guards, without a build: the deployment URLs it accepts and the folders it agrees to empty.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// a CommonJS build script without typings
const pkg = require("../../scripts/package.js") as {
  parseArgs(argv: string[]): { addinUrl: string; wpsUrl: string; out: string };
  clearOutDir(dir: string): void;
  manifestUrls(xml: string): string[];
};

const saved = { ADDIN_URL: process.env.ADDIN_URL, WPS_URL: process.env.WPS_URL };
beforeEach(() => {
  delete process.env.ADDIN_URL;
  delete process.env.WPS_URL;
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
});

test("ADDIN_URL is required, https, not the development server; a trailing / is added; WPS_URL defaults beside it", () => {
  expect(() => pkg.parseArgs([])).toThrow(/请指定 Excel 加载项的部署地址/);
  expect(() => pkg.parseArgs(["--addin-url", "http://intranet.test/ptcheck/"])).toThrow(/必须是 https:\/\//);
  expect(() => pkg.parseArgs(["--addin-url", "https://localhost:3000/"])).toThrow(/不能是开发地址/);
  expect(() => pkg.parseArgs(["--addin-url", 'https://a.test/"x'])).toThrow(/不允许的字符/);
  expect(pkg.parseArgs(["--addin-url", "https://a.test/ptcheck"])).toMatchObject({
    addinUrl: "https://a.test/ptcheck/",
    wpsUrl: "https://a.test/ptcheck/wps/",
  });
  process.env.ADDIN_URL = "https://b.test/x/";
  process.env.WPS_URL = "http://oa.test/wps";
  expect(pkg.parseArgs([])).toMatchObject({ addinUrl: "https://b.test/x/", wpsUrl: "http://oa.test/wps/" });
  expect(() => pkg.parseArgs(["--addin-url", "https://a.test/", "--wps-url", "ftp://a.test/"])).toThrow(/WPS_URL/);
});

test("the output folder is emptied only when it is empty or a previous release (it holds SHA256SUMS)", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-out-"));
  try {
    const foreign = path.join(tmp, "foreign");
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, "keep.txt"), "mine");
    expect(() => pkg.clearOutDir(foreign)).toThrow(/不是空文件夹/);
    expect(fs.readFileSync(path.join(foreign, "keep.txt"), "utf8")).toBe("mine");
    const previous = path.join(tmp, "previous");
    fs.mkdirSync(previous);
    fs.writeFileSync(path.join(previous, "SHA256SUMS"), "");
    pkg.clearOutDir(previous);
    expect(fs.existsSync(previous)).toBe(false);
    expect(() => pkg.clearOutDir(path.resolve(__dirname, "../.."))).toThrow(/不能把/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("manifestUrls finds attribute and text URLs but not XML namespaces", () => {
  const xml = `<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0">
    <IconUrl DefaultValue="https://a.test/i.png"/><AppDomain>https://a.test</AppDomain><bt:Url id="x" DefaultValue="https://a.test/t.html"/></OfficeApp>`;
  expect(pkg.manifestUrls(xml)).toEqual(["https://a.test/i.png", "https://a.test", "https://a.test/t.html"]);
});
