/* Inlined into taskpane.html and preview.html before the bundle (webpack.config.js). ES5 on purpose: it must
 * run in webviews too old to parse the ES2017 bundle (EdgeHTML, old WPS builds) and say so in Chinese instead of
 * leaving a blank pane. The bundle sets window.__PTC_BOOTED__ once it runs; it stops when __PTC_TOO_OLD__ is set.
 * The core's regular expressions use lookbehind and \p{…} (ES2018): an engine without them cannot even load the
 * bundle, so they are probed here with the RegExp constructor. */
(function (w, d) {
  var TOO_OLD =
    "当前 Office/WPS 版本过旧，任务窗格无法运行。请升级到 Microsoft 365 或 Office 2021 及以上版本，或升级 WPS Office 到最新版本后重新打开。";
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
  probe("String.prototype.matchAll", function () { return typeof w.String.prototype.matchAll === "function"; });
  probe("Array.prototype.flatMap", function () { return typeof w.Array.prototype.flatMap === "function"; });
  probe("Object.fromEntries", function () { return typeof w.Object.fromEntries === "function"; });
  probe("RegExp lookbehind", function () { return new w.RegExp("(?<!a)b").test("cb"); });
  probe("RegExp \\p{L}", function () { return new w.RegExp("\\p{L}", "u").test("\u5e74"); });
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
