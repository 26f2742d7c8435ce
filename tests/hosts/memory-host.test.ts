import { MemoryHost } from "../../src/hosts/memory/memory-host";
import { hostContract } from "./contract";

hostContract("memory", (sheets) => {
  const host = new MemoryHost(sheets);
  return {
    host,
    edit: (s, r, c, t) => host.userEdit(s, r, c, t),
    text: (s, r, c) => host.getText(s, r, c),
    marks: (s) => host.visibleMarks(s),
    // the memory sheet stores values only; formatting is the values themselves
    userFormatting: (s) => JSON.stringify([...(host.sheets.get(s)?.cells ?? new Map()).entries()].sort()),
    activeSheet: () => host.active,
    selectedCell: () => host.selected,
  };
});
