/**
 * Knowledge files handed to a worker thread as data: the calling thread reads them through its `KnowledgeFiles`
 * port (parsed, validated, cached) and the worker answers the same port from the copy, so it compiles its engine's
 * knowledge base without loading the knowledge adapter, the YAML parser or the schemas again (about 1 s of CPU a
 * worker, measured in session 17: docs/agent-differential.md §7.00039-pool). Only the files listed are in the copy;
 * asking for another is a loud failure, never a silent "missing" (a loader that starts reading a new file must add
 * it to the list, or the worker would compile a different knowledge base).
 */
import { AssayError } from '../core/errors.js';
import type { KnowledgeName } from '../core/knowledge-files.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';

export interface KnowledgeSnapshot {
  paths: Partial<Record<KnowledgeName, string>>;
  files: { name: KnowledgeName; file: string; exists: boolean; label: string; version: string; data: unknown }[];
}

/** The listed files as the port reads them now (a missing optional file is recorded as missing). */
export function takeSnapshot(knowledge: KnowledgeFiles, list: [KnowledgeName, string][]): KnowledgeSnapshot {
  const paths: KnowledgeSnapshot['paths'] = {};
  for (const [name] of list) paths[name] = knowledge.path(name);
  return {
    paths,
    files: list.map(([name, file]) => {
      const exists = knowledge.exists(file);
      return { name, file, exists, label: knowledge.label(file), version: knowledge.version(file), data: exists ? knowledge.read(name, file) : null };
    }),
  };
}

/** The `KnowledgeFiles` port over a snapshot: reads from the copy, compiles once per file and `what`. */
export function snapshotKnowledge(s: KnowledgeSnapshot): KnowledgeFiles {
  const byFile = new Map(s.files.map((f) => [f.file, f]));
  const compiled = new Map<string, unknown>();
  const entry = (file: string) => {
    const f = byFile.get(file);
    if (!f) throw new AssayError('internal', `the worker's copy of the knowledge files has no ${file} (add it to the snapshot's list)`);
    return f;
  };
  const read = (name: KnowledgeName, file?: string) => {
    const f = entry(file ?? knowledge.path(name));
    if (!f.exists) throw new AssayError('internal', `cannot be read: no such knowledge file (${name})`, f.label);
    return f.data;
  };
  const knowledge: KnowledgeFiles = {
    path: (name) => {
      const p = s.paths[name];
      if (!p) throw new AssayError('internal', `the worker's copy of the knowledge files has no ${name}`);
      return p;
    },
    label: (file) => entry(file).label,
    exists: (file) => entry(file).exists,
    version: (file) => entry(file).version,
    read: read as KnowledgeFiles['read'],
    compiled: ((name: KnowledgeName, file: string, what: string, build: (data: unknown, label: string) => unknown) => {
      const key = `${file}\0${what}`;
      if (!compiled.has(key)) compiled.set(key, build(read(name, file), entry(file).label));
      return compiled.get(key);
    }) as KnowledgeFiles['compiled'],
    writeJson: () => {
      throw new AssayError('internal', "a worker's copy of the knowledge files is read-only");
    },
    bytes: () => {
      throw new AssayError('internal', "a worker's copy of the knowledge files holds only the files it was given");
    },
  };
  return knowledge;
}
