// Report templates are bundled as text (esbuild's text loader, a vitest plugin in tests).
declare module '*.hbs' {
  const template: string;
  export default template;
}
