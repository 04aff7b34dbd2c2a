/**
 * Session 24 (room agnew): the agent differential on the session's fresh development material (incidents dev-v25,
 * paraphrases dev-v17; docs/agent-differential.md §7.00048-agnew). Each rule with the sentences it must read and the near
 * misses it must not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe } from 'vitest';
import { misses, reads } from './helpers/agent-probe.js';

describe('the match smell told as someone striking matches, the taste of a match, the Maghrebi الوقيد (odour_rotten_eggs)', () => {
  reads([
    ['It smelled like somebody had just struck a box of matches.', 'odour_rotten_eggs'],
    ['The haze tasted as if someone had lit a match in your mouth.', 'odour_rotten_eggs'],
    ['The whole street stank as though a dozen matches had been struck at once.', 'odour_rotten_eggs'],
    ['Во рту вкус горелой спички, дышать тяжело.', 'odour_rotten_eggs'],
    ['Был привкус жжёной спички на языке.', 'odour_rotten_eggs'],
    ['كانت ريحة الوقيد في كل الحومة.', 'odour_rotten_eggs'],
    ['شمينا ريحة كيما الوقيد.', 'odour_rotten_eggs'],
  ]);
  misses([
    ['It smelled like the stew when he lit the matches.', 'odour_rotten_eggs'],
    ['It smelled like bacon and then he lit a match.', 'odour_rotten_eggs'],
    ['He smelled like smoke, struck a match and lit the stove.', 'odour_rotten_eggs'],
    ['She struck a match and the kitchen smelled like bread.', 'odour_rotten_eggs'],
    ['Он зажёг спичку, во рту вкус чая.', 'odour_rotten_eggs'],
    ['Вкус у супа был странный, потом он взял спички.', 'odour_rotten_eggs'],
    ['اشترينا الوقيد من الحانوت.', 'odour_rotten_eggs'],
  ]);
});
