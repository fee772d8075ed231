import type { ReactNode } from "react";
import { NavList } from "@/components/nav-list";
import type { Dictionary } from "@/lib/i18n/types";
import type { NavItem } from "@/lib/site/navigation";
import "./site-footer.css";

export interface SiteFooterProps {
  navigation: readonly NavItem[];
  /** The help-now block, placed first so that it is one tap away at the end of every page. */
  helpNow: ReactNode;
  contactEmail: string;
  text: Pick<Dictionary, "meta" | "frame" | "nav">;
}

export function SiteFooter({ navigation, helpNow, contactEmail, text }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="page-width">
        {helpNow}
        <div className="site-footer__about">
          <p className="site-footer__name">{text.meta.siteName}</p>
          <p>{text.frame.footerAbout}</p>
          <p>{text.frame.footerPrivacyNote}</p>
          <p>
            {text.frame.contactLabel} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>. {text.frame.contactWarning}
          </p>
        </div>
        <NavList label={text.frame.footerNavLabel} items={navigation} labels={text.nav} className="site-footer__nav" />
      </div>
    </footer>
  );
}
