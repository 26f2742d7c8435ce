// The release tests (npm run test:release): they build release/ with scripts/package.js and install the ptcheck
// tarball with npm, minutes of CPU, so CI runs them once, apart from `npm test` (jest.config.js matches *.test.ts;
// these files are *.release.ts).
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = { ...base, testMatch: ["**/tests/release/**/*.release.ts"], testTimeout: 20 * 60 * 1000 };
