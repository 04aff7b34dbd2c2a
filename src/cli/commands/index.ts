import type { Command } from 'commander';
import { registerInit } from './init.js';
import { registerImport } from './import.js';
import { registerCases } from './cases.js';
import { registerExport } from './export.js';
import { registerDemo } from './demo.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerUsers } from './users.js';
import { registerHypotheses } from './hypotheses.js';
import { registerAssess } from './assess.js';
import { registerCustodyCommands } from './evidence.js';
import { registerNarrative } from './narrative.js';
import { registerClaims } from './claims.js';
import { registerAgents } from './agents.js';
import { registerWorker } from './worker.js';
import { registerConsequences } from './consequences.js';

/** Every CLI command, in the order `assay --help` lists them. Add a line here for a new command file. */
export function registerCommands(program: Command): void {
  registerInit(program);
  registerImport(program);
  registerCases(program);
  registerExport(program);
  registerDemo(program);
  registerSchema(program);
  registerServe(program);
  registerUsers(program);
  registerHypotheses(program);
  registerAssess(program);
  registerCustodyCommands(program);
  registerNarrative(program);
  registerClaims(program);
  registerAgents(program);
  registerWorker(program);
  registerConsequences(program);
}
