/**
 * Session 28 (room agdev): the agent differential on the session's fresh development material (incidents dev-v29, paraphrases
 * dev-v21; docs/agent-differential.md §7.00055-agdev). Each mechanism with the sentences it must read and the near misses it must
 * not. Every sentence is the engineer's own; none is taken from an evaluation item.
 */
import { describe, expect, it } from 'vitest';
import { feats, misses, reads } from './helpers/agent-probe.js';

describe('a thing that dies is no death (the subject of the death word)', () => {
  misses([
    ['When the breeze dies, the haze sits over the town and the children cough.', 'deaths'],
    ['My phone was dead, so I could not call anyone. Everyone was coughing.', 'deaths'],
    ['The engine died and we sat in the smoke.', 'deaths'],
    ['The shouting died down after an hour.', 'deaths'],
    ['There was a dead silence after the blast.', 'deaths'],
    ['Аккумулятор сдох, позвонить было нельзя.', 'dead_animals'],
    ['البطارية ماتت وما قدرت اتصل بحدا.', 'deaths'],
  ]);
  reads([
    ['Three men trapped in the fire died.', 'deaths'],
    ['My phone was dead. Two of the neighbours died that night.', 'deaths'],
    ['Many were dead when we arrived.', 'deaths'],
    ['The driver of the engine died on the spot.', 'deaths'],
    ['Куры сдохли во дворе.', 'dead_animals'],
  ]);
});

describe('dead animals named as what a smell was like are the simile, not dead animals', () => {
  misses([
    ['The house got a smell like garlic and dead fish.', 'dead_animals'],
    ['It stank of dead rats in the basement.', 'dead_animals'],
    ['Воняло дохлой рыбой, всех тошнило.', 'dead_animals'],
  ]);
  reads([
    ['We smelled bleach and saw dead birds in the yard.', 'dead_animals'],
    ['It smelled of bleach, and dead birds were everywhere.', 'dead_animals'],
    ['The smell was awful and dead birds lay in the yard.', 'dead_animals'],
    ['A smell of rotten eggs, dead fish everywhere on the shore.', 'dead_animals'],
  ]);
});

describe('the burrowing rodents a phosphide pellet is put against (scene grammar, tablet x pest)', () => {
  reads([
    ['A man put pellets in the lawn for the voles.', 'fumigant_application'],
    ['He dropped tablets into the gopher holes.', 'fumigant_application'],
    ['Дед разложил таблетки от кротов в огороде.', 'fumigant_application'],
    ['حطوا اقراص للخلد بالجنينة.', 'fumigant_application'],
  ]);
  misses([
    ['The voles ate the bulbs again this spring.', 'fumigant_application'],
    ['She took a headache tablet and watched the moles dig.', 'fumigant_application'],
  ]);
});

describe('Russian verbs of catching a smell (чуять, почуять, учуять) open a smell', () => {
  reads([
    ['Я сверху почуял тухлятиной.', 'odour_rotten_eggs'],
    ['Мы учуяли запах хлорки.', 'odour_bleach'],
    ['Чую — тухлыми яйцами несёт.', 'odour_rotten_eggs'],
  ]);
  misses([['Собака почуяла неладное и залаяла.', 'odour_rotten_eggs']]);
});

describe('did not survive in Russian and Arabic, as in English', () => {
  reads([
    ['Один из рабочих не выжил.', 'deaths'],
    ['Двое не выжили после отравления.', 'deaths'],
    ['طلعوهم، واحد ما نجا.', 'deaths'],
    ['لم ينج أحد من العمال.', 'deaths'],
  ]);
  misses([['Все выжили, никого не госпитализировали.', 'deaths']]);
});

describe('trampling in spoken Arabic is the crowd crush (panic)', () => {
  reads([
    ['ناس ماتت من الدعس بالزحمة.', 'panic'],
    ['الناس دعسوا بعض عند الباب.', 'panic'],
  ]);
});

describe("'big blast' is a powerful blast, as 'big explosion'", () => {
  reads([['A big blast, glass everywhere.', 'powerful_blast']]);
  misses([['A loud bang, then a yellow cloud.', 'powerful_blast']]);
});

describe('a claim corrected by a contrast is what the account says it was not (attribution)', () => {
  it('kept saying ... but: the claimed spraying is no pesticide application', () => {
    const f = feats('My uncle kept saying the neighbour sprayed weed killer and it drifted in, but those of us who skipped the stew were fine.');
    expect(f.pesticide_application).toBeFalsy();
  });
  it('claimed ... but (English)', () => {
    expect(feats('The farmer claimed a crop duster sprayed the field, but the inspectors found nothing.').pesticide_application).toBeFalsy();
  });
  it('without a contrast the claim is left alone', () => {
    expect(feats('The farmer claimed a crop duster sprayed the field next to the school.').pesticide_application).toBe(true);
  });
  it('a corrected claim does not hide the signs told outside it', () => {
    const f = feats('Everyone who ate the stew was vomiting. My uncle insisted it was weed killer, but we who skipped it were fine.');
    expect(f.vomiting).toBe(true);
    expect(f.pesticide_application).toBeFalsy();
  });
  it('Russian: твердила, что ..., но', () => {
    expect(feats('Соседка твердила, что фермер опрыскал поле, но кто не ел салат — все здоровы.').pesticide_application).toBeFalsy();
  });
});

