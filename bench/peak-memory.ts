// Preloaded into a benchmarked child process: reports its peak resident memory when it exits.

process.on("exit", () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
