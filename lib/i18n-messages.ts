/** One entry of a `messages.json` catalogue. */
export interface CatalogueEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

/** Resolves a message the way browsers do: named placeholders, then $1…$9. Empty if unknown. */
export function resolveMessage(
  catalogue: Catalogue,
  key: string,
  substitutions?: string | string[],
): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return withPlaceholders(entry).replace(/\$(\$|\d)/g, (_, n: string) =>
    n === '$' ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

/** A message with its named placeholders filled in (`$NAME$` → `$1`); the build does it once. */
export function withPlaceholders(entry: CatalogueEntry): string {
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {}))
    text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), content);
  return text;
}
