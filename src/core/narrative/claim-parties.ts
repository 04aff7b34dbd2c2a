/**
 * The schema of knowledge/claim-parties.yaml: named people and organisations the claim reader counts as a party
 * (a head of state, minister, service, armed group or its leader stands for the side it serves), each with the
 * role that makes the mapping and a source for it, and its spellings in English, Russian and Arabic as lexicon
 * patterns (claim-slots.ts, `claimLexicon`). Pure: the knowledge adapter reads and validates the file.
 */
import { z } from 'zod';

const PARTY = z.enum(['opposition', 'white-helmets', 'government', 'russia', 'west', 'ukraine', 'other']);
const Pattern = z
  .string()
  .min(2)
  .refine((p) => p === p.toLowerCase(), 'a spelling is lower case (the reader matches lower-cased text)')
  .refine((p) => !p.startsWith('*') && !p.includes('**'), 'a "*" follows the letters of a stem (it matches any further letters)');

export const ClaimPartiesFile = z.object({
  version: z.literal(1),
  entries: z
    .array(
      z.strictObject({
        name: z.string().min(2),
        party: PARTY,
        /**
         * (s28 clparty) `state`: a state's names and adjectives (the generated block, eval/claims/gen-claim-states.ts), read
         * as the built-in lexicon's states are: an actor only where the reader's grammar makes it one (the subject of a
         * deed, the accused, the owner of a force or police named with it), else a place, a victim or a speaker. Default
         * `party`: a name that always stands for its party
         */
        kind: z.enum(['party', 'state']).default('party'),
        /** the office or role (in 2013-2019) that ties the name to its party */
        role: z.string().min(3),
        /** URL backing the role */
        source: z.string().regex(/^https?:\/\/\S+$/, 'every entry carries the URL of its source'),
        en: z.array(Pattern).min(1),
        ru: z.array(Pattern).default([]),
        ar: z.array(Pattern).default([]),
      }),
    )
    .min(1),
});
export type ClaimPartiesFile = z.infer<typeof ClaimPartiesFile>;
