/**
 * The knowledge files as the use cases see them (docs/architecture.md "Knowledge files"). The default adapter
 * is src/adapters/knowledge/knowledge-files.ts; the workspace module picks it. So far the port carries what
 * keys kept results; the engines' loaders still call the adapter directly (the architecture test lists them).
 */
export interface KnowledgeFiles {
  /** every knowledge file's path (relative to the knowledge folder) and bytes, in a stable order */
  bytes(): { rel: string; bytes: Buffer }[];
}
