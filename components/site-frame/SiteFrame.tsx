import type { ReactNode } from "react";
import { HELP_NOW_ID, HelpNow } from "@/components/help-now";
import { QuickExit } from "@/components/quick-exit";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLinks } from "@/components/skip-links";
import { helpLines } from "@/lib/help-lines";
import { getDictionary, type Locale } from "@/lib/i18n";
import { footerNavigation, mainNavigation } from "@/lib/navigation";
import { QUICK_EXIT_URL, SITE_CONTACT_EMAIL } from "@/lib/site";

const MAIN_ID = "hovedinnhold";

export interface SiteFrameProps {
  locale: Locale;
  children: ReactNode;
}

/**
 * The document every page shares: skip links, header, the quick exit, the main landmark and the
 * footer with the help-now numbers. Root layouts render this and nothing else.
 */
export function SiteFrame({ locale, children }: SiteFrameProps) {
  const text = getDictionary(locale);
  const police = helpLines.find((line) => line.id === "police");
  if (!police) throw new Error("content/help-lines.json must list the police (112)");
  return (
    <html lang={locale}>
      <body>
        <SkipLinks mainId={MAIN_ID} exitHref={QUICK_EXIT_URL} frame={text.frame} quickExit={text.quickExit} />
        <SiteHeader homeHref="/" navigation={mainNavigation} emergencyLine={police} text={text} />
        <QuickExit href={QUICK_EXIT_URL} text={text.quickExit} />
        <main id={MAIN_ID} tabIndex={-1} className="page-width site-main">
          {children}
        </main>
        <SiteFooter
          navigation={footerNavigation}
          contactEmail={SITE_CONTACT_EMAIL}
          text={text}
          helpNow={<HelpNow id={HELP_NOW_ID} lines={helpLines} text={text.helpNow} moreHref="/akutt-hjelp/" />}
        />
      </body>
    </html>
  );
}
