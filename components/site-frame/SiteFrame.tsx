import type { ReactNode } from "react";
import { EasyReadLink } from "@/components/easy-read-link";
import { HELP_NOW_ID, HelpNow } from "@/components/help-now";
import { LanguageSwitch } from "@/components/language-switch";
import { HeaderSearch } from "@/components/site-search";
import { QuickExit } from "@/components/quick-exit";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLinks } from "@/components/skip-links";
import { EASY_READ_HREF } from "@/lib/content/easy-read";
import { helpLine, helpLines } from "@/lib/phone/help-lines";
import { getDictionary, type Locale } from "@/lib/i18n";
import { navigation } from "@/lib/site/navigation";
import { pathsFor } from "@/lib/site/paths";
import { QUICK_EXIT_URL, SITE_CONTACT_EMAIL } from "@/lib/site/settings";
import { translationGroups } from "@/lib/i18n/translations";
import "./site-frame.css";

const MAIN_ID = "hovedinnhold";

export interface SiteFrameProps {
  locale: Locale;
  children: ReactNode;
  /** Whether the site search indexes the page's main content; the 404 page is left out. */
  searchable?: boolean;
}

/**
 * The document every page shares: skip links, header, the quick exit, the main landmark and the
 * footer with the help-now numbers. Root layouts render this and nothing else.
 */
export async function SiteFrame({ locale, children, searchable = true }: SiteFrameProps) {
  const text = getDictionary(locale);
  const paths = pathsFor(locale);
  const police = helpLine("police");
  return (
    <html lang={locale}>
      <body>
        <SkipLinks mainId={MAIN_ID} exitHref={QUICK_EXIT_URL} frame={text.frame} quickExit={text.quickExit} />
        <SiteHeader
          homeHref={paths.home}
          navigation={navigation[locale].main}
          emergencyLine={police}
          languageSwitch={<LanguageSwitch groups={await translationGroups()} label={text.frame.languages} />}
          easyReadLink={<EasyReadLink href={EASY_READ_HREF} text={text.frame} />}
          search={<HeaderSearch searchHref={paths.search} text={text.search} />}
          text={text}
        />
        <QuickExit href={QUICK_EXIT_URL} text={text.quickExit} />
        <main id={MAIN_ID} tabIndex={-1} className="page-width site-main" data-pagefind-body={searchable ? "" : undefined}>
          {children}
        </main>
        <SiteFooter
          navigation={navigation[locale].footer}
          contactEmail={SITE_CONTACT_EMAIL}
          text={text}
          helpNow={<HelpNow id={HELP_NOW_ID} lines={helpLines} text={text.helpNow} moreHref={paths.helpNow} />}
        />
      </body>
    </html>
  );
}
