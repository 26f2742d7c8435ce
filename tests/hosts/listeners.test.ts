import { Listeners } from "../../src/hosts/listeners";

describe("Listeners", () => {
  test("emit reaches every listener; the returned function unsubscribes", () => {
    const errors: unknown[] = [];
    const l = new Listeners<number>((e) => errors.push(e));
    const seen: string[] = [];
    const offA = l.add((n) => seen.push(`a${n}`));
    l.add((n) => seen.push(`b${n}`));
    l.emit(1);
    offA();
    l.emit(2);
    expect(seen).toEqual(["a1", "b1", "b2"]);
    expect(l.size).toBe(1);
    expect(errors).toEqual([]);
  });

  test("a throwing listener goes to onError and the others still run", () => {
    const errors: unknown[] = [];
    const l = new Listeners<string>((e) => errors.push(e));
    const seen: string[] = [];
    l.add(() => {
      throw new Error("boom");
    });
    l.add((s) => seen.push(s));
    l.emit("x");
    expect(seen).toEqual(["x"]);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain("boom");
  });

  test("a listener that unsubscribes itself while called does not disturb this emit", () => {
    const l = new Listeners<number>(() => undefined);
    const seen: string[] = [];
    const off = l.add(() => {
      seen.push("self");
      off();
    });
    l.add(() => seen.push("other"));
    l.emit(0);
    l.emit(0);
    expect(seen).toEqual(["self", "other", "other"]);
  });
});
