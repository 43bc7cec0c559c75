// Sentences for the load pages (load-pages.mjs), written for these tests and
// combined at random (a seeded generator): quotations, named and vague
// sources, unsourced figures and plain narration, in French and English.
// Every sentence is a list of pieces: a string is plain text, [tag, text]
// becomes inline markup (a link, <em>, <strong>, a <span>), so that one
// paragraph holds many text nodes as real pages do.

/** A small seeded generator (mulberry32): the same page on every run. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

const FR = {
  people: ['Odile Ferrand', 'Yannick Le Bihan', 'Samia Benali', 'Gaspard Ruelle', 'Inès Morvan', 'Théo Lacombe',
    'Maëlle Rivière', 'Bastien Koffi', 'Armelle Gouzien', 'Rachid Tahiri'],
  roles: ['maire de Port-Aubert', 'directrice de l’hôpital', 'porte-parole du syndicat des dockers',
    'économiste à l’université de Brest', 'présidente de l’association des riverains', 'adjoint chargé des transports'],
  orgs: ['la préfecture', 'la chambre de commerce', 'l’Agence régionale de santé', 'la Cour des comptes',
    'le conseil départemental', 'l’office du tourisme'],
  facts: [
    (r) => `le trafic du port a reculé de ${r.int(30) + 3} % en un an`,
    (r) => `les travaux du pont dureront jusqu’en ${2026 + r.int(5)}`,
    (r) => `la commune a gagné ${r.int(9) + 2} 000 habitants depuis ${2010 + r.int(10)}`,
    (r) => `le ticket de bus passera à ${r.int(3) + 1},${r.int(9)}0 euros en septembre`,
    (r) => `les urgences ont accueilli ${r.int(40) + 10} 000 patients cet hiver`,
    (r) => `la cantine servira ${r.int(600) + 200} repas bio par jour`,
  ],
  quotes: ['Nous ne fermerons aucune classe cette année', 'Le chantier a pris beaucoup trop de retard',
    'Les habitants méritent des réponses claires', 'Personne ne nous a consultés avant le vote',
    'Nous attendons toujours le rapport promis', 'Ce quartier a été oublié pendant vingt ans'],
  vague: ['Des experts estiment que', 'Selon des sources proches du dossier,', 'Certains élus affirment que',
    'Plusieurs observateurs jugent que', 'Des habitants assurent que'],
  plain: ['La séance a été levée peu avant minuit.', 'Le cortège s’est dispersé dans le calme.',
    'Les riverains se sont retrouvés devant la mairie.', 'La pluie n’a pas cessé de la journée.',
    'Le marché couvert rouvrira ses portes samedi.'],
  said: ['a déclaré', 'affirme', 'a assuré', 'explique', 'a précisé'],
  according: ['Selon', 'D’après'],
};

const EN = {
  people: ['Harriet Quayle', 'Desmond Achebe', 'Priya Ramnath', 'Tobias Wren', 'Colette Marsh', 'Owain Pryce',
    'Marisol Vega', 'Kwame Boateng', 'Fenella Hart', 'Ruaridh Sloan'],
  roles: ['the harbour master', 'leader of the county council', 'a spokeswoman for the hospital trust',
    'an economist at Hallam University', 'chair of the residents’ association', 'the transport secretary'],
  orgs: ['the Office for Rail and Road', 'the county council', 'the Environment Agency', 'the National Audit Office',
    'the chamber of commerce', 'the Met Office'],
  facts: [
    (r) => `ferry traffic fell by ${r.int(30) + 3}% last year`,
    (r) => `the bridge repairs will last until ${2026 + r.int(5)}`,
    (r) => `the town gained ${r.int(9) + 2},000 residents since ${2010 + r.int(10)}`,
    (r) => `a bus ticket will cost £${r.int(3) + 1}.${r.int(9)}0 from September`,
    (r) => `the emergency department saw ${r.int(40) + 10},000 patients this winter`,
    (r) => `the school kitchens will serve ${r.int(600) + 200} organic meals a day`,
  ],
  quotes: ['We will not close a single classroom this year', 'The works are far too late',
    'Residents deserve straight answers', 'Nobody asked us before the vote',
    'We are still waiting for the report we were promised', 'This estate has been forgotten for twenty years'],
  vague: ['Experts say', 'Sources close to the talks said', 'Some councillors claim', 'Critics argue', 'It is widely believed'],
  plain: ['The meeting closed shortly before midnight.', 'The march broke up peacefully.',
    'Residents gathered outside the town hall.', 'It rained all day.', 'The covered market reopens on Saturday.'],
  said: ['said', 'insisted', 'explained', 'added', 'warned'],
  according: ['According to', 'In the words of'],
};

export const TEXTS = { fr: FR, en: EN };

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-');

/** A person named in the text: linked to a profile page one time in three. */
function person(r, t) {
  const name = r.pick(t.people);
  return r.int(3) === 0 ? [['a', name, `https://www.example.org/people/${slug(name)}`]] : [['strong', name]];
}

/** A fact with its figure in a <span> (as sites style numbers). */
function fact(r, t) {
  const s = r.pick(t.facts)(r);
  const m = /\d(?:[\d ,.]*\d)?(?: ?%)?/.exec(s);
  if (!m) return [s];
  return [s.slice(0, m.index), ['span', m[0]], s.slice(m.index + m[0].length)];
}

/** One sentence of language `lang`, as pieces. */
export function sentence(r, lang) {
  const t = TEXTS[lang];
  const q = lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
  switch (r.int(6)) {
    case 0: // a quotation and its speaker
      return [q[0], ['em', r.pick(t.quotes)], `${q[1]}, `, r.pick(t.said), ' ', ...person(r, t), ', ', ['span', r.pick(t.roles)], '.'];
    case 1: // a named source
      return r.int(2)
        ? [`${r.pick(t.according)} `, ['strong', r.pick(t.orgs)], ', ', ...fact(r, t), '.']
        : [...person(r, t), ` (${r.pick(t.roles)}) ${lang === 'fr' ? 'estime que' : 'says'} `, ...fact(r, t), '.'];
    case 2: // a vague one
      return [`${r.pick(t.vague)} `, ...fact(r, t), '.'];
    case 3: { // an unsourced figure (every fact starts with a word, not its figure)
      const [first, ...rest] = fact(r, t);
      return [cap(first), ...rest, '.'];
    }
    default:
      return [r.pick(t.plain)];
  }
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sentence's pieces as HTML. */
export function piecesHtml(pieces) {
  return pieces.map((p) => {
    if (typeof p === 'string') return escape(p);
    const [tag, text, href] = p;
    if (tag === 'a') return `<a href="${escape(href)}">${escape(text)}</a>`;
    if (tag === 'span') return `<span class="${/\d/.test(text) ? 'figure' : 'role'}">${escape(text)}</span>`;
    return `<${tag}>${escape(text)}</${tag}>`;
  }).join('');
}

/** A paragraph of `n` sentences (after `lead`, HTML, when given). */
export function paragraphHtml(r, lang, n, attrs = '', lead = '') {
  const out = lead ? [lead] : [];
  while (out.length < n + (lead ? 1 : 0)) {
    const next = piecesHtml(sentence(r, lang));
    if (next !== out[out.length - 1]) out.push(next);
  }
  return `<p${attrs}>${out.join(' ')}</p>`;
}
