/**
 * Session 22 (claims2): announced stagings and culprits outside the Syrian set; each rule beside near misses it must not
 * read. Sentences written for this test (none copied from a split).
 * 1. Arabic calques of "false flag operation" ("علم كاذب", "عملية زائفة / كاذبة / مخادعة", "عملية تمويه") name a staged
 *    event, as "الراية الكاذبة" does; a literal flag or an operation of another kind does not.
 * 2. The Arabic perfect of making ready ("أعدت", "جهّزت", "جهّزوا") with a staging or attack as its object announces it
 *    (prepared), its subject the one preparing; made-ready reports, hospitals or plans of another thing announce nothing.
 */
import { describe, expect, it } from 'vitest';
import { claimLexicon, readClaims } from '../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../src/adapters/knowledge/knowledge-files.js';

const lexicon = claimLexicon(readKnowledge('claim-parties.yaml'));
const read = (t: string) => readClaims(t, lexicon).claims;

describe('Arabic calques of a false flag operation', () => {
  it('reads a false flag, a false, deceptive or camouflage operation as a staging', () => {
    expect(read('حذرت كييف من أن موسكو تحضر لعملية علم كاذب في دونباس')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(read('تتهم أنقرة الأكراد بالتحضير لعملية تمويه على الحدود')).toMatchObject({ blamed: 'other', staged: true, prepared: true });
    expect(read('روسيا تحضر لعمليات العلم الكاذب في أوكرانيا')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
    expect(read('روسيا تحضر لعملية زائفة')).toMatchObject({ staged: true, prepared: true });
  });
  it('reads no staging from a literal flag or an operation of another kind', () => {
    expect(read('رفعت الجماهير العلم الكاذب في الملعب')).toMatchObject({ staged: null, prepared: false });
    expect(read('العلم الأمريكي رفع فوق السفارة')).toMatchObject({ staged: null, prepared: false });
    expect(read('العملية الجراحية كانت زائفة الوعود')).toMatchObject({ staged: null, prepared: false });
  });
});

describe('Arabic perfect of making ready', () => {
  it('announces a staging made ready, its subject preparing it', () => {
    expect(read('مسؤولون: إيران أعدت عملية زائفة في الخليج لاتهام واشنطن')).toMatchObject({ blamed: 'other', staged: true, prepared: true });
    expect(read('قال مسؤولون إن موسكو جهزت بالفعل عناصر للقيام بعملية مخادعة قرب الحدود')).toMatchObject({ blamed: 'russia', staged: true, prepared: true });
  });
  it('announces nothing when a report, a hospital or a plan of another thing is made ready', () => {
    expect(read('أعدت الوزارة تقريرا عن الهجوم الكيميائي')).toMatchObject({ prepared: false });
    expect(read('جهزت الحكومة مستشفيات لاستقبال المصابين')).toMatchObject({ prepared: false, staged: false });
    expect(read('أعدت اللجنة خطة لإعادة الإعمار')).toMatchObject({ prepared: false, staged: null });
  });
});
