import type { ReactNode } from "react";
import { ContentPage } from "@/components/content-page";
import { AgreementsByCentre } from "@/components/agreements-by-centre";
import { ChildrenOfferCentres } from "@/components/children-offer-centres";
import { FinancingCalculator } from "@/components/financing-calculator";
import { isEasyReadPage } from "@/lib/content/easy-read";
import { FrontDoor } from "@/components/front-door";
import { RegistryCoverage } from "@/components/registry-coverage";
import type { PageEmbed } from "@/lib/content/frontmatter";
import { listContentPages, listPageSummaries, loadContentPage } from "@/lib/content/pages";
import { neighboursOf } from "@/lib/content/sections";
import { todayInNorway } from "@/lib/schema/dates";
import { type Dictionary, getDictionary, type Locale } from "@/lib/i18n";
import { bokmalOnly } from "@/lib/i18n/bokmal-only";
import { alternativeLines } from "@/lib/phone/help-lines";
import { pageMetadata } from "@/lib/site/metadata";
import { audienceDoors } from "@/lib/site/navigation";
import { municipalityHref, pathsFor } from "@/lib/site/paths";
import { centresSeeingChildrenUnder16 } from "@/lib/registry/children";
import { registryCoverage } from "@/lib/registry/coverage";
import { loadCentres, loadRecords, loadServedMunicipalities } from "@/lib/registry/load";
import { registryReport } from "@/lib/registry/report";

/**
 * A Markdown page of either language, shared by the bokmål and English routes. The home page is
 * content/<locale>/index.md; every other file is a page at its path.
 */

export async function markdownStaticParams(locale: Locale) {
  const pages = await listContentPages(locale);
  return pages.filter((page) => page.slug.length > 0).map((page) => ({ slug: page.slug }));
}

export async function markdownMetadata(locale: Locale, slug: readonly string[]) {
  const page = await loadContentPage(locale, slug);
  return pageMetadata({
    // The home page keeps the site's own title from the root layout.
    title: slug.length > 0 ? page.frontmatter.title : undefined,
    description: page.frontmatter.description,
    path: page.href,
    interactive: page.frontmatter.embed !== undefined && interactiveEmbeds[page.frontmatter.embed],
  });
}

/**
 * The embeds that run React in the browser, which makes their page interactive; the others are
 * rendered on the server only, and their page stays static (docs/adr/0011-islands.md).
 */
const interactiveEmbeds: Record<PageEmbed, boolean> = {
  "financing-calculator": true,
  "children-offer-centres": false,
  "agreements-by-centre": false,
  "registry-coverage": false,
};

/** What each `embed` in a page's frontmatter renders; the Record type makes every embed have one. */
function embedFor(embed: PageEmbed, text: Dictionary, locale: Locale): ReactNode {
  const embeds: Record<PageEmbed, () => ReactNode> = {
    "financing-calculator": () => <FinancingCalculator locale={locale} text={text.financingCalculator} />,
    "children-offer-centres": () => (
      <ChildrenOfferCentres
        centres={centresSeeingChildrenUnder16(loadCentres()).map((centre) => ({ ...centre, href: pathsFor(locale).centre(centre.id) }))}
        text={bokmalOnly.childrenOfferCentres}
      />
    ),
    "agreements-by-centre": () => (
      <AgreementsByCentre
        centres={loadCentres()
          .filter((centre) => centre.servesCatchment)
          .map((centre) => {
            const served = loadServedMunicipalities(centre.id);
            return {
              id: centre.id,
              name: centre.name,
              href: pathsFor(locale).centre(centre.id),
              host: served.host,
              agreement: served.agreement,
            };
          })}
        municipalityHref={(municipality) => municipalityHref(municipality.slug)}
        text={bokmalOnly.agreementsByCentre}
      />
    ),
    "registry-coverage": () => {
      const today = todayInNorway();
      return (
        <RegistryCoverage
          coverage={registryCoverage(registryReport(loadRecords(), today))}
          builtOn={today}
          locale={locale}
          text={text.registryCoverage}
        />
      );
    },
  };
  return embeds[embed]();
}

export async function MarkdownPage({ locale, slug }: { locale: Locale; slug: readonly string[] }) {
  const page = await loadContentPage(locale, slug);
  const text = getDictionary(locale);
  const paths = pathsFor(locale);
  const isHome = slug.length === 0;
  return (
    <ContentPage
      frontmatter={page.frontmatter}
      html={page.html}
      locale={locale}
      text={text}
      neighbours={neighboursOf(await listPageSummaries(locale), slug)}
      easyRead={isEasyReadPage(slug)}
      // On the help-now page the sources wait behind a disclosure: a reader in crisis meets the numbers, not news headlines.
      collapseSources={page.href === paths.helpNow}
      className={isHome ? "content-page--home" : undefined}
      intro={
        isHome && (
          <FrontDoor
            locale={locale}
            finderHref={paths.finder}
            dayAndNightLines={alternativeLines}
            helpNowHref={paths.helpNow}
            doors={audienceDoors[locale]}
            text={text}
          />
        )
      }
    >
      {page.frontmatter.embed && embedFor(page.frontmatter.embed, text, locale)}
    </ContentPage>
  );
}
