/**
 * The knowledge files the program reads, each with its schema (docs/architecture.md, "Knowledge files"). Pure:
 * which file holds what and how it is checked; reading, caching and writing them is the knowledge adapter's
 * work (src/adapters/knowledge/knowledge-files.ts), which use cases reach through the `KnowledgeFiles` port.
 */
import type { z } from 'zod';
import { AgentKbFile } from './agents/agent-kb.js';
import { HpoTermsFile, LayTermsFile } from './agents/agent-terms.js';
import { MunitionKbFile } from './munitions/munition-kb.js';
import { CustodyWeightsFile } from './custody/custody-weights.js';
import { BaselineEventsFile, BaselineTableFile, OutletsFile } from './narrative/narrative-knowledge.js';
import { ClaimPartiesFile } from './narrative/claim-parties.js';
import { WordLayerFileSchema } from './agents/word-layer-file.js';

/** Every knowledge file, with its schema: a file not listed here is not knowledge the program reads. */
export const KNOWLEDGE_FILES = {
  'agents.yaml': AgentKbFile,
  'agent-terms.yaml': LayTermsFile,
  'hpo-terms.yaml': HpoTermsFile,
  'munitions.yaml': MunitionKbFile,
  'custody-weights.yaml': CustodyWeightsFile,
  'outlets.yaml': OutletsFile,
  'narrative-baseline-events.yaml': BaselineEventsFile,
  'narrative-baselines.json': BaselineTableFile,
  'claim-parties.yaml': ClaimPartiesFile,
  'agent-word-layer.json': WordLayerFileSchema,
} as const;
export type KnowledgeName = keyof typeof KNOWLEDGE_FILES;
export type KnowledgeOf<N extends KnowledgeName> = z.infer<(typeof KNOWLEDGE_FILES)[N]>;
