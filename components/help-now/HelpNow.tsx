import { PhoneLink } from "@/components/phone-link";
import type { HelpLine } from "@/lib/phone/help-lines";
import type { Dictionary } from "@/lib/i18n/types";
import "./help-now.css";

export interface HelpNowProps {
  lines: readonly HelpLine[];
  text: Dictionary["helpNow"];
  /** The page that explains when to call which number. */
  moreHref: string;
  /** The heading level that fits where the block is placed. */
  headingLevel?: 2 | 3;
  id?: string;
  /** Overrides the heading, e.g. where only the lines open day and night are shown. */
  heading?: string;
  /** Numbers and names only, side by side: for the top of the home page, where every line of height counts. */
  compact?: boolean;
}

/** The id of the help-now block in every page's footer, so that any page can point to it. */
export const HELP_NOW_ID = "hjelp-na";

/** The national numbers, each one tap from a call. */
export function HelpNow({ lines, text, moreHref, headingLevel = 2, id, heading = text.heading, compact = false }: HelpNowProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section id={id} className={compact ? "help-now help-now--compact" : "help-now"} aria-labelledby={id ? `${id}-heading` : undefined}>
      <Heading id={id ? `${id}-heading` : undefined} className="help-now__heading">
        {heading}
      </Heading>
      <ul className="help-now__list">
        {lines.map((line) => {
          const { name, when } = text.lines[line.id];
          return (
            <li key={line.id} className="help-now__item">
              <PhoneLink
                number={line.number}
                tel={line.tel}
                hiddenPrefix={text.callPrefix}
                className="help-now__call"
                numberClassName="help-now__number"
                after={<span className="help-now__name">{name}</span>}
              />
              {!compact && <p className="help-now__when">{when}</p>}
            </li>
          );
        })}
      </ul>
      <p className="help-now__more">
        <a href={moreHref}>{text.moreLink}</a>
      </p>
    </section>
  );
}
