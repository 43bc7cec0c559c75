// For tsc only (tsconfig.json): a JavaScript module whose types a hand-written
// .d.ts declares checks itself against it, in JSDoc and with no code:
//   /** @typedef {Conforms<typeof highlight, typeof import('./highlight.js').highlight>} _ */
// (inside highlight.js, './highlight.js' resolves to highlight.d.ts).

/** `Impl`, when it can stand wherever `Decl` is declared; else a type error. */
type Conforms<Impl extends Decl, Decl> = Impl;
