import { OwnWrites } from "../../src/hosts/own-writes";

const A = { top: 10, left: 0, bottom: 30, right: 4 };

describe("OwnWrites (the re-entrancy guard of the Excel < 1.14 and WPS adapters)", () => {
  test("changes inside a write are its echo during the write and for the grace time after it", () => {
    let t = 0;
    const g = new OwnWrites(() => t, 1000);
    const w = g.begin("S", A);
    expect(g.isEcho("S", [{ top: 12, left: 1, bottom: 12, right: 1 }])).toBe(true);
    t = 5000; // a slow write: still open
    expect(g.isEcho("S", [A])).toBe(true);
    g.end(w, true);
    t = 5900;
    expect(g.isEcho("S", [A])).toBe(true);
    t = 6001;
    expect(g.isEcho("S", [A])).toBe(false);
  });

  test("a user edit that only overlaps our write, or is on another sheet, is not swallowed", () => {
    const g = new OwnWrites(() => 0, 1000);
    g.begin("S", A);
    expect(g.isEcho("S", [{ top: 0, left: 0, bottom: 1048575, right: 4 }])).toBe(false); // whole columns
    expect(g.isEcho("S", [{ top: 30, left: 4, bottom: 31, right: 4 }])).toBe(false);
    expect(g.isEcho("T", [{ top: 12, left: 1, bottom: 12, right: 1 }])).toBe(false);
    expect(g.isEcho("S", [])).toBe(false);
  });

  test("a failed write leaves no window", () => {
    const g = new OwnWrites(() => 0, 1000);
    g.end(g.begin("S", A), false);
    expect(g.isEcho("S", [A])).toBe(false);
  });

  test("closed windows are dropped when the next write begins, so nothing accumulates without change events", () => {
    let t = 0;
    const g = new OwnWrites(() => t, 10);
    for (let i = 0; i < 100; i++) {
      g.end(g.begin("S", A), true);
      t += 100;
    }
    expect(g.size).toBe(1);
  });
});
