// Preloaded into a benchmarked child process (node --import): reports its peak resident memory
// when it exits. Plain JavaScript, so that the built command line runs under plain node.

process.on("exit", () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
