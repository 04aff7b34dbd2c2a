/**
 * Scoring `assay claims` against the hand-labelled set (eval/claims/README.md): per slot, accuracy over all
 * items (null counts as a value: saying "no one is blamed" right is right) and, for each non-null value,
 * precision and recall. Pure: the caller reads the files.
 */
import { readClaims, type ClaimLexicon, type ItemClaims } from './claim-slots.js';

export interface LabelledItem {
  id: string;
  language: string;
  text: string;
  labels: { blamed: string | null; agent: string | null; staged: boolean | null; prepared: boolean; voice: string };
}

export interface SlotScore {
  accuracy: number;
  n: number;
  /** per value: precision, recall and support (labelled count) */
  values: Record<string, { precision: number | null; recall: number | null; support: number; predicted: number }>;
}

const SLOTS = ['blamed', 'staged', 'prepared', 'agent', 'voice'] as const;
type SlotName = (typeof SLOTS)[number];

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function predicted(c: ItemClaims, slot: SlotName): string {
  const v = slot === 'voice' ? c.voice : c.claims[slot];
  return v === null ? 'null' : String(v);
}

/** Scores every slot; `misses` lists the items read wrong, per slot (for tuning on dev). */
export function scoreClaims(items: LabelledItem[], lexicon?: ClaimLexicon): {
  items: number;
  slots: Record<SlotName, SlotScore>;
  misses: Record<SlotName, { id: string; want: string; got: string; text: string }[]>;
  /** per slot, whether each item (in the order given) was read right: for intervals that resample items or events */
  correct: Record<SlotName, boolean[]>;
  /** per slot, each item's reading as compared ('null' for none) */
  got: Record<SlotName, string[]>;
} {
  const slots = {} as Record<SlotName, SlotScore>;
  const misses = {} as Record<SlotName, { id: string; want: string; got: string; text: string }[]>;
  const correct = {} as Record<SlotName, boolean[]>;
  const gotAll = {} as Record<SlotName, string[]>;
  const read = items.map((it) => readClaims(it.text, lexicon));
  for (const slot of SLOTS) {
    let right = 0;
    const tp = new Map<string, number>();
    const pred = new Map<string, number>();
    const gold = new Map<string, number>();
    misses[slot] = [];
    const readRight = (correct[slot] = new Array<boolean>(items.length));
    const readGot = (gotAll[slot] = new Array<string>(items.length));
    items.forEach((it, i) => {
      const want = it.labels[slot] === null ? 'null' : String(it.labels[slot]);
      const got = predicted(read[i], slot);
      readRight[i] = want === got;
      readGot[i] = got;
      gold.set(want, (gold.get(want) ?? 0) + 1);
      pred.set(got, (pred.get(got) ?? 0) + 1);
      if (want === got) {
        right++;
        tp.set(want, (tp.get(want) ?? 0) + 1);
      } else misses[slot].push({ id: it.id, want, got, text: it.text.slice(0, 200) });
    });
    const values: SlotScore['values'] = {};
    for (const v of new Set([...gold.keys(), ...pred.keys()])) {
      if (v === 'null' || (slot === 'prepared' && v === 'false')) continue;
      const t = tp.get(v) ?? 0;
      const p = pred.get(v) ?? 0;
      const g = gold.get(v) ?? 0;
      values[v] = { precision: p ? r3(t / p) : null, recall: g ? r3(t / g) : null, support: g, predicted: p };
    }
    slots[slot] = { accuracy: r3(right / items.length), n: items.length, values };
  }
  return { items: items.length, slots, misses, correct, got: gotAll };
}
