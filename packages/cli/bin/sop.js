#!/usr/bin/env node
// The installed `sop` binary: the bundled CLI built by scripts/bundle-cli.mjs (run on pnpm install and before tests).
// Note: V8's on-disk compile cache (Node 22.1+) saves most of the start-up cost of parsing the bundle.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/sop.js');
