// The HTML summary report in chromium (playwright-core): it renders, requests nothing over the network, and
// script-like text from a cell never runs. Skips only when /usr/bin/chromium (or CHROMIUM_PATH) is absent.
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { firstSeedTable, makeTmpDir, removeDir, runCli, SEED } from "./fixtures";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];
const HOSTILE = `<img src="https://example.invalid/x.png" onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3">`;
const maybe = fs.existsSync(CHROMIUM) ? test : test.skip;

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => removeDir(dir));

maybe(
  "renders in chromium, fetches nothing, runs no script from cell text, prints on A4",
  async () => {
    const rows = firstSeedTable();
    const nameRow = rows.find((r) => r[0]?.startsWith("项目名称"));
    if (!nameRow) throw new Error("seed table has no 项目名称 row");
    nameRow[1] = HOSTILE;
    const tsv = path.join(dir, "hostile.tsv");
    fs.writeFileSync(tsv, rows.map((r) => r.join("\t")).join("\n"));
    const report = path.join(dir, "汇总.html");
    const json = JSON.parse((await runCli(["--format", "json", "--report", report, tsv, SEED])).stdout);
    const projects = json.summary.projects as number;

    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const page = await browser.newPage();
      const url = pathToFileURL(report).href;
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (r) => {
        if (r.url() !== url) requests.push(r.url());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(url, { waitUntil: "load" });
      expect(await page.title()).toBe("绩效目标表审核汇总");
      expect(await page.locator("td.grade").count()).toBe(projects);
      expect(await page.locator("svg").count()).toBe(2);
      // the hostile name is shown as text, not parsed as markup
      expect(await page.locator("td", { hasText: "<script>window.__pwned=2</script>" }).count()).toBeGreaterThan(0);
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      const pdf = await page.pdf({ format: "A4", landscape: true });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    } finally {
      await browser.close();
    }
  },
  120000,
);
