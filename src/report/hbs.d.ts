// Report templates are precompiled when they are built (scripts/handlebars-precompile.mjs, used by
// esbuild and by vitest): a .hbs module's default export is a template specification, made into a
// function with `handlebars.template(spec)`.
declare module '*.hbs' {
  const spec: TemplateSpecification;
  export default spec;
}
