/**
 * The digits a number dials within Norway, as written or as a tel: target: "800 57 000",
 * "+4780057000" and "tel:+47 800 57 000" are all "80057000".
 */
export function dialledDigits(number: string): string {
  return number.replace(/^tel:/, "").replace(/[\s-]/g, "").replace(/^\+47/, "").replace(/\D/g, "");
}

/** True when the number shown and the number dialled are the same number, so a link cannot dial something else. */
export function isSameNumber(shown: string, dialled: string): boolean {
  const digits = dialledDigits(shown);
  return digits.length > 0 && digits === dialledDigits(dialled);
}
