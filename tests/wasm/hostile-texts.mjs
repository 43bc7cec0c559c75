// Hostile texts for the wasm module, as the Rust tests build them
// (tests/hostile/families.rs): each family repeats its units, varied by a
// counter, to a size in UTF-8 bytes. Shared by tests/wasm/hostile.test.mjs
// and benches/wasm.mjs. The sentences were written for these tests.

const NAMES = ['Anne Ferrand', 'Paul Mercier', 'Inès Morel', 'Helen Clarke', 'Tom Harding', 'Zoé Lambert'];

/** Per family: (i, n, name) => one unit; `line` families never break a line. */
export const FAMILIES = {
  one_line: {
    line: true,
    units: [
      (i, n, name) => `« Nous rouvrirons la ligne avant l'été », a déclaré la ministre ${name}. `,
      (i, n) => `Selon la préfecture, ${n} foyers restaient privés d'électricité mardi soir. `,
      () => 'Des sources proches du dossier affirment que le chantier a pris six mois de retard. ',
      (i, n) => `Le prix du gazole a augmenté de ${n % 40} % en un an. `,
    ],
  },
  english: {
    line: false,
    units: [
      (i, n, name) => `"We will not raise fares this year," said Transport Minister ${name}. `,
      (i, n) => `According to the regional health agency, ${n} patients were admitted. `,
      () => 'Some analysts say the merger will cost thousands of jobs. ',
      (i, n) => `Rents in the city rose by ${n % 40}% last year. `,
    ],
  },
  unbalanced: {
    line: true,
    units: [
      (i, n, name) => `« Le maire « a confirmé “ que la route « rouvrira “ lundi, selon ${name}. `,
      (i, n) => `Selon l'Insee, le chômage a reculé de ${n} points. ${'«“'.repeat(24)} «“ “« `,
      (i, n, name) => `“ The council “ will « vote on “ the budget, ${name} said “ on Friday. `,
    ],
  },
  never_closed: {
    line: true,
    head: '« Nous ne lâcherons rien, lance la syndicaliste Anne Ferrand. ',
    units: [
      (i, n, name) => `« Nous rouvrirons la ligne avant l'été », a déclaré la ministre ${name}. `,
      (i, n) => `Selon la préfecture, ${n} foyers restaient privés d'électricité mardi soir. `,
    ],
  },
  nested: {
    line: false,
    units: [
      (i, n, name) =>
        `« Mon adjoint m'a dit : “ le préfet répète ‹ la ministre a écrit ‘la loi dit "non" à ${n} projets’ › ” », raconte ${name}. `,
      (i, n, name) =>
        `“She told me: ‘the mayor said « the report reads "${n} homes ‹ at risk ›" » to us’,” ${name} said. `,
    ],
  },
  digits: { line: true, units: [(i) => String((i + 1) * 1000000007)] },
  rtl: {
    line: false,
    units: [
      (i, n, name) => `« Nous resterons », a déclaré ${name}. \u202bقال الوزير إن الطريق مغلق\u202c. `,
      (i, n) => `Selon l'agence, ${n} familles sont parties. \u200fשלום עולם, אמר הנציג\u200f. `,
    ],
  },
  emoji: {
    line: false,
    units: [
      (i, n, name) => `« On a gagné 👩🏽\u200d🤝\u200d👨🏻 ! », a lancé la capitaine ${name}. `,
      (i, n, name) => `"Our family 👨\u200d👩\u200d👧\u200d👦 is safe 🙏🏿," said ${name}. `,
      (i, n) => `Selon la mairie, ${n} 🏳\ufe0f\u200d🌈 drapeaux 🇫🇷 ont été vendus 👍🏼. `,
    ],
  },
  combining: {
    line: false,
    units: [
      (i, n, name) => `« Nous tiendrons », a de\u0301clare\u0301 ${name}, pre\u0301sident de la re\u0301gion. `,
      (i, n) => `D'apre\u0300s la pre\u0301fecture, ${n} e\u0301le\u0300ves ont e\u0301te\u0301 e\u0301vacue\u0301s. `,
    ],
  },
  controls: {
    line: false,
    units: [
      (i, n, name) => `« Nous tiendrons »,\0 a déclaré ${name}.\u0001\u0007\u001b[31m `,
      (i, n) => `\ufeffSelon l'Insee,\u0085 le chômage a reculé de ${n} %.\r`,
      () => '\u009fExperts say\u2028the plan will fail.\u2029\u0008\u007f ',
    ],
  },
};

/** The family at about `bytes` UTF-8 bytes (whole units: a JS string is not cut). */
export function generate(family, bytes) {
  const { line, units, head = '' } = FAMILIES[family];
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < bytes; i++) {
    const unit = units[i % units.length](i, 100 + (i % 900), NAMES[i % NAMES.length]) + (line ? '' : '\n');
    parts.push(unit);
    size += Buffer.byteLength(unit);
  }
  return parts.join('');
}
