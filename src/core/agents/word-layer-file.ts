/** The schema of knowledge/agent-word-layer.json (word-layer.ts): the fitted word-evidence table and its provenance. */
import { z } from 'zod';

export const WordLayerFileSchema = z.looseObject({
  about: z.string(),
  fitted: z.looseObject({
    command: z.string(),
    date: z.string(),
    cases: z.number().int().positive(),
    options: z.record(z.string(), z.unknown()),
    training: z.array(z.looseObject({ split: z.string(), part: z.string(), file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), cases: z.number().int().nonnegative() })),
  }),
  classes: z.array(z.string()).min(2),
  inputs: z.record(z.string(), z.array(z.number())),
});
