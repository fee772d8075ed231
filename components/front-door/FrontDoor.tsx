import { HelpNow } from "@/components/help-now";
import type { HelpLine } from "@/lib/phone/help-lines";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/types";
import type { AudienceDoor } from "@/lib/site/navigation";
import { FinderSlot } from "./FrontDoor.finder";
import "./front-door.css";

export interface FrontDoorProps {
  locale: Locale;
  finderHref: string;
  /** The national lines open day and night: shown before anything else a visitor must scroll to. */
  dayAndNightLines: readonly HelpLine[];
  helpNowHref: string;
  doors: readonly AudienceDoor[];
  text: Pick<Dictionary, "home" | "helpNow" | "finder" | "serving" | "centre" | "centrePage">;
}

/**
 * The top of the home page, in the order a visitor on a phone needs it: finding a centre, the
 * lines open day and night (visible without scrolling on a 375 × 667 screen), then a door for
 * each audience. Everything works without JavaScript; the place search needs it, and is a link to
 * the finder page without it.
 */
export function FrontDoor({ locale, finderHref, dayAndNightLines, helpNowHref, doors, text }: FrontDoorProps) {
  return (
    <div className="front-door">
      <FinderSlot href={finderHref} locale={locale} alternativeLines={dayAndNightLines} text={text} />
      <HelpNow id="snakk-na" lines={dayAndNightLines} heading={text.home.talkNow} text={text.helpNow} moreHref={helpNowHref} compact />
      <nav className="front-door__doors" aria-labelledby="front-door-doors-heading">
        <h2 id="front-door-doors-heading" className="front-door__doors-heading">
          {text.home.doorsHeading}
        </h2>
        <ul>
          {doors.map((door) => (
            <li key={door.key}>
              <a href={door.href} hrefLang={door.hrefLang} className="front-door__door">
                <span className="front-door__door-title">{text.home.doors[door.key].title}</span>
                <span className="front-door__door-description">{text.home.doors[door.key].description}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
