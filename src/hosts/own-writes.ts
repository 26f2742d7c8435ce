// The re-entrancy guard both adapters use where the host cannot tell our writes from the user's (Excel below
// ExcelApi 1.14, WPS): cells the add-in is writing, or wrote a moment ago, whose change events are our own echo.
import type { Area } from "../core/grid";

interface Entry {
  readonly sheet: string;
  readonly area: Area;
  until: number;
}

/** What begin() returns and end() closes. */
export type OwnWrite = Entry;

function contains(outer: Area, inner: Area): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}

export class OwnWrites {
  private readonly entries: Entry[] = [];

  /** @param graceMs how long after a write its change events are still taken as ours (hosts report late) */
  constructor(
    private readonly now: () => number,
    private readonly graceMs: number,
  ) {}

  /** Opens a window on `area`: change events inside it are ours until end() plus the grace time. */
  begin(sheet: string, area: Area): OwnWrite {
    this.prune();
    const w: Entry = { sheet, area, until: Number.POSITIVE_INFINITY };
    this.entries.push(w);
    return w;
  }

  /** Closes the window. A failed write keeps none: an echo of its partial changes costs one re-check, a swallowed
   * user edit costs a missed finding. */
  end(w: OwnWrite, ok: boolean): void {
    w.until = ok ? this.now() + this.graceMs : Number.NEGATIVE_INFINITY;
  }

  /** True when every changed area lies inside one of our open windows; a user edit that only overlaps one is not. */
  isEcho(sheet: string, areas: ReadonlyArray<Area>): boolean {
    this.prune();
    return areas.length > 0 && areas.every((a) => this.entries.some((w) => w.sheet === sheet && contains(w.area, a)));
  }

  /** Open windows (tests: nothing accumulates). */
  get size(): number {
    return this.entries.length;
  }

  private prune(): void {
    const now = this.now();
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const w = this.entries[i];
      if (w && w.until < now) this.entries.splice(i, 1);
    }
  }
}
