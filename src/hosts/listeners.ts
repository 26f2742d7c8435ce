// The callbacks subscribed to one host event (change, activation, selection), shared by the Excel and WPS adapters.

export type Listener<T> = (e: T) => void;

export class Listeners<T> {
  private readonly set = new Set<Listener<T>>();

  /** @param onError where a throwing callback's error goes: one faulty listener must not starve the others */
  constructor(private readonly onError: (e: unknown) => void) {}

  get size(): number {
    return this.set.size;
  }

  /** Adds `cb`; returns the function that removes it (HostAdapter's on* contract). */
  add(cb: Listener<T>): () => void {
    this.set.add(cb);
    return () => {
      this.set.delete(cb);
    };
  }

  /** Calls every listener with `e`; a snapshot, so a listener may unsubscribe itself while being called. */
  emit(e: T): void {
    for (const cb of [...this.set]) {
      try {
        cb(e);
      } catch (err) {
        this.onError(err);
      }
    }
  }
}
