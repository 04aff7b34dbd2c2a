/**
 * Session 23 (room agnew): the agent differential on the session's fresh development material (incidents dev-v24,
 * paraphrases dev-v16; docs/agent-differential.md §7.00046-agnew). Each rule with the sentences it must read and the near
 * misses it must not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, p, reads } from './helpers/agent-probe.js';

describe('a person hauled up out of a hold, a well or the water is a rescue, not old materiel hauled up (old_munition_found)', () => {
  reads([
    ['Trawlermen hauled up a corroded shell in their nets.', 'old_munition_found'],
    ['The crew hauled up a rusty drum with the morning catch.', 'old_munition_found'],
    ['They hauled a rusty shell up from the sea bed.', 'old_munition_found'],
    ['Fishermen hauled two old canisters up in the trawl.', 'old_munition_found'],
  ]);
  misses([
    ['The skipper hauled him up and laid him on the deck.', 'old_munition_found'],
    ['We hauled her up out of the manhole; she was not breathing.', 'old_munition_found'],
    ['The firemen hauled up the unconscious worker from the tank.', 'old_munition_found'],
    ['They hauled up the two men from the pit with a rope.', 'old_munition_found'],
    ['His mates hauled them up one by one.', 'old_munition_found'],
  ]);
  it('a rescue from a ship\'s hold with a sulphur smell stays an industrial gas, not mustard', () => {
    const t = 'A deckhand went down into the fish hold, which smelled of rotten eggs, and collapsed; the skipper hauled him up and he came round coughing.';
    expect(feats(t).old_munition_found).toBeFalsy();
    expect(p(t, 'blister')).toBeLessThan(0.1);
  });
});

describe('Russian акция as a protest event, only as a place one is at or takes part in (delivery_police_canister)', () => {
  reads([
    ['На акции бросили шашки, у всех слезились глаза.', 'delivery_police_canister'],
    ['На акции в центре кинули гранату с газом, люди кашляли.', 'delivery_police_canister'],
    ['Участников акции забросали шашками, глаза жгло.', 'delivery_police_canister'],
  ]);
  misses([
    ['Цены на акции газовых компаний упали, и у меня разболелась голова.', 'delivery_police_canister'],
    ['Акции газовой компании выросли, а у соседа прорвало газовую трубу.', 'delivery_police_canister'],
    ['На акции в магазине купили баллончик освежителя, в комнате закашлялись.', 'delivery_police_canister'],
  ]);
  it('a canister thrown at a rally with tearing and quick relief reads riot-control', () => {
    expect(p('На акции бросили шашки, глаза и нос текут, кашляли, через час всё ок.', 'riot-control')).toBeGreaterThan(0.6);
  });
});

describe('the spoken "all fine" after a time ends the signs, it does not time their onset (recovery_fresh_air, onset_delayed)', () => {
  it.each([
    'Глаза слезились, кашляли, через час всё ок.',
    'Щипало глаза, через полчаса всё нормально.',
    'Глаза жгло. Через час всё в порядке.',
    'Кашляли, минут через двадцать всё хорошо.',
  ])('RU: %s', (t) => {
    const f = feats(t);
    expect(f.recovery_fresh_air).toBe(true);
    expect(f.onset_delayed).toBeFalsy();
  });
  it.each([
    'عيونا دمعت وسعلنا، بعد ساعة صرنا مناح.',
    'كحة ودموع، وبعد نص ساعة صرنا تمام.',
    'عيوني حرقتني، بعد ساعة رجعت كويس.',
  ])('AR: %s', (t) => {
    const f = feats(t);
    expect(f.recovery_fresh_air).toBe(true);
    expect(f.onset_delayed).toBeFalsy();
  });
  it('near miss: "всё хорошо видно" is a view, not a relief', () => {
    const f = feats('Вскоре после взрыва, через час всё хорошо видно было с балкона.');
    expect(f.recovery_fresh_air).toBeFalsy();
  });
  it('near miss: fine for an hour, then a cough, is the interval', () => {
    const f = feats('Через час всё в порядке было, а потом начался кашель.');
    expect(f.recovery_fresh_air).toBeFalsy();
    expect(f.onset_delayed).toBe(true);
  });
  it('near miss: the next day\'s signs stay a delayed onset', () => {
    expect(feats('На следующий день пошли пузыри на руках.').onset_delayed).toBe(true);
    expect(feats('بعد ساعات ظهرت فقاعات على يديه.').onset_delayed).toBe(true);
  });
});

describe('the skin that peeled or sloughed off (delayed_blisters) and the Arabic skin that reddened (skin_rash_itching)', () => {
  reads([
    ['Two days later the skin on his arms peeled off.', 'delayed_blisters'],
    ['Her skin was peeling where the liquid had touched it.', 'delayed_blisters'],
    ['The nurses said the skin was sloughing on his back.', 'delayed_blisters'],
    ['На третий день кожа на руках слезала лоскутами.', 'delayed_blisters'],
    ['Потом сошла кожа с шеи.', 'delayed_blisters'],
    ['У него кожа облезла на груди.', 'delayed_blisters'],
    ['بعد يومين تقشر الجلد على ايديه.', 'delayed_blisters'],
    ['ومن بعد الجلد تقلع من صدره.', 'delayed_blisters'],
    ['انسلخ جلده من الرقبة.', 'delayed_blisters'],
    ['احمر جلده في المساء.', 'skin_rash_itching'],
    ['احمرت بشرتها حول الرقبة.', 'skin_rash_itching'],
    ['وصار جلده احمر بعد ساعات.', 'skin_rash_itching'],
  ]);
  misses([
    ['The paint was peeling off the walls of the shelter.', 'delayed_blisters'],
    ['We were peeling potatoes when the smell came.', 'delayed_blisters'],
    ['Кожа красная, слёзы текли ручьём.', 'delayed_blisters'],
    ['Кожа красная, слезы текли.', 'delayed_blisters'],
    ['قشرنا البطاطا لما اجت الريحة.', 'delayed_blisters'],
    ['تقشر الدهان عن الحيطان.', 'delayed_blisters'],
    ['السيارة الحمراء وقفت قدام البيت.', 'skin_rash_itching'],
  ]);
  it.each(['Кожа не слезала, пузырей не было.', 'His skin did not peel.', 'لم يتقشر الجلد.'])('near miss, denied: %s', (t) => {
    expect(feats(t).delayed_blisters).toBeFalsy();
  });
});

describe('consciousness regained tells that it was lost; not regained, that it stayed lost (loss_of_consciousness)', () => {
  reads([
    ['He came round in the ambulance with a splitting headache.', 'loss_of_consciousness'],
    ['She came round after a few minutes on the floor.', 'loss_of_consciousness'],
    ['When he came to, he could not see properly.', 'loss_of_consciousness'],
    ['The boy regained consciousness in hospital the next morning.', 'loss_of_consciousness'],
    ['Очнулся уже в скорой, голова раскалывалась.', 'loss_of_consciousness'],
    ['Её привели в чувство нашатырём.', 'loss_of_consciousness'],
    ['Она пришла в сознание только в больнице.', 'loss_of_consciousness'],
    ['استعاد وعيه في سيارة الاسعاف.', 'loss_of_consciousness'],
    ['وقع مغشي عليه قدام الباب.', 'loss_of_consciousness'],
    // not regained: the loss went on
    ['He never regained consciousness.', 'loss_of_consciousness'],
    ['Он так и не пришёл в сознание.', 'loss_of_consciousness'],
    ['لم يستعد وعيه حتى الآن.', 'loss_of_consciousness'],
  ]);
  misses([
    ['The neighbours came round in the evening to help.', 'loss_of_consciousness'],
    ['They came to the hospital at noon with sore eyes.', 'loss_of_consciousness'],
    ['The firemen came to help us carry him out.', 'loss_of_consciousness'],
    ['We came round the corner and saw the cloud.', 'loss_of_consciousness'],
    ['Nobody lost consciousness.', 'loss_of_consciousness'],
    ['Сознание никто не терял.', 'loss_of_consciousness'],
  ]);
  it.each([
    'An hour later he came round.',
    'Через час она очнулась.',
    'بعد ساعة استعاد وعيه.',
  ])('consciousness regained after a time is the course, not a delayed onset: %s', (t) => {
    const f = feats(t);
    expect(f.loss_of_consciousness).toBe(true);
    expect(f.onset_delayed).toBeFalsy();
  });
});

describe('a person who fell down senseless, told by the everyday verbs of collapsing (loss_of_consciousness)', () => {
  reads([
    ['My apprentice leaned in and toppled head first into the pit.', 'loss_of_consciousness'],
    ['The boy slumped forward over his desk.', 'loss_of_consciousness'],
    ['People dropped where they stood.', 'loss_of_consciousness'],
    ['He went down like a stone next to the valve.', 'loss_of_consciousness'],
    ['The pickers were dropping like flies.', 'loss_of_consciousness'],
    ['Напарник вдруг рухнул на пол.', 'loss_of_consciousness'],
    ['Отец упал как подкошенный.', 'loss_of_consciousness'],
    ['Рабочий свалился у люка.', 'loss_of_consciousness'],
    ['انهار على الارض قدام الباب.', 'loss_of_consciousness'],
    ['وقع على الأرض وما عاد يتحرك.', 'loss_of_consciousness'],
    ['طاح بالارض بعد دقيقة.', 'loss_of_consciousness'],
  ]);
  misses([
    ['The wall toppled over after the blast.', 'loss_of_consciousness'],
    ['We dropped the canister and ran.', 'loss_of_consciousness'],
    ['Дом рухнул после взрыва.', 'loss_of_consciousness'],
    ['Рухнула крыша склада.', 'loss_of_consciousness'],
    ['Он свалился с лестницы и сломал ногу.', 'loss_of_consciousness'],
    ['انهار المبنى على الارض.', 'loss_of_consciousness'],
    ['وقعت القذيفة على الارض قرب البيت.', 'loss_of_consciousness'],
    ['القذيفة وقعت على الأرض ولم تنفجر.', 'loss_of_consciousness'],
    ['انهارت بالبكاء لما شافت ابنها.', 'loss_of_consciousness'],
  ]);
});

describe('a smell told without a smell word: the Russian smell that hit the nose, a blast of rotten eggs', () => {
  reads([
    ['В нос ударило тухлыми яйцами, и он закашлялся.', 'odour_rotten_eggs'],
    ['Ударило в нос хлоркой, глаза заслезились.', 'odour_bleach'],
    ['Шибануло аммиаком так, что дышать нечем.', 'odour_ammonia'],
    ['He lifted the cover and there was a blast of rotten eggs.', 'odour_rotten_eggs'],
    ['A wave of rotten eggs came up the stairwell.', 'odour_rotten_eggs'],
  ]);
  misses([
    ['We threw out a box of rotten eggs from the fridge.', 'odour_rotten_eggs'],
    ['Someone ate a bad egg at the buffet and was sick.', 'odour_rotten_eggs'],
  ]);
  it('near miss: a blow to the nose is no smell', () => {
    const f = feats('Охранник ударил его в нос, потом на полу была хлорка.');
    expect(f.odour_bleach).toBeFalsy();
  });
});
