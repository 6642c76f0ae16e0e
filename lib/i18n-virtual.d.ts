declare module 'virtual:lockstep/languages' {
  /** The languages public/_locales holds: the ones `browser.i18n` can give. */
  export const shipped: readonly string[];
  /** Every language Lockstep can speak (a test build adds a fake one). */
  export const languages: readonly string[];
}

declare module 'virtual:lockstep/background-messages' {
  /** The languages public/_locales holds: the ones `browser.i18n` can give. */
  export const shipped: readonly string[];
  /** The background's few messages, by language. */
  const messages: Readonly<Record<string, import('./i18n-messages').Catalogue>>;
  export default messages;
}
