import type { ReactNode } from "react";
import { NavList } from "@/components/nav-list";
import { PhoneLink } from "@/components/phone-link";
import type { HelpLine } from "@/lib/phone/help-lines";
import type { Dictionary } from "@/lib/i18n/types";
import type { NavItem } from "@/lib/site/navigation";
import "./site-header.css";

export interface SiteHeaderProps {
  homeHref: string;
  navigation: readonly NavItem[];
  /** The number to call when someone is in danger now; shown in the header on every page. */
  emergencyLine: HelpLine;
  /** The link to the other language. */
  languageSwitch: ReactNode;
  /** The link to the easy-to-read pages, shown beside the language switch. */
  easyReadLink: ReactNode;
  /** The site search field. */
  search: ReactNode;
  text: Pick<Dictionary, "meta" | "frame" | "nav" | "helpNow">;
}

/**
 * The header of every page: the site's name, the languages, Lettlest and 112 always in view; the
 * main menu and the site search behind a "Meny" disclosure on narrow screens, where a frightened
 * visitor on a phone must see the page's own help without scrolling, and always in view on wider
 * ones. The disclosure is a <details> element, so it works without JavaScript.
 */
export function SiteHeader({ homeHref, navigation, emergencyLine, languageSwitch, easyReadLink, search, text }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__bar page-width">
        <a href={homeHref} className="site-header__brand">
          <span className="sr-only">{text.frame.homeLink}</span>
          <span aria-hidden="true" className="site-header__name">
            {text.meta.siteName}
          </span>
          <span aria-hidden="true" className="site-header__tagline">
            {text.meta.siteTagline}
          </span>
        </a>
        <div className="site-header__tools">
          {languageSwitch}
          {easyReadLink}
          <PhoneLink
            number={emergencyLine.number}
            tel={emergencyLine.tel}
            before={`${text.helpNow.emergencyShort} `}
            className="site-header__emergency"
            numberClassName="site-header__emergency-number"
          />
        </div>
      </div>
      {/* On a phone the menu and the search wait behind "Meny"; on a wider screen they show as a row (site-header.css, site-menu.island.ts). */}
      <details className="site-header__menu" data-island="site-menu">
        <summary className="site-header__menu-button">
          <span className="page-width site-header__menu-label">{text.frame.menu}</span>
        </summary>
        <div className="site-header__nav">
          <div className="site-header__nav-row page-width">
            <NavList label={text.frame.mainNavLabel} items={navigation} labels={text.nav} />
            {search}
          </div>
        </div>
      </details>
    </header>
  );
}
