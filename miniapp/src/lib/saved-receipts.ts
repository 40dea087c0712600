import { sealedRead, sealedRemove, sealedWrite } from './sealed-storage';

// Receipt codes kept on this phone, only when the requester chose to (default off: shared phones).

const SLOT = 'hulei.receipts';

export interface SavedReceipt {
  code: string;
  savedAt: string;
}

export function savedReceipts(): SavedReceipt[] {
  return sealedRead<SavedReceipt[]>(SLOT) ?? [];
}

/** Returns false when the phone refused to store it. */
export function saveReceipt(code: string): boolean {
  try {
    const others = savedReceipts().filter((receipt) => receipt.code !== code);
    sealedWrite(SLOT, [{ code, savedAt: new Date().toISOString() }, ...others]);
    return true;
  } catch {
    return false;
  }
}

export function forgetReceipt(code: string): void {
  const rest = savedReceipts().filter((receipt) => receipt.code !== code);
  if (rest.length) sealedWrite(SLOT, rest);
  else sealedRemove(SLOT);
}

/** 1234 5678 9012 3456: easier to read out and to copy onto paper. */
export const groupDigits = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');
