import { describe, expect, it } from 'vitest';
import { editMotion } from '../../shared/edits';
import { languagePacks } from '../../shared/languages';
import { parse } from '../../shared/parse';
import { readFixture } from '../support/fixtures';

const motionsOf = (text: string) => parse(text).document.sections.flatMap((section) => section.motions);

describe('language packs', () => {
  it('are one file a language, each owning the words of every kind the reader matches', () => {
    expect(languagePacks.map((pack) => pack.code)).toEqual(['en', 'de', 'fr', 'es', 'nl', 'it']);
    for (const pack of languagePacks) {
      for (const key of ['for', 'against', 'abstain'] as const) expect(pack.counts[key].length, `${pack.code} ${key}`).toBeGreaterThan(0);
      for (const result of ['carried', 'lost'] as const) expect(pack.results[result].length, `${pack.code} ${result}`).toBeGreaterThan(0);
      expect(pack.motionWords.length, pack.code).toBeGreaterThan(0);
      expect(pack.sentenceVerbs.length, pack.code).toBeGreaterThan(0);
    }
  });

  it.each([
    ['German', 'Antrag 1: Mehr Fahrradwege in der Innenstadt\nDer Antrag wurde angenommen.\n', { statedResult: 'carried', for: null }],
    ['German, the result last', 'Antrag 1: Mehr Fahrradwege\nDer Antrag wurde mit 45 Ja-Stimmen bei 3 Gegenstimmen und 2 Enthaltungen angenommen.\n', { statedResult: 'carried', for: 45, against: 3, abstain: 2 }],
    ['German, rejected after a debate', 'Antrag 1: Mehr Fahrradwege\nDer Antrag wurde nach kurzer Debatte abgelehnt.\n', { statedResult: 'lost', resultRemark: 'nach kurzer Debatte' }],
    ['Dutch', 'Motie 1: Meer groen in de wijk\nDe motie is aangenomen met 31 stemmen voor, 4 tegen en 2 onthoudingen.\n', { statedResult: 'carried', for: 31, against: 4, abstain: 2 }],
    ['French', 'Résolution 1 : Approbation des comptes\nLa résolution est adoptée par 120 voix pour, 8 contre et 5 abstentions.\n', { statedResult: 'carried', for: 120, against: 8, abstain: 5 }],
    ['Spanish', 'Propuesta 1: Aprobación de las cuentas\nLa propuesta queda aprobada por 45 votos a favor, 3 en contra y 2 abstenciones.\n', { statedResult: 'carried', for: 45, against: 3, abstain: 2 }],
    ['English', 'Motion 1 – Fair pay\nAfter a short debate, the motion was carried by 27 votes to 2 with 2 abstentions.\n', { statedResult: 'carried', for: 27, against: 2, abstain: 2 }],
  ])('read a result told in a sentence below the motion, in %s', (_language, text, expected) => {
    const motions = motionsOf(text);
    expect(motions).toHaveLength(1);
    expect(motions[0]).toMatchObject(expected);
    expect(parse(text).diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it.each([
    ['the amendment, the result first', 'Propuesta 3: Reducir los vocales.\nEnmienda 1 a la propuesta 3: Mantener ocho vocales.\nSe rechaza la enmienda por 20 votos a favor, 27 en contra y 5 abstenciones.\nSe aprueba la propuesta 3.\n', '1', { statedResult: 'lost', for: 20, against: 27, abstain: 5 }],
    ['the motion named in an opening clause', 'Propuesta 3: Reducir los vocales.\nEnmienda 1 a la propuesta 3: Mantener ocho vocales.\nSe rechaza.\nSometida a votación la propuesta 3 en su redacción original, se aprueba por 38 votos a favor, 10 en contra y 4 abstenciones.\n', '3', { statedResult: 'carried', for: 38, against: 10, abstain: 4 }],
    ['the verb before the motion (Dutch)', 'Motie M5 – Ledenraadpleging\nIndiener: afdeling Eindhoven\nNa toezegging van het partijbestuur wordt de motie ingetrokken.\n', 'M5', { statedResult: 'withdrawn' }],
    ['a remark after the result (German)', 'Antrag 8: Gründung einer E-Sport-Abteilung.\nNach kurzer Aussprache wird der Antrag zur weiteren Prüfung an den Vorstand verwiesen.\n', '8', { statedResult: 'remitted' }],
    ['a motion named after its amendment (German)', 'Antrag W2: Wohnungsbau\nÄnderungsantrag Ä1 zu Antrag W2\nAbgelehnt.\nDer Antrag W2 wurde sodann in der ursprünglichen Fassung mit großer Mehrheit angenommen.\n', 'W2', { statedResult: 'carried' }],
    ['the result opening the sentence, then its remark', 'Resolución 8. Sobre la Mesa General\nSe retira a petición de la Comisión Ejecutiva saliente.\n', '8', { statedResult: 'withdrawn' }],
  ])('read a result told anywhere in a sentence: %s', (_form, text, number, expected) => {
    const motion = motionsOf(text).find((candidate) => candidate.number === number);
    expect(motion).toMatchObject(expected);
    expect(parse(text).diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it.each([
    ['an agenda item named after its label (Italian)', "Punto 1 all'ordine del giorno: approvazione del bilancio\nDopo breve discussione, la proposta è approvata con 45 voti favorevoli, 3 contrari e 2 astenuti.\n", '1', { text: 'approvazione del bilancio', for: 45, against: 3, abstain: 2, statedResult: 'carried' }],
    ['an ordinal label and ".-" (Spanish)', 'PUNTO SEGUNDO.- Aprobación de la liquidación del ejercicio 2024.\nSometida a votación, se aprueba con 17 votos a favor, 0 votos en contra y 2 abstenciones.\n', 'SEGUNDO', { text: 'Aprobación de la liquidación del ejercicio 2024.', for: 17, against: 0, abstain: 2, statedResult: 'carried' }],
    ['a result negated, its words beside the counts kept', 'Punto 2 – modifica dello Statuto\nLa proposta non è approvata, avendo ottenuto 30 voti favorevoli, 18 contrari e 2 astenuti, numero inferiore alla maggioranza richiesta.\n', '2', { for: 30, against: 18, abstain: 2, statedResult: 'lost', resultRemark: 'avendo ottenuto numero inferiore alla maggioranza richiesta' }],
  ])('read a motion and its result as minutes tell them: %s', (_form, text, number, expected) => {
    expect(motionsOf(text).find((candidate) => candidate.number === number)).toMatchObject(expected);
  });

  it.each([
    ['a pronoun before a decision that is no result', 'It was agreed to hold the next meeting in March.'],
    ['a motion not yet read, in the introduction', 'all resolutions except Resolution 13 were passed on a poll.'],
    ['an amendment named only by its motion', '(The amendment to Motion 1 printed in the Final Agenda was not moved.)'],
    ['a motion word before a lower-case word that is no label', 'Se acuerda remitir la propuesta a la Junta Directiva.'],
  ])('keep as words a sentence with a result word that tells no motion’s result: %s', (_case, sentence) => {
    const text = `Motion 1 – Fair pay\nFor 30, Against 2\nCarried\n\n${sentence}\n`;
    const { document, diagnostics } = parse(text);
    const motions = document.sections.flatMap((section) => section.motions);
    expect(motions).toHaveLength(1);
    expect(motions[0]).toMatchObject({ for: 30, against: 2, statedResult: 'carried' });
    expect(JSON.stringify(document)).toContain(sentence);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ['a result told of another thing, above the tally', 'Motion 1 – Pay\nConference notes the motion carried last year on pensions.\nFor: 20\nAgainst: 3\n', { text: 'Pay Conference notes the motion carried last year on pensions.', for: 20, statedResult: null }],
    ['a past result, with text after it', 'Motion 1 – Pay\nConference notes that the proposal was rejected by the employer.\nConference resolves to campaign.\n', { text: 'Pay Conference notes that the proposal was rejected by the employer. Conference resolves to campaign.', statedResult: null }],
    ['a word of another language that looks like a result (German "falls")', 'Antrag 1: Satzung\nDer Vorstand wird beauftragt, die Satzung zu ändern, falls der Antrag angenommen wird.\nJa: 30, Nein: 2\n', { for: 30, statedResult: null }],
    ['a word of another language that looks like a result (Dutch "lost")', 'Voorstel 1: Contributie\nDit voorstel lost het probleem van de contributie op.\nVoor: 30, tegen: 2\n', { text: 'Contributie Dit voorstel lost het probleem van de contributie op.', statedResult: null }],
  ])('keep in a motion’s text a sentence that only mentions a result: %s', (_case, text, expected) => {
    const { document, diagnostics } = parse(text);
    expect(document.sections[0]!.motions[0]).toMatchObject(expected);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'tally-twice')).toEqual([]);
  });

  it.each(['Motion 4 (Composite) – Pay', 'Motion 4 (Part 1) – Pay', 'Motion 4 (withdrawn) – Pay', 'Motion 4 (2/3 majority required) – Pay'])('keep words in brackets after a label that name no mover as the motion’s text: %s', (heading) => {
    const motion = motionsOf(`${heading}\nFor 30, Against 2\n`)[0]!;
    expect(motion.text).toBe(heading.replace('Motion 4 ', ''));
    expect(motion.notes).toEqual([]);
  });

  it.each([
    ['in brackets', 'Antrag 7 (Abteilung Tennis): Bau einer Flutlichtanlage.\nJa: 22, Nein: 35\nAbgelehnt\n', '7', null, 'Bau einer Flutlichtanlage.', '(Abteilung Tennis)'],
    ['after a comma, with the motion amended named with an article', 'Propuesta 3: Seis vocales.\nAprobada.\nEnmienda 1 a la propuesta 3, presentada por D. Luis Navarro: Mantener ocho vocales.\nRechazada.\n', '1', '3', 'Mantener ocho vocales.', 'presentada por D. Luis Navarro'],
    ['with a number mark before each label', 'Résolution n°5 : Convention\nAdoptée.\nAmendement n°1 à la résolution n°5, présenté par M. Bruno Leroy\nAjouter : « pour cinq ans ».\nAdopté.\n', '1', '5', 'Ajouter : « pour cinq ans ».', 'présenté par M. Bruno Leroy'],
  ])('keep who moved it, printed between a heading’s label and its text, as a note: %s', (_case, text, number, amends, motionText, mover) => {
    const motion = motionsOf(text).find((candidate) => candidate.number === number)!;
    expect(motion).toMatchObject({ amends, text: motionText });
    expect(motion.notes.map((note) => note.text)).toEqual([mover]);
  });

  it('never read a date as a tally, though a word beside it is a count label (Dutch "voor")', () => {
    const { document, diagnostics } = parse('Motie 1 – Contributie\nIndienen voor 12 maart 2024\nVoor: 31, tegen: 4\nAangenomen\n');
    expect(document.sections[0]!.motions[0]).toMatchObject({ text: 'Contributie Indienen voor 12 maart 2024', for: 31, against: 4, statedResult: 'carried' });
    expect(diagnostics).toEqual([]);
  });

  it('read a German result noun only after a result label: "Annahme" alone may be a recommendation', () => {
    const recommended = parse('Antrag 2 – Jugend\nVotum der Antragskommission:\nAnnahme\nJa: 3, Nein: 40\n').document.sections[0]!.motions[0]!;
    expect(recommended.statedResult).toBeNull();
    expect(parse('Antrag 2 – Jugend\nJa: 40, Nein: 3\nBeschluss: Annahme\n').document.sections[0]!.motions[0]!.statedResult).toBe('carried');
  });

  it('are recorded on the document, the language most used first', () => {
    expect(parse(readFixture('styles/f09_german_antrag.txt').text).document.languages[0]).toBe('de');
    expect(parse(readFixture('n01_huurdersvereniging_alv_dutch.txt').text).document.languages).toEqual(['nl']);
    expect(parse(readFixture('a01_renters_network_ballot.txt').text).document.languages).toEqual(['en']);
  });

  it('keep a table edit in the file’s own words: a German amendment stays “zu Antrag”, with its colon', () => {
    const text = 'Antrag A1: Mehr Fahrradwege\nJa: 30 / Nein: 5 / Enthaltungen: 2\nAngenommen\n\nÄnderungsantrag Ä1 zu Antrag A1: Auch in den Vororten\nJa: 20 / Nein: 15 / Enthaltungen: 2\nAngenommen\n';
    const parsed = parse(text);
    const edited = editMotion(text, parsed, 0, 1, { text: 'Auch in allen Vororten' });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.edit.lines).toEqual(['Änderungsantrag Ä1 zu Antrag A1: Auch in allen Vororten']);
  });
});
