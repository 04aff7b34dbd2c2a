/**
 * The composition of engines: importing this module registers every engine's finding provider.
 * Each engine adds one import line here (and nowhere else in app code that the assessment reads).
 */
import './narrative.js';
import './evidence.js'; // custody: evidence-locker import/export hooks and item-integrity findings (custody.ts)
import './agents.js'; // agent differential and munition compatibility findings
export {};
