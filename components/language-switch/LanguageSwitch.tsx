"use client";

import { usePathname } from "next/navigation";
import { counterpartOf } from "@/lib/i18n/counterpart";

export interface LanguageSwitchProps {
  /** Every page's counterpart in the other language, both ways (lib/translations.ts). */
  counterparts: Readonly<Record<string, string>>;
  /** The other language's name, in that language: "English" on bokmål pages, "Norsk" on English ones. */
  label: string;
}

/**
 * A link to the same page in the other language, or to that language's home page where the page
 * has no counterpart. The path is known when the page is prerendered, so it works without JavaScript.
 */
export function LanguageSwitch({ counterparts, label }: LanguageSwitchProps) {
  const { locale, href } = counterpartOf(usePathname(), counterparts);
  return (
    <a href={href} lang={locale} hrefLang={locale} className="language-switch">
      {label}
    </a>
  );
}
