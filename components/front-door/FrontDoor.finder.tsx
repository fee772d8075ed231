import { ReactIsland } from "@/components/react-island";
import type { HelpLine } from "@/lib/phone/help-lines";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/types";
import { FrontDoorSearch, type FrontDoorSearchProps } from "./FrontDoorSearch";

export interface FinderSlotProps {
  href: string;
  locale: Locale;
  /** The lines open day and night, offered in the answer where a centre's phone number is unknown. */
  alternativeLines: readonly HelpLine[];
  text: Pick<Dictionary, "home" | "finder" | "serving" | "centre" | "centrePage" | "helpNow">;
}

/** The id of the home page's finder region. */
const FINDER_SLOT_ID = "finn-senter";

/** Only what the field and its answer show: these travel to the browser with the page. */
function searchProps({ href, locale, alternativeLines, text }: FinderSlotProps): FrontDoorSearchProps {
  const { finder } = text;
  return {
    locale,
    finderHref: href,
    alternativeLines: alternativeLines.map(({ id, number, tel }) => ({ id, number, tel, name: text.helpNow.lines[id].name })),
    text: {
      finder: {
        searchLabel: text.home.finderLink,
        searchHint: text.home.searchHint,
        searchButton: finder.searchButton,
        suggestionCount: finder.suggestionCount,
        suggestionDetail: finder.suggestionDetail,
        loadingPlaces: finder.loadingPlaces,
        problems: finder.problems,
        chooseExact: finder.chooseExact,
        choosePartial: finder.choosePartial,
        results: finder.results,
        territoryNote: finder.territoryNote,
        outsideNorway: finder.outsideNorway,
      },
      serving: text.serving,
      centre: text.centre,
      more: text.home.finderMore,
      noPhoneAlternatives: text.centrePage.noPhoneAlternatives,
      callPrefix: text.helpNow.callPrefix,
    },
  };
}

/**
 * The first thing on the home page: the way to a centre. Where scripting is on, it is the finder's
 * own place search (FrontDoorSearch, an island that loads its code when first used); without
 * JavaScript it is a plain link to the finder page. CSS shows the one that works
 * (front-door.css), so nothing moves when the page's script starts.
 */
export function FinderSlot(props: FinderSlotProps) {
  const { href, text } = props;
  return (
    <section id={FINDER_SLOT_ID} className="front-door__finder" aria-label={text.home.finderRegion}>
      <a href={href} className="front-door__finder-link">
        {text.home.finderLink}
      </a>
      <ReactIsland name="front-door-search" component={FrontDoorSearch} props={searchProps(props)} className="front-door__search" />
    </section>
  );
}
