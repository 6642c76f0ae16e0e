declare module 'virtual:lockstep/directory' {
  const directory: import('./types').CompiledDirectory;
  export default directory;
}

declare module 'virtual:lockstep/site-rules' {
  const rules: import('./types').CompiledSiteRules;
  export default rules;
}
