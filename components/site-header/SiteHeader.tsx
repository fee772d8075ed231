import type { HelpLine } from "@/lib/help-lines";
import type { Dictionary } from "@/lib/i18n/types";
import type { NavItem } from "@/lib/navigation";

export interface SiteHeaderProps {
  homeHref: string;
  navigation: readonly NavItem[];
  /** The number to call when someone is in danger now; shown in the header on every page. */
  emergencyLine: HelpLine;
  text: Pick<Dictionary, "meta" | "frame" | "nav" | "helpNow">;
}

export function SiteHeader({ homeHref, navigation, emergencyLine, text }: SiteHeaderProps) {
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
        <a href={`tel:${emergencyLine.tel}`} className="site-header__emergency">
          {text.helpNow.emergencyShort} <strong>{emergencyLine.number}</strong>
        </a>
      </div>
      {navigation.length > 0 && (
        <nav aria-label={text.frame.mainNavLabel} className="site-header__nav">
          <ul className="page-width">
            {navigation.map((item) => (
              <li key={item.key}>
                <a href={item.href}>{text.nav[item.key]}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
