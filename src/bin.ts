#!/usr/bin/env node
// The wpsplan executable: runs the command line in the real environment.
import { main } from './cli.js';
import { nodeEnv } from './env.js';
import { tuneJit } from './jit.js';

tuneJit();

process.exitCode = await main(process.argv.slice(2), nodeEnv());
