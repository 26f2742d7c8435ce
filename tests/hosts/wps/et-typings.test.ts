// The adapter's narrow ET interfaces (src/hosts/wps/et.ts) checked against Kingsoft's own typings
// (et-jsapi-declare 2.5.0): every member the adapter uses must exist there with a compatible type. ET ignores a
// misspelt property at run time, so this compile-time check is the only early warning. The typings declare
// globals, so they are compiled in a program of their own here rather than referenced from src/.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../../..");
const ET = path.join(ROOT, "src/hosts/wps/et").replace(/\\/g, "/");
const TYPINGS = path.join(ROOT, "node_modules/et-jsapi-declare/index.d.ts").replace(/\\/g, "/");

const CHECK = `/// <reference path="${TYPINGS}" />
import type * as N from "${ET}";

/** Compiles only when A is assignable to B. */
type Assignable<A, B> = A extends B ? true : false;
const ok = <T extends true>(): T | undefined => undefined;

// Worksheets.Item is typed Worksheet | Sheets (an array argument gives a Sheets); the adapter passes a name or
// an index, which gives a Worksheet: compare everything else whole, and Sheets member by member
ok<Assignable<Omit<WPSMergedRoot, "ActiveWorkbook">, Omit<N.EtApplication, "ActiveWorkbook">>>();
ok<Assignable<Omit<Et.Workbook, "Worksheets">, Omit<N.EtWorkbook, "Worksheets">>>();
ok<Assignable<Pick<Et.Sheets, "Count">, Pick<N.EtSheets, "Count">>>();
ok<Assignable<Extract<ReturnType<Et.Sheets["Item"]>, Et.Worksheet>, N.EtWorksheet>>();
ok<Assignable<Et.Worksheet, N.EtWorksheet>>();
ok<Assignable<Et.Range, N.EtRange>>();
ok<Assignable<Et.Areas, N.EtAreas>>();
ok<Assignable<Et.Borders, N.EtBorders>>();
ok<Assignable<Et.Border, N.EtBorder>>();
ok<Assignable<Et.Font, N.EtFont>>();
ok<Assignable<Et.Validation, N.EtValidation>>();
ok<Assignable<Et.FormatConditions, N.EtFormatConditions>>();
ok<Assignable<Et.FormatCondition, N.EtFormatCondition>>();
ok<Assignable<Et.Interior, N.EtInterior>>();
ok<Assignable<Et.Names, N.EtNames>>();
ok<Assignable<Et.Name, N.EtName>>();
ok<Assignable<Et.Window, N.EtWindow>>();
ok<Assignable<Et.DebugTools, N.EtDebugTools>>();
ok<Assignable<WPS.EtApiEvent, N.EtApiEvent>>();

// the enum values the adapter uses as plain numbers (a numeric enum member's template literal is its value)
type Same<A extends number, B extends number> = \`\${A}\` extends \`\${B}\` ? true : false;
ok<Same<Et.XlRangeValueDataType.xlRangeValueXMLSpreadsheet, typeof N.XL.rangeValueXmlSpreadsheet>>();
ok<Same<Et.XlFormatConditionType.xlExpression, typeof N.XL.expression>>();
ok<Same<Et.XlLineStyle.xlContinuous, typeof N.XL.continuous>>();
ok<Same<Kso.XlBorderWeight.xlThin, typeof N.XL.thin>>();
ok<Same<Kso.XlHAlign.xlHAlignCenter, typeof N.XL.center>>();
ok<Same<Kso.XlVAlign.xlVAlignCenter, typeof N.XL.center>>();
ok<Same<Et.XlDVType.xlValidateList, typeof N.XL.validateList>>();
ok<Same<Et.XlDVAlertStyle.xlValidAlertStop, typeof N.XL.validAlertStop>>();
ok<Same<Et.XlFormatConditionOperator.xlBetween, typeof N.XL.between>>();
ok<Same<Et.XlBordersIndex.xlEdgeLeft, 7>>();
ok<Same<Et.XlBordersIndex.xlEdgeTop, 8>>();
ok<Same<Et.XlBordersIndex.xlEdgeBottom, 9>>();
ok<Same<Et.XlBordersIndex.xlEdgeRight, 10>>();
ok<Same<Et.XlBordersIndex.xlInsideVertical, 11>>();
ok<Same<Et.XlBordersIndex.xlInsideHorizontal, 12>>();
// a wrong value is caught (the check itself works)
// @ts-expect-error 2 is not 3
ok<Same<Et.XlFormatConditionType.xlExpression, 3>>();
export {};
`;

test("src/hosts/wps/et.ts agrees with et-jsapi-declare 2.5.0", () => {
  expect(fs.existsSync(TYPINGS)).toBe(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptc-et-"));
  const file = path.join(dir, "check.ts");
  fs.writeFileSync(file, CHECK);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2019,
    module: ts.ModuleKind.CommonJS,
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} `
        : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(diagnostics).toEqual([]);
}, 60000);
