// The words around the fixture articles, written for these tests: menus,
// banners, share bars, ads, bylines and reader comments, in French and
// English. The articles themselves come from the development corpus.

export const WORDS = {
  fr: {
    site: 'L’Écho du Plateau',
    tagline: 'Quotidien d’information indépendant',
    nav: ['À la une', 'International', 'Politique', 'Économie', 'Société', 'Sciences', 'Culture', 'Sport'],
    kicker: 'International',
    byline: 'Par <a href="/auteurs/claire-vautrin" rel="author">Claire Vautrin</a> et Mathis Oyono',
    date: 'Publié le 14 mars 2025 à 8 h 15, mis à jour à 11 h 40',
    share: 'Partager cet article :',
    shareLinks: ['Facebook', 'X', 'LinkedIn', 'Envoyer par e-mail'],
    shareCount: '1 240 partages',
    copy: 'Copier le lien',
    ad: 'Publicité',
    adText: 'Économisez jusqu’à 40 % sur votre box internet : plus de deux millions de foyers ont déjà changé d’opérateur.',
    adLink: 'J’en profite',
    readAlso: 'Lire aussi',
    related: [
      'Au Sahel, la saison des pluies a commencé avec trois semaines de retard',
      'Le cours de l’or a progressé de 18 % depuis janvier',
    ],
    popular: 'Les plus lus',
    mostRead: [
      'Le prix du pain a augmenté de 15 % en un an dans la capitale',
      'Les experts préviennent : l’hiver sera plus froid que prévu',
      'Le ministre a promis 3 000 nouveaux postes d’enseignants',
      'Un record de fréquentation pour le musée des Arts décoratifs',
      'Pourquoi le trafic ferroviaire restera perturbé jusqu’à dimanche',
    ],
    newsletter: 'Recevez chaque matin l’essentiel de l’actualité : déjà 80 000 abonnés.',
    subscribe: 'Je m’inscris',
    comments: 'Réactions',
    reply: 'Répondre',
    formLabel: 'Votre réaction',
    formPlaceholder: 'Restez courtois : les propos injurieux seront supprimés.',
    publish: 'Publier',
    cookie: 'Nous et nos 214 partenaires utilisons des cookies pour mesurer l’audience et afficher des publicités personnalisées. La plupart des lecteurs les acceptent en un clic.',
    cookieButtons: ['Tout accepter', 'Tout refuser', 'Paramétrer'],
    footer: ['Mentions légales', 'Politique de confidentialité', 'Nous contacter', 'Plan du site'],
    copyright: '© 2025 L’Écho du Plateau. Plus de trois millions de lecteurs chaque mois. Tous droits réservés.',
  },
  en: {
    site: 'The Linmouth Courier',
    tagline: 'Independent local news since 1871',
    nav: ['Home', 'News', 'Politics', 'Business', 'Transport', 'Opinion', 'Culture', 'Sport'],
    kicker: 'Transport',
    byline: 'By <a href="/authors/renee-bechard" rel="author">our transport desk</a>',
    date: 'Published 3 March 2025, 7.10am',
    share: 'Share this story:',
    shareLinks: ['Facebook', 'X', 'LinkedIn', 'Email'],
    shareCount: '2,310 shares',
    copy: 'Copy link',
    ad: 'Advertisement',
    adText: 'Switch your energy supplier today and save up to £300 a year: over a million households already have.',
    adLink: 'Find out more',
    readAlso: 'Read more',
    related: [
      'Bus fares to rise by 8% in April, operator confirms',
      'Why the depot works cost twice as much as planned',
    ],
    popular: 'Most read',
    mostRead: [
      'House prices in the city rose 11% last year',
      'Experts warn the bridge repairs will take until 2027',
      'New cycle lanes cut accidents by a third, council says',
      'Record crowds at the harbour festival',
      'Five things to know about the new tram timetable',
    ],
    newsletter: 'Get the morning briefing in your inbox: 40,000 readers already do.',
    subscribe: 'Sign up',
    comments: 'Comments',
    reply: 'Reply',
    formLabel: 'Your comment',
    formPlaceholder: 'Please keep it civil.',
    publish: 'Post',
    cookie: 'We and our 183 partners use cookies to measure our audience and show personalised advertising. Most readers accept them with one click.',
    cookieButtons: ['Accept all', 'Reject all', 'Settings'],
    footer: ['Terms', 'Privacy policy', 'Contact us', 'Site map'],
    copyright: '© 2025 The Linmouth Courier. Read by two million people every month. All rights reserved.',
  },
};

/** Reader comments with checkable claims (written for these tests). */
export const COMMENTS = {
  fr: [
    ['Marc B., Lyon', 'le 14 mars à 9 h 02', [
      'Les chiffres cités ne tiennent pas debout. L’armée compte à peine 40 000 soldats, dont la moitié sont des réservistes.',
    ]],
    ['Aïssata K.', 'le 14 mars à 9 h 47', [
      'Selon le dernier rapport des Nations unies, les attaques contre les civils ont augmenté de 25 % en 2024.',
      'Il faudrait au moins citer ce document.',
    ]],
    ['Paul_G', 'le 14 mars à 10 h 15', [
      'On dit que les livraisons d’armes ont doublé depuis l’an dernier, mais personne ne donne de source.',
    ]],
    ['Nadia R.', 'le 14 mars à 11 h 03', [
      '« Nous n’avons pas vu passer un seul convoi depuis trois semaines », affirme Idrissa Maïga, transporteur à Gao.',
    ]],
  ],
  en: [
    ['Pete W.', '3 March, 8.12am', [
      'The council spent £2 million on consultants before a single rail was laid.',
    ]],
    ['Anita S.', '3 March, 9.30am', [
      'According to the Office for National Statistics, bus use in the city fell by 18% last year.',
      'That is the real story here.',
    ]],
    ['harbourlad', '3 March, 10.05am', [
      'Everyone knows the depot was built on a flood plain.',
    ]],
    ['J. Okafor', '3 March, 11.47am', [
      '“I have never waited more than five minutes for a tram,” said my neighbour Grace Ellison, who rides it every day.',
    ]],
  ],
};

/** A sentence added to the comments while the page is open (a live update). */
export const LATE_COMMENT = {
  fr: ['Hélène D.', 'le 14 mars à 12 h 30', ['D’après l’Insee, le prix du gazole a augmenté de 30 % depuis janvier.']],
  en: ['Mo T.', '3 March, 12.30pm', ['According to the RAC, petrol prices rose by 9% in February.']],
};
