/** Shown while a key is derived (about half a second): a moving bar and what is happening. */
export function TransferBusy({ text }: { readonly text: string }) {
  return (
    <p role="status" class="transfer-busy">
      <progress aria-label={text} /> {text}
    </p>
  );
}
