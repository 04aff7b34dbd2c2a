/**
 * Session 29 (room fixrev): the review's findings on delivery_helicopter's guard (knowledge/agents.yaml delivery_helicopter;
 * feature-lexicon.ts) and on eval/agents/context-census.ts (docs/agent-differential.md §7.00056-review). Every sentence is the
 * engineer's own; none is taken from an evaluation item.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';
import { cellLines, HOLD_MIN_CELL } from '../eval/agents/census-cells.js';

describe('delivery_helicopter: guard words are whole words; naming the injured or rescuers does not drop the attack', () => {
  reads([
    // 'aid' inside said / raid / paid
    ['Regime helicopters dropped toxic gas on the town, activists said.', 'delivery_helicopter'],
    ['Regime helicopters targeted the town with toxic gas in a night raid.', 'delivery_helicopter'],
    // the injured or rescuers named in the sentence
    ['At least 20 people were injured after regime helicopters dropped toxic gas on the town.', 'delivery_helicopter'],
    ['Rescuers said regime helicopters targeted the neighbourhood with chlorine.', 'delivery_helicopter'],
    ['Dozens of wounded civilians were treated after helicopters attacked the village with gas.', 'delivery_helicopter'],
    // Russian: вода inside завода, раненых / пострадавших named
    ['Вертолёты режима нанесли удар по территории завода, люди задыхались.', 'delivery_helicopter'],
    ['Десятки раненых поступили в больницу после того, как вертолёты режима сбросили газ.', 'delivery_helicopter'],
    ['Спасатели сообщили, что вертолёт атаковал деревню хлором.', 'delivery_helicopter'],
  ]);
  misses([
    // a casualty or rescue flight (near misses)
    ['A helicopter carried the injured to the hospital after the gas leak.', 'delivery_helicopter'],
    ['A rescue helicopter dropped supplies near the village.', 'delivery_helicopter'],
    ['A medical helicopter took the wounded from the plant after the chlorine release.', 'delivery_helicopter'],
    ['Regime helicopters dropped aid parcels over the besieged town.', 'delivery_helicopter'],
    ['Вертолёт доставил раненых в областную больницу.', 'delivery_helicopter'],
    ['Вертолёт МЧС сбросил воду на горящий склад завода.', 'delivery_helicopter'],
    ['Правительственные вертолёты сбросили гуманитарную помощь.', 'delivery_helicopter'],
  ]);
});

describe('context-census: hold parts in aggregate only; unknown options refused', () => {
  it('a hold cell of fewer than 3 items is not printed, only a suppressed total', () => {
    const cells = new Map<string, [number, number]>([['chlorine | delivery_helicopter', [5, 4]], ['sarin | (nothing)', [1, 0]], ['none | delivery_shell_rocket', [2, 2]]]);
    const hold = cellLines(cells, true).join('\n');
    expect(hold).toContain('chlorine | delivery_helicopter');
    expect(hold).not.toContain('sarin');
    expect(hold).not.toContain('delivery_shell_rocket');
    expect(hold).toContain(`3 accounts in 2 cells of fewer than ${HOLD_MIN_CELL}`);
    expect(cellLines(cells, false).join('\n')).toContain('sarin | (nothing)');
  });
  it('an unknown option exits 2 with a usage message naming it', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'eval/agents/context-census.ts', '--hodl'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--hodl');
    expect(r.stderr).toContain('usage');
  });
});
