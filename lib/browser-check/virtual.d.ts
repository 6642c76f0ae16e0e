declare module 'virtual:lockstep/browser-indicators' {
  const data: import('./types').CompiledBrowserIndicators;
  export default data;
}
