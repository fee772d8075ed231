/**
 * Opens the browser's print dialogue. Markup only, hidden until print-button.island.ts shows it
 * and makes it print: without JavaScript it is not there at all, and the hint beside it says how.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" data-island="print-button" hidden>
      {label}
    </button>
  );
}
