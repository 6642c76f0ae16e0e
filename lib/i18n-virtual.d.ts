declare module 'virtual:lockstep/languages' {
  /** The languages public/_locales holds: the ones `browser.i18n` can give. */
  export const shipped: readonly string[];
  /** One loader per language Lockstep can speak, each catalogue its own chunk. */
  export const loaders: Readonly<
    Record<string, () => Promise<{ default: import('./i18n-messages').Catalogue }>>
  >;
}

declare module 'virtual:lockstep/background-messages' {
  /** The languages public/_locales holds: the ones `browser.i18n` can give. */
  export const shipped: readonly string[];
  /** The background's few messages, by language. */
  const messages: Readonly<Record<string, import('./i18n-messages').Catalogue>>;
  export default messages;
}
