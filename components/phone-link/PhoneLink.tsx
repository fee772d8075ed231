import type { ReactNode } from "react";
import { isSameNumber } from "@/lib/phone/digits";

export interface PhoneLinkProps {
  /** The number as people read it: "800 57 000". The link always shows exactly this. */
  number: string;
  /** The number as dialled: "+4780057000". It must be the same digits as `number`, or the page does not build. */
  tel: string;
  /** Read by screen readers before the number ("Ring"), not shown. */
  hiddenPrefix?: string;
  /** Shown inside the link before the number, such as "Akutt fare? Ring". */
  before?: ReactNode;
  /** Shown inside the link after the number, such as the line's name. */
  after?: ReactNode;
  className?: string;
  numberClassName?: string;
}

/**
 * Every `tel:` link on the site. It renders the number itself, and refuses (at build time, since
 * every page is rendered then) a number shown that differs from the number dialled: a link that
 * dials something other than what it says is the worst bug this site can have.
 */
export function PhoneLink({ number, tel, hiddenPrefix, before, after, className, numberClassName }: PhoneLinkProps) {
  if (!isSameNumber(number, tel)) throw new Error(`PhoneLink: "${number}" is shown but tel:${tel} would be dialled`);
  return (
    <a href={`tel:${tel}`} className={className}>
      {hiddenPrefix && <span className="sr-only">{hiddenPrefix} </span>}
      {before}
      {numberClassName ? <span className={numberClassName}>{number}</span> : number}
      {after}
    </a>
  );
}
