// Tiny DOM helpers. Text goes in through textContent and attributes through setAttribute only: sheet content
// (project names, cell texts, messages quoting them) is never parsed as HTML anywhere in the pane or the preview.
import type { Severity } from "../core/rules/types";
import { SEVERITY_LABEL } from "./render-model";

type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;
type Child = Node | string | null | undefined | false;

/** `el("button", { class: "x", "aria-label": "校验" }, "校验")`: false/null attributes are left out. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, ...children);
  return e;
}

export function setAttrs(e: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) e.removeAttribute(k);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

export function clear(e: Element): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

const SVG_NS = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Attrs): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  setAttrs(e, attrs);
  return e;
}

/**
 * The severity icon: a red circle with ×, an amber triangle with !, a blue circle with i; labelled 错误/警告/提示
 * for screen readers, or hidden from them where the word is written next to it (`decorative`).
 */
export function severityIcon(s: Severity, decorative = false): SVGElement {
  const a11y = decorative ? { "aria-hidden": "true" } : { role: "img", "aria-label": SEVERITY_LABEL[s] };
  const root = svg("svg", {
    viewBox: "0 0 16 16",
    width: 16,
    height: 16,
    ...a11y,
    class: `sev-icon sev-${s}`,
    focusable: "false",
  });
  if (!decorative) {
    const title = svg("title", {});
    title.textContent = SEVERITY_LABEL[s];
    root.appendChild(title);
  }
  if (s === "error") {
    root.appendChild(svg("circle", { cx: 8, cy: 8, r: 7, fill: "#C50F1F" }));
    root.appendChild(
      svg("path", { d: "M5.5 5.5l5 5M10.5 5.5l-5 5", stroke: "#fff", "stroke-width": 1.6, "stroke-linecap": "round" }),
    );
  } else if (s === "warning") {
    root.appendChild(
      svg("path", {
        d: "M8 1.2l7 12.6H1z",
        fill: "#F7B500",
        stroke: "#BC4B09",
        "stroke-width": 0.8,
        "stroke-linejoin": "round",
      }),
    );
    root.appendChild(
      svg("path", { d: "M8 5.5v4.2", stroke: "#242424", "stroke-width": 1.6, "stroke-linecap": "round" }),
    );
    root.appendChild(svg("circle", { cx: 8, cy: 11.9, r: 0.95, fill: "#242424" }));
  } else {
    root.appendChild(svg("circle", { cx: 8, cy: 8, r: 7, fill: "#0F6CBD" }));
    root.appendChild(svg("circle", { cx: 8, cy: 4.9, r: 1, fill: "#fff" }));
    root.appendChild(svg("path", { d: "M8 7.3v4.6", stroke: "#fff", "stroke-width": 1.6, "stroke-linecap": "round" }));
  }
  return root;
}

/** Chevron for collapsible groups (rotated by CSS when collapsed). */
export function chevron(): SVGElement {
  const root = svg("svg", {
    viewBox: "0 0 16 16",
    width: 12,
    height: 12,
    "aria-hidden": "true",
    class: "chevron",
    focusable: "false",
  });
  root.appendChild(
    svg("path", {
      d: "M4 6l4 4 4-4",
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 1.6,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
    }),
  );
  return root;
}

/** Gear for the settings toggle. */
export function gear(): SVGElement {
  const root = svg("svg", { viewBox: "0 0 20 20", width: 16, height: 16, "aria-hidden": "true", focusable: "false" });
  root.appendChild(
    svg("path", {
      d: "M10 6.5a3.5 3.5 0 100 7 3.5 3.5 0 000-7zm0 1.3a2.2 2.2 0 110 4.4 2.2 2.2 0 010-4.4zM8.6 1.5h2.8l.4 2.1c.5.2 1 .5 1.4.8l2-.7 1.4 2.4-1.6 1.4a5.4 5.4 0 010 1.6l1.6 1.4-1.4 2.4-2-.7c-.4.3-.9.6-1.4.8l-.4 2.1H8.6l-.4-2.1c-.5-.2-1-.5-1.4-.8l-2 .7-1.4-2.4 1.6-1.4a5.4 5.4 0 010-1.6L3.4 6.1l1.4-2.4 2 .7c.4-.3.9-.6 1.4-.8z",
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 1.1,
      "stroke-linejoin": "round",
    }),
  );
  return root;
}
