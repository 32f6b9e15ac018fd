// Runs the built CLI in this process and prints its peak memory (resident set, all threads) to stderr at exit.
// Usage: node bench/measure.js <wpsplan arguments…>
import { main } from '../dist/cli.js';
import { nodeEnv } from '../dist/env.js';

process.exitCode = await main(process.argv.slice(2), nodeEnv());
process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`);
