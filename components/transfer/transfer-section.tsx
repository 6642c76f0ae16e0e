import { TransferExport } from './transfer-export';
import { TransferImport } from './transfer-import';

/** Take the plan along (export, plain or sealed) and bring one in (import: merge or replace). */
export function TransferSection() {
  return (
    <div class="stack">
      <TransferExport />
      <TransferImport />
    </div>
  );
}
