'use client';

/** Opens the browser's print dialog (without JavaScript, the browser's own Print does the same). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
