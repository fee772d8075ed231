"use client";

import { usePathname } from "next/navigation";
import { localeFacts } from "@/lib/i18n/config";
import { languageLinks, type TranslationGroup } from "@/lib/i18n/counterpart";
import "./language-switch.css";

export interface LanguageSwitchProps {
  /** Every translated page with its counterparts (lib/i18n/translations.ts). */
  groups: readonly TranslationGroup[];
  /** The name of the list of languages, in the page's language. */
  label: string;
}

/**
 * Every language of the site, each by its own name: the page's own marked as current, the others
 * linking to the same page in that language, or to that language's home page where the page has
 * no counterpart. The path is known when the page is prerendered, so it works without JavaScript.
 */
export function LanguageSwitch({ groups, label }: LanguageSwitchProps) {
  const links = languageLinks(usePathname(), groups);
  return (
    <nav aria-label={label} className="language-switch">
      <ul className="language-switch__list">
        {links.map(({ locale, href, current }) => (
          <li key={locale} lang={locale}>
            {current ? (
              <span aria-current="true" className="language-switch__current">
                {localeFacts[locale].name}
              </span>
            ) : (
              <a href={href} hrefLang={locale}>
                {localeFacts[locale].name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
