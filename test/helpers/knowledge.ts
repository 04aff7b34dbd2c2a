/**
 * The package's knowledge files (knowledge/), read through the same adapter and cache the workspace hands to use cases
 * (src/app/workspace.ts `capabilities.knowledge` is this object). Tests that need only the knowledge import it here:
 * the composition root loads every adapter and engine (SQLite, PostgreSQL, NATS, PDF, the narrative reader, ...), about
 * 1-2 s of CPU per test file at collect time that a test of the agent engine or of an evaluation split never uses.
 */
import { fileKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';
import type { KnowledgeFiles } from '../../src/ports/knowledge.js';

export const packageKnowledge: KnowledgeFiles = fileKnowledge;
