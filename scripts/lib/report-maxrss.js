// Preloaded by the CLI benchmark (node --require): writes the process's peak RSS in KB (worker threads included,
// they share the process) and its CPU time to $PTCHECK_BENCH_RSS when it exits.
"use strict";
process.on("exit", () => {
  const file = process.env.PTCHECK_BENCH_RSS;
  const u = process.resourceUsage();
  // "maxRSS_KB cpu_ms": CPU time shows the work done, whatever else the machine is running
  if (file) require("fs").writeFileSync(file, `${u.maxRSS} ${((u.userCPUTime + u.systemCPUTime) / 1000).toFixed(0)}`);
});
