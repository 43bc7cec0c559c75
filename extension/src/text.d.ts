// The texts esbuild bundles as strings (loader "text"): the background's warm-up samples.
declare module '*.txt' {
  const text: string;
  export default text;
}
