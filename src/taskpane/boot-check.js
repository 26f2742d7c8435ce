/* Inlined into taskpane.html and preview.html before the bundle (webpack.config.js). ES5 on purpose: it must
 * run in webviews too old to parse the ES2017 bundle (EdgeHTML, old WPS builds) and say so in Chinese instead of
 * leaving a blank pane. The bundle sets window.__PTC_BOOTED__ once it runs; it stops when __PTC_TOO_OLD__ is set.
 * What the bundle needs and cannot polyfill is probed here: ES2017 syntax (async functions, via the Function
 * constructor so this file still parses), ES2015 built-ins and the regular-expression `u` flag. Newer library
 * functions (matchAll, flat, fromEntries, …) are installed by src/taskpane/polyfills.ts, and the core keeps its
 * regular expressions ES2017 (src/core/regex.ts), so EdgeHTML (Edge 18) passes. */
(function (w, d) {
  var TOO_OLD =
    "当前 Office/WPS 版本过旧，任务窗格无法运行。请在 Windows 10 或更高版本上使用 Office 2019 及以上版本（或 Microsoft 365），或升级 WPS Office 到最新版本后重新打开。";
  var FAILED = "任务窗格加载失败。请关闭后重新打开；如果一直出现，请把下面的信息发给管理员。";
  var missing = [];
  function probe(name, test) {
    try {
      if (!test()) missing.push(name);
    } catch (e) {
      missing.push(name);
    }
  }
  probe("Promise", function () { return typeof w.Promise === "function"; });
  probe("Map/Set/Symbol", function () { return typeof w.Map === "function" && typeof w.Set === "function" && typeof w.Symbol === "function"; });
  probe("async/await", function () { return typeof new w.Function("return async function () { await 0; }")() === "function"; });
  probe("RegExp u flag", function () { return new w.RegExp("^[\\u{20000}-\\u{2a6df}]$", "u").test("\ud840\udc00"); });
  probe("Object.entries", function () { return typeof w.Object.entries === "function"; });
  probe("CSS custom properties", function () { return !!(w.CSS && w.CSS.supports && w.CSS.supports("--a", "0")); });

  function show(text, detail) {
    var box = d.getElementById("boot-message");
    if (!box) return;
    box.className = "boot boot-error";
    box.setAttribute("role", "alert");
    box.textContent = text;
    if (detail) {
      var small = d.createElement("div");
      small.className = "boot-detail";
      small.textContent = detail;
      box.appendChild(small);
    }
  }
  w.__PTC_SHOW_BOOT_ERROR__ = show;

  if (missing.length > 0) {
    w.__PTC_TOO_OLD__ = missing;
    var render = function () { show(TOO_OLD, "缺少：" + missing.join("、")); };
    if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", render);
    else render();
    return;
  }
  // a script error before the bundle has booted (e.g. it could not be parsed): never a blank pane
  w.addEventListener("error", function (e) {
    if (w.__PTC_BOOTED__) return;
    show(FAILED, (e && e.message) || "script error");
  });
  // the bundle did not arrive (network, blocked file): say so rather than spin forever
  w.setTimeout(function () {
    if (!w.__PTC_BOOTED__) show(FAILED, "timeout");
  }, 30000);
})(window, document);
