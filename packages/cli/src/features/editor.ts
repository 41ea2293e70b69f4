// The `editor` feature's commands and build output (owned by its feature; registered by program.ts and build-outputs.ts).
import type { Command } from 'commander';
import type { BuildOutput } from '../commands/build-outputs.js';

/** Adds this feature's commands to the program. */
export function register(_program: Command): void {}

/** This feature's step in `sop build`, if it has one. */
export const buildOutput: BuildOutput | undefined = undefined;
