// A Checker is built per sheet (ptcheck: per file), so a rule's options are resolved once per settings and reused;
// what differs must still differ, and a bad setting must still be refused every time.
import { Checker } from "../../src/core/engine";

describe("rule options resolved once per settings", () => {
  it("two checkers with the same settings share the resolved options of a rule", () => {
    const a = new Checker({ options: { "satisfaction-threshold": { floor: 85 } } });
    const b = new Checker({ options: { "satisfaction-threshold": { floor: 85 } } });
    expect(a.optionsOf("satisfaction-threshold")).toEqual({ floor: 85 });
    expect(b.optionsOf("satisfaction-threshold")).toBe(a.optionsOf("satisfaction-threshold"));
    expect(new Checker().optionsOf("satisfaction-threshold")).toBe(new Checker().optionsOf("satisfaction-threshold"));
  });

  it("different settings give different options", () => {
    const dflt = new Checker().optionsOf("satisfaction-threshold");
    const set = new Checker({ options: { "satisfaction-threshold": { floor: 90 } } }).optionsOf(
      "satisfaction-threshold",
    );
    expect(dflt).toEqual({ floor: 80 });
    expect(set).toEqual({ floor: 90 });
    // after the remembered one, the defaults are still the defaults
    expect(new Checker().optionsOf("satisfaction-threshold")).toEqual({ floor: 80 });
  });

  it("a bad option is refused by every checker, not only the first", () => {
    const bad = { options: { "satisfaction-threshold": { floor: 120 } } };
    expect(() => new Checker(bad)).toThrow(/satisfaction-threshold/);
    expect(() => new Checker(bad)).toThrow(/satisfaction-threshold/);
    expect(() => new Checker({ options: { "satisfaction-threshold": { nope: 1 } } })).toThrow(/选项不正确/);
  });
});
