// Runs the built CLI in this process, exactly as its executable does, and prints its peak memory (resident set, all
// threads) to stderr at exit. Usage: node bench/measure.js <wpsplan arguments…>
await import('../dist/bin.js');
process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`);
