/** The poster page's print button (PrintButton.tsx): shown only where it can work. */
const button = document.querySelector<HTMLButtonElement>('button[data-island="print-button"]');
if (button) {
  button.addEventListener("click", () => window.print());
  button.hidden = false;
}
