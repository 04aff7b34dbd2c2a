/**
 * Session 28 (review): findings in what session 28 changed in the agent differential, each with the case that failed
 * before its fix. Sentences written for these tests, not taken from any evaluation split.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { packageKnowledge } from './helpers/knowledge.js';
import { compileAgentKb } from '../src/core/agents/agent-kb.js';

const raw = () => parse(fs.readFileSync(packageKnowledge.path('agents.yaml'), 'utf8'));

describe('review s28: a signature needs its group as one bit of an account (agent-differential.ts ReportEval.groups)', () => {
  it('a KB with signatures and more than 31 groups is refused, not read with the later groups silently dropped', () => {
    const data = raw();
    for (let i = 0; i < 32; i++) data.model.groups[`extra_${i}`] = { exclusive: true, salience: 0.5, judgment: 'a test group' };
    expect(() => compileAgentKb(data)).toThrow(/model\.groups/);
    // without signatures the groups are not kept as bits: the same KB is read
    delete data.model.signatures;
    expect(() => compileAgentKb(data)).not.toThrow();
  });
});
