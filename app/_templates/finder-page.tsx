import { CentresByCounty } from "@/components/centre-list";
import { Finder } from "@/components/finder";
import { FinderCredits } from "@/components/finder-credits";
import { ReactIsland } from "@/components/react-island";
import { loadGeography } from "@/lib/geo/load";
import { getDictionary, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { MUNICIPALITIES_HREF, pathsFor } from "@/lib/site/paths";
import { loadCentres } from "@/lib/registry/load";
import { summarizeCentre } from "@/lib/registry/summary";

/**
 * The centre finder in every language; without JavaScript, every centre by county. The page is
 * static (no Next runtime): the finder is a React island that hydrates at once (finder.island.tsx).
 */

export function finderMetadata(locale: Locale) {
  const text = getDictionary(locale);
  return pageMetadata({ title: text.finder.title, description: text.finder.description, path: pathsFor(locale).finder });
}

export function FinderPage({ locale }: { locale: Locale }) {
  const text = getDictionary(locale);
  const centres = loadCentres().map((centre) => summarizeCentre(centre, locale));
  return (
    <>
      <h1>{text.finder.title}</h1>
      <p className="lead">{text.finder.lead}</p>
      <p className="notice finder-privacy">
        <strong>{text.finder.privacy}</strong> {text.finder.privacyMore}
      </p>
      <noscript>
        <p className="notice finder-privacy">{text.finder.noScript}</p>
      </noscript>
      <ReactIsland
        name="finder"
        component={Finder}
        props={{ centres, text: text.finder, servingText: text.serving, centreText: text.centre, locale }}
      />
      <section className="finder-all-centres" aria-labelledby="alle-sentre">
        <h2 id="alle-sentre">{text.finder.allCentres.heading}</h2>
        <p>
          <a href={MUNICIPALITIES_HREF} hrefLang="nb">
            {text.finder.allCentres.municipalities}
          </a>
        </p>
        <CentresByCounty centres={centres} counties={loadGeography().counties} text={text.centre} locale={locale} headingLevel={3} />
      </section>
      <FinderCredits text={text.finder.credits} />
    </>
  );
}
