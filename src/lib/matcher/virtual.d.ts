// The background table made at build time by src/integrations/matcher-background.ts.
declare module 'virtual:matcher-background' {
  const background: import('./background.ts').Background;
  export default background;
}
