/* Inlined into taskpane.html and preview.html before the bundle (webpack.config.js). ES5 like the bundle itself, and
 * written so that even an older engine parses it: it must say in Chinese that the webview is too old instead of
 * leaving a blank pane. The bundle sets window.__PTC_BOOTED__ once it runs; it stops when __PTC_TOO_OLD__ is set.
 * The bundle is ES5 with core-js polyfills (scripts/lib/browser-build.js), so Internet Explorer 11 runs it; only what
 * neither babel nor a polyfill can supply is probed here: an ES5 engine (IE9+ document modes: accessors on ordinary
 * objects, strict mode, JSON, Object.create, Function.prototype.bind) and the DOM the pane uses (addEventListener,
 * querySelector, classList: IE10+). Office runs IE11 in the document mode the page asks for (X-UA-Compatible IE=Edge);
 * what fails here is an IE older than 11 (Windows 7 with IE9/10) or a page forced into an old document mode. */
(function (w, d) {
  var TOO_OLD =
    "当前 Office/WPS 版本过旧，任务窗格无法运行（需要 Internet Explorer 11 或更新的浏览器内核）。请把 Windows 中的 Internet Explorer 升级到 11，或使用 Microsoft 365 / Office 2021 及以上版本，或升级 WPS Office 到最新版本后重新打开。";
  var FAILED = "任务窗格加载失败。请关闭后重新打开；如果一直出现，请把下面的信息发给管理员。";
  var missing = [];
  function probe(name, test) {
    try {
      if (!test()) missing.push(name);
    } catch (e) {
      missing.push(name);
    }
  }
  probe("ES5", function () {
    var o = {};
    Object.defineProperty(o, "x", {
      get: function () {
        return 1;
      },
      enumerable: false,
      configurable: true,
    });
    var strict = (function () {
      "use strict";
      return this === undefined;
    })();
    return (
      o.x === 1 &&
      strict &&
      typeof w.JSON === "object" &&
      w.JSON !== null &&
      typeof w.JSON.parse === "function" &&
      typeof Object.create === "function" &&
      typeof Function.prototype.bind === "function" &&
      typeof Array.prototype.forEach === "function"
    );
  });
  probe("DOM", function () {
    return (
      typeof d.addEventListener === "function" &&
      typeof d.querySelector === "function" &&
      "classList" in d.createElement("div")
    );
  });

  // textContent is IE9+: the message must reach an IE8 document mode too
  function setText(e, text) {
    if ("textContent" in e) e.textContent = text;
    else e.innerText = text;
  }
  function show(text, detail) {
    var box = d.getElementById("boot-message");
    if (!box) return;
    box.className = "boot boot-error";
    box.setAttribute("role", "alert");
    setText(box, text);
    if (detail) {
      var small = d.createElement("div");
      small.className = "boot-detail";
      setText(small, detail);
      box.appendChild(small);
    }
  }
  w.__PTC_SHOW_BOOT_ERROR__ = show;

  if (missing.length > 0) {
    w.__PTC_TOO_OLD__ = missing;
    var render = function () {
      show(TOO_OLD, "缺少：" + missing.join("、"));
    };
    if (d.readyState === "loading" && d.addEventListener) d.addEventListener("DOMContentLoaded", render);
    else if (d.readyState === "loading" && w.attachEvent) w.attachEvent("onload", render);
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
