// ptcheck reads the settings a unit saved in its workbook (`_PTC_SETTINGS`, written by the add-in in Excel or WPS).
import ExcelJS from "exceljs";
import { settingsFormula } from "../../src/hosts/settings-codec";
import { workbookSettings } from "../../src/cli/workbook-settings";
import { repack } from "../helpers/zip-repack";

async function xlsxWith(definedNames: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = "项目支出预算绩效目标表";
  const plain = Buffer.from(await wb.xlsx.writeBuffer());
  return repack(plain, "xl/workbook.xml", (xml) => xml.replace("</sheets>", `</sheets>${definedNames}`));
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

test("the config the add-in saved is read back from the package", async () => {
  const config = { policy: "hubei", year: 2025, rules: { "unit-missing": "off" as const } };
  const formula = settingsFormula({ config, marksOn: true, templateProfile: "legacy" }).replace(/^=/, "");
  const bytes = await xlsxWith(
    `<definedNames><definedName name="_PTC_SETTINGS" hidden="1">${escape(formula)}</definedName></definedNames>`,
  );
  expect(workbookSettings(bytes)).toEqual(config);
});

test("no name, a name of someone else's, a damaged name, a non-package: no settings, no error", async () => {
  expect(workbookSettings(await xlsxWith(""))).toBeNull();
  expect(
    workbookSettings(
      await xlsxWith(`<definedNames><definedName name="Print_Area">S!$A$1:$E$9</definedName></definedNames>`),
    ),
  ).toBeNull();
  expect(
    workbookSettings(
      await xlsxWith(`<definedNames><definedName name="_PTC_SETTINGS">"{broken"</definedName></definedNames>`),
    ),
  ).toBeNull();
  expect(workbookSettings(Buffer.from("项目名称\t甲\n"))).toBeNull();
});
