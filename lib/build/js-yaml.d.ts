// js-yaml ships no types; Lockstep uses one function of it, at build time only.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
