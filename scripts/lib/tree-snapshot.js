// What a folder holds (relative path, size, modification time of every file), or null when it does not exist: the
// browser tests take one of dist-web/ and dist-wps/ before they build and compare after, to show they left a build
// someone made for a deployment alone.
"use strict";

const fs = require("fs");
const path = require("path");

function snapshotTree(dir) {
  if (!fs.existsSync(dir)) return null;
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = fs.statSync(p);
        out.push(`${path.relative(dir, p)} ${st.size} ${st.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort().join("\n");
}

module.exports = { snapshotTree };
