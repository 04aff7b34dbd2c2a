/**
 * The DISARM techniques assay attaches to information-operation hypotheses, with the framework's own STIX
 * ids, names and tactics so exports merge with DISARM in OpenCTI/MISP. Source: DISARMFoundation/
 * DISARMframeworks commit 49df5f649e16dfbf11e3859913c256c875c02692, generated_files/DISARM_STIX/DISARM.json
 * (CC BY-SA 4.0); a test checks every row against that file. Why each applies: docs/assessment.md and `why`.
 * Which ones apply is judgment: true (an analytic choice, justified per row).
 */
export interface DisarmTechnique {
  external_id: string;
  name: string;
  stix_id: string;
  tactic: string;
  created: string;
  url: string;
  /** which hypotheses it describes */
  applies: 'pre-scripted' | 'pre-scripted-no-agent';
  why: string;
}

const url = (id: string) => `https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/${id}.md`;

export const DISARM_COMMIT = '49df5f649e16dfbf11e3859913c256c875c02692';

export const DISARM_TECHNIQUES: readonly DisarmTechnique[] = [
  { external_id: 'T0068', name: 'Respond to Breaking News Event or Active Crisis', stix_id: 'attack-pattern--b2a7561a-28ad-426c-a249-f415b5f11cee', tactic: 'develop-narratives', created: '2024-11-22T16:43:58.09395Z', url: url('T0068'), applies: 'pre-scripted', why: 'a pre-scripted story is launched into the confusion of the first hours after an alleged attack' },
  { external_id: 'T0129.010', name: 'Misattribute Activity', stix_id: 'attack-pattern--dd415f9d-ce3a-44c6-9237-f8ceeb52a6a3', tactic: 'persist-in-the-information-environment', created: '2024-11-22T16:43:58.203878Z', url: url('T0129.010'), applies: 'pre-scripted', why: 'the story blames a party other than the one that acted (false flag)' },
  { external_id: 'T0002', name: 'Facilitate State Propaganda', stix_id: 'attack-pattern--70717452-f7e3-4ce8-956f-39a4d34c5cfb', tactic: 'plan-objectives', created: '2024-11-22T16:43:58.079782Z', url: url('T0002'), applies: 'pre-scripted', why: 'a prepared story is carried first by state and state-affiliated outlets' },
  { external_id: 'T0003', name: 'Leverage Existing Narratives', stix_id: 'attack-pattern--9cf02828-bd4c-4b04-a9f0-bb67ec3b0493', tactic: 'develop-narratives', created: '2024-11-22T16:43:58.080661Z', url: url('T0003'), applies: 'pre-scripted', why: 'it reuses the standing "chemical provocation" narrative announced before past incidents (DISARM I00049)' },
  { external_id: 'T0118', name: 'Amplify Existing Narrative', stix_id: 'attack-pattern--836e9eef-b446-4f68-805f-0f10116d6e7f', tactic: 'maximise-exposure', created: '2024-11-22T16:43:58.159747Z', url: url('T0118'), applies: 'pre-scripted', why: 'outlets converge on one account faster than an organic story would (narrative convergence)' },
  { external_id: 'T0023.001', name: 'Reframe Context', stix_id: 'attack-pattern--032f24c1-bc1d-457a-8f43-6c5fc416f733', tactic: 'develop-content', created: '2024-11-22T16:43:58.087209Z', url: url('T0023.001'), applies: 'pre-scripted-no-agent', why: 'conventional shelling or an ordinary event is framed as a chemical attack' },
];

/** Techniques for a hypothesis: none unless it posits a pre-scripted story. */
export function techniquesFor(h: { story: string; agent: string }): DisarmTechnique[] {
  if (h.story !== 'pre-scripted') return [];
  return DISARM_TECHNIQUES.filter((t) => t.applies === 'pre-scripted' || (t.applies === 'pre-scripted-no-agent' && h.agent === 'none'));
}