describe('the eaters told by a relative clause in the simple past', () => {
  reads([
    ['Everybody who ate the tamales was vomiting by midnight.', 'ingestion'],
    ['Those who drank the punch fell ill.', 'ingestion'],
  ]);
  misses([
    ['Those who were eating outside started coughing from the yellow cloud.', 'ingestion'],
    ['The people who ate nothing were fine, the others were coughing.', 'ingestion'],
  ]);
});

describe('a smell that mixes with something is no product mixed with another (scene grammar, mix x cleaner)', () => {
  misses([
    ['We guess it was the smell mixing with the cleaning products they use on the desks.', 'delivery_pool_pump'],
    ['The odour mixed with the disinfectant in the hall.', 'delivery_pool_pump'],
  ]);
  reads([
    ['She was mixing bleach with the toilet cleaner and started coughing.', 'delivery_pool_pump'],
    ['He mixed two cleaning products in the bucket.', 'delivery_pool_pump'],
  ]);
});

describe('a burn from a substance is a corrosive burn, and the account\'s other burns are the same burns', () => {
  reads([
    ['Twelve people suffered burns from an unknown substance in a club.', 'chemical_burn'],
    ['Двенадцать человек получили ожоги от неизвестного вещества.', 'chemical_burn'],
    ['أصيب عشرة بحروق بمادة مجهولة.', 'chemical_burn'],
  ]);
  misses([
    ['He got burns from boiling water.', 'chemical_burn'],
    ['Ожоги от кипятка у ребёнка.', 'chemical_burn'],
  ]);
  it('a later bare burn is the same corrosive burn', () => {
    const f = feats('Twelve got burns from an unidentified substance. Ten were taken to hospital with minor burns.');
    expect(f.chemical_burn).toBe(true);
    expect(f.burns).toBeFalsy();
  });
  it('a bare burn told with a fire in its sentence stays a burn', () => {
    const f = feats('Two got burns from a corrosive liquid. Later a fire broke out and a guard got burns from the flames.');
    expect(f.chemical_burn).toBe(true);
    expect(f.burns).toBe(true);
  });
});

describe("a fire's soot in the nose is no runny nose", () => {
  misses([['The hallway filled with black smoke; kids came out coughing, black snot.', 'rhinorrhoea']]);
  reads([['My nose was running and my eyes watered.', 'rhinorrhoea']]);
});

describe('a gas cylinder in a fire is the fire, not a gas let out of it', () => {
  misses([
    ['A fire broke out in a lorry carrying gas cylinders; six workers choked on the smoke.', 'delivery_cylinder'],
    ['أصيب عمال بالاختناق أثناء إخماد حريق في سيارة أسطوانات.', 'delivery_cylinder'],
  ]);
  reads([
    ['The helicopter dropped a cylinder and a fire started; people choked.', 'delivery_cylinder'],
    ['A cylinder leaked a yellow cloud near the fire.', 'delivery_cylinder'],
  ]);
});

describe('fire or sparks falling from the sky, in any order', () => {
  reads([
    ['نزلت من السما شرارات نار وولعت الخيام.', 'burning_particles'],
    ['Sparks rained down from the sky and the tents caught fire.', 'burning_particles'],
    ['С неба посыпались искры, загорелись палатки.', 'burning_particles'],
  ]);
  misses([
    ['Sparks flew from the burning roof.', 'burning_particles'],
    ['نزل من السما مطر خفيف.', 'burning_particles'],
  ]);
});

describe('no cloud after a fire told in the same sentence denies a gas cloud only', () => {
  misses([
    ['Fire came down from the sky, the tents caught fire, no cloud and no gas smell.', 'cloud_none'],
    ['The kitchen caught fire, no cloud, no smell.', 'cloud_none'],
  ]);
  reads([
    ['No cloud, no smell; later the kitchen caught fire.', 'cloud_none'],
    ['There was no cloud at all and people collapsed.', 'cloud_none'],
  ]);
});

describe('a death told by its euphemism (did not wake up, did not make it)', () => {
  reads([
    ['Some of the old people and babies did not wake up.', 'deaths'],
    ['Two kids never woke up.', 'deaths'],
    ["The older girls didn't make it.", 'deaths'],
    ['Двое так и не проснулись.', 'deaths'],
    ['جدي ما صحي.', 'deaths'],
  ]);
  misses([
    ['The children did not wake up until noon.', 'deaths'],
    ["We didn't make it to the exit in time.", 'deaths'],
    ['I never woke up.', 'deaths'],
    ['Он не проснулся до утра.', 'deaths'],
    ['ما صحيت الا الظهر.', 'deaths'],
    ['Nobody woke up when the alarm sounded.', 'deaths'],
  ]);
});

describe('the ones who did not eat it and stayed well (the control group of a food outbreak)', () => {
  reads([
    ['My mom did not eat the fish and she was fine.', 'ingestion'],
    ['Those who did not eat the salad were fine.', 'ingestion'],
    ['Кто не ел шаурму — все здоровые.', 'ingestion'],
    ['أمي ما أكلت السمك وما فيها شي.', 'ingestion'],
  ]);
  misses([
    ['He did not eat and was sick.', 'ingestion'],
    ['We did not touch anything and started coughing.', 'ingestion'],
  ]);
});
