import type { Locale } from "@/lib/i18n/config";
import { type LocalizedText, pickLanguage } from "@/lib/i18n/localized";

export interface LocalizedProps {
  value: LocalizedText;
  locale: Locale;
  as?: "p" | "span";
  className?: string;
}

/** Registry text in the page's language, or in bokmål marked as such when nobody has translated it. */
export function Localized({ value, locale, as: Element = "span", className }: LocalizedProps) {
  const { text, lang } = pickLanguage(value, locale);
  return (
    <Element className={className} lang={lang === locale ? undefined : lang}>
      {text}
    </Element>
  );
}
