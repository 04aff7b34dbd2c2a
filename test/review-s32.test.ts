/**
 * Session 32 (room review): defects found by a code review of session 31's changes (docs/agent-differential.md
 * §7.00059-review, docs/narrative.md 'Session 32 (review)'). Sentences written for this test, none taken from an evaluation
 * file: each defect's near miss, with the positive its rule was written for, which must still read.
 */
import { describe, expect, it } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';
import { sceneHits } from '../src/core/agents/scene-grammar.js';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

describe('pain with white or grey skin (pain_beyond_skin): words that only look like pain', () => {
  misses([
    // RU бол* also began больница (hospital) and больше (more); сер* also серьёзно (seriously)
    ['В больнице ему перевязали руку, кожа была бледная.', 'pain_beyond_skin'],
    ['Больше всего пострадали пальцы, кожа стала серой.', 'pain_beyond_skin'],
    ['Палец ныл, кожа была серьёзно повреждена.', 'pain_beyond_skin'],
    // EN pain* also began painless and painted, ach* achieved
    ['The burn on her finger was painless and the skin looked white.', 'pain_beyond_skin'],
    ['He painted his hands and the skin looked white.', 'pain_beyond_skin'],
    ['They achieved nothing with the hand cream, the skin stayed pale.', 'pain_beyond_skin'],
  ]);
  reads([
    ['My fingertips were throbbing deep down and the skin had gone pale grey.', 'pain_beyond_skin'],
    ['Палец заболел, а кожа почти белая.', 'pain_beyond_skin'],
    ['Было очень больно, палец горел изнутри, а кожа стала серой.', 'pain_beyond_skin'],
    ['My finger was aching and the skin had gone white.', 'pain_beyond_skin'],
  ]);
});

describe('the gel and injections of a hydrofluoric burn (antidote_calcium): gunshots, a burning gel, a prayer, a prickling', () => {
  misses([
    // an incendiary's sticky burning gel and gunfire are no gel and shots
    ['A sticky burning gel fell on my hand, and then we heard shots.', 'antidote_calcium'],
    // عز وجل / جل جلاله (of God) are no gel
    ['ضربوني ابر بايدي والحمد لله عز وجل', 'antidote_calcium'],
    ['الله جل جلاله شاهد، ضربوا ابر بايده', 'antidote_calcium'],
    // «кололо» (it prickled), impersonal, is a sensation, not an injection
    ['Кололо в пальцах, руку мазали гелем.', 'antidote_calcium'],
  ]);
  reads([
    ['حطوا جل على ايده وضربوه ابرة بالإصبع', 'antidote_calcium'],
    ['The hospital soaked his hand in a gel and injected something into the finger.', 'antidote_calcium'],
    ['гель мазали и уколы в палец делали', 'antidote_calcium'],
    ['Палец мазали гелем и кололи уколы.', 'antidote_calcium'],
  ]);
});

// the extraction's folding of Arabic, as the scene grammar is given its text
const fold = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .toLowerCase();
const police = (t: string) => sceneHits(fold(t), { en: true, ru: true, ar: true }).filter((h) => h.feature === 'delivery_police_canister').length;

describe('الأمن as the police (scene grammar, s31 agpara): the Security Council after a preposition, security itself', () => {
  it('لمجلس / بمجلس الأمن and security kept, lost or national are no police', () => {
    expect(police('اشتكوا لمجلس الأمن لأنهم رموا غاز على البلدة')).toBe(0);
    expect(police('من أجل حفظ الأمن ألقى المسلحون الغاز على القرية')).toBe(0);
    expect(police('الأمن القومي في خطر بعد أن رموا الغاز على القرية')).toBe(0);
  });
  it('the security forces still are', () => {
    expect(police('الأمن رموا غاز على البلدة')).toBe(1);
    expect(police('إجا الأمن وضرب غاز')).toBe(1);
  });
});

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('the Arabic accusative nisba (s31 clblame): a particle or a plural verb before the country name is no accusative noun', () => {
  it('أما / بينما / ربما / اتهموا before روسيا leave Russia the doer or the accused', () => {
    expect(read('أما روسيا فقد قصفت المستشفى بالصواريخ ليلة أمس').blamed).toBe('russia');
    expect(read('بينما روسيا تقصف المدينة بالصواريخ، يموت المدنيون').blamed).toBe('russia');
    expect(read('ربما روسيا هي التي نفذت الهجوم على الجسر').blamed).toBe('russia');
    expect(read('اتهموا روسيا بتنفيذ الهجوم على الجسر').blamed).toBe('russia');
  });
  it('after an accusative object noun it is still the target', () => {
    expect(read('قصفت الطائرات الأوكرانية مطاراً روسياً في كورسك').blamed).toBe('ukraine');
  });
});

describe('a Russian subject counted by два/три after its verb (s31 clblame): not after a singular present', () => {
  it('a singular present verb of attack takes the counted noun as its object', () => {
    expect(read('Противник атакует два российских танка под Курском.').blamed).toBeNull();
    expect(read('Утром противник обстреливает три российских блиндажа.').blamed).toBeNull();
  });
  it('the plural verb still takes the counted noun as its subject', () => {
    expect(read('Ночью город атакуют три украинских дрона.').blamed).toBe('ukraine');
    expect(read('Ночью атаковали два украинских беспилотника.').blamed).toBe('ukraine');
  });
});

describe('withheld responsibility (s31 clresp) is the apologiser\'s, not another party\'s', () => {
  it('an apology stands when another party is the one said to withhold responsibility', () => {
    expect(read('Russia apologised for the strike on the hospital in Kharkiv. Ukraine, meanwhile, has not accepted responsibility for the attack on the bridge.').blamed).toBe('russia');
  });
  it('the apologiser\'s own withholding still blames no one', () => {
    expect(read('Russia apologised for the strike on the hospital in Kharkiv but did not accept responsibility.').blamed).toBeNull();
    expect(read('Russia apologised for the strike on the hospital in Kharkiv. However, it refrained from accepting responsibility.').blamed).toBeNull();
  });
});

describe('assay serve on a workspace that does not exist', () => {
  it('is refused with exit 2 naming the file, and no empty database is made', async () => {
    const { runCli } = await import('./helpers/cli.js');
    const { mkdtempSync, existsSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'assay-review-s32-'));
    const db = join(dir, 'typo.db');
    try {
      const r = await runCli(['--db', db, 'serve', '--port', '0', '--quiet']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${db}: no workspace database here`);
      expect(existsSync(db)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('assay verify --bundle with an option of the workspace\'s log', () => {
  it('is refused with exit 2 naming the option, not ignored', async () => {
    const { runCli } = await import('./helpers/cli.js');
    for (const [opt, args] of [
      ['--checkpoint', ['--checkpoint', 'partner.note']],
      ['--accept-witness', ['--accept-witness']],
      ['--no-blobs', ['--no-blobs']],
    ] as const) {
      const r = await runCli(['verify', '--bundle', 'bundle.json', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${opt}: ${opt} applies to this workspace's log`);
    }
  });
});

describe('isLoopback (the server\'s anonymous reads on a loopback bind)', () => {
  it('takes a whole loopback address, not a host name that begins with 127.', async () => {
    const { isLoopback } = await import('../src/http/auth.js');
    expect(isLoopback('127.0.0.1.example.com')).toBe(false);
    expect(isLoopback('127.attacker.example')).toBe(false);
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', 'localhost']) expect(isLoopback(a)).toBe(true);
    for (const a of ['0.0.0.0', '10.0.0.1', '::']) expect(isLoopback(a)).toBe(false);
  });
});
