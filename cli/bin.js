#!/usr/bin/env node
// The `hallmonitor` command: runs the TypeScript CLI through tsx, which is a runtime dependency.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
process.exitCode = await run(process.argv.slice(2));
