/**
 * The shapes the UI reads. Records are the case model's own types (z.infer of src/core/case/schemas.ts, the
 * schemas the API validates with), imported type-only so nothing of src/ is bundled; only the few response
 * shapes that exist nowhere else in src/ are written here.
 */
import type { Rating } from '../../src/core/hypotheses/ratings';
import type { RatingChangeRecord } from '../../src/core/hypotheses/rating-change';
import type {
  Affiliation,
  CaseBundle,
  EvidenceFile,
  Hypothesis,
  MatrixItem,
  MunitionObservation,
  Sample,
  Source,
  StoredReport,
  Testimony,
} from '../../src/core/case/schemas';
import type { CaseSummary } from '../../src/ports/case-store';
import type { KeyJudgment as AssessedJudgment } from '../../src/core/hypotheses/key-judgments';

export type { Affiliation, CaseSummary, EvidenceFile, Hypothesis, MatrixItem, Rating, Source, Testimony };
export type Munition = MunitionObservation;
export type { Sample };
/** GET /api/cases/:id: the case with everything in it, reports counted (src/app/cases.ts CaseView) */
export type CaseView = CaseBundle & { reports: { total: number } };
export type Report = StoredReport;
/** a key judgment of the assessment; the matrix-only view scored in the browser names no records */
export type KeyJudgment = Omit<AssessedJudgment, 'records'> & { records?: string[] };
export type { TimelineEvent } from '../../src/core/case/timeline-event';
/** a cell's logged change as GET /api/cases/:id/matrix/history lists it (the case id is the route's) */
export type RatingChange = Omit<RatingChangeRecord, 'case_id'>;
