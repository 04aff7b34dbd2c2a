/**
 * The knowledge files as the use cases see them (docs/architecture.md "Knowledge files"): read, validated with
 * their schema (src/core/knowledge-files.ts) and cached per version of the file; what an engine compiles from
 * one kept with it. The default adapter is src/adapters/knowledge/knowledge-files.ts; the workspace module
 * picks it. `file` arguments name another copy of a file (an analyst's variant); the default is the package's.
 */
import type { KnowledgeName, KnowledgeOf } from '../core/knowledge-files.js';

export interface KnowledgeFiles {
  /** where the package's copy of a knowledge file is */
  path(name: KnowledgeName): string;
  /** a file as errors name it: `knowledge/agents.yaml` for the package's own, the path as given otherwise */
  label(file: string): string;
  /** whether a knowledge file exists (optional files, such as the term files beside an analyst's agent KB) */
  exists(file: string): boolean;
  /** the version of a file as the cache sees it ('' when missing) */
  version(file: string): string;
  /** a knowledge file, parsed and validated with its schema (read once per version of the file) */
  read<N extends KnowledgeName>(name: N, file?: string): KnowledgeOf<N>;
  /** what an engine compiles from a knowledge file, built once per version of the file and `what` */
  compiled<N extends KnowledgeName, T>(name: N, file: string, what: string, build: (data: KnowledgeOf<N>, label: string) => T): T;
  /** writes a derived knowledge file (JSON) after validating it; the next read sees the new version */
  writeJson(name: KnowledgeName, value: object, file?: string): void;
  /** every knowledge file's path (relative to the knowledge folder) and bytes, in a stable order: what keys kept results */
  bytes(): { rel: string; bytes: Buffer }[];
}
