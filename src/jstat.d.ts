// jstat ships no types; these are the parts of its API this project calls.
declare module 'jstat' {
  interface Distribution {
    cdf(x: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
  }
  interface Discrete {
    cdf(k: number, ...params: number[]): number;
    pdf(k: number, ...params: number[]): number;
  }
  interface JStat {
    normal: Distribution;
    chisquare: Distribution;
    studentt: Distribution;
    beta: Distribution;
    binomial: Discrete;
    ibeta(x: number, a: number, b: number): number;
    ibetainv(p: number, a: number, b: number): number;
  }
  // CommonJS: only a default export under ESM (`import jstat from 'jstat'; jstat.jStat`).
  const jstat: { jStat: JStat };
  export default jstat;
}
