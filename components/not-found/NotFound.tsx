import type { Dictionary } from "@/lib/i18n/types";

export interface NotFoundProps {
  text: Dictionary["notFound"];
  homeHref: string;
  helpHref: string;
}

/** The body of the 404 page; the frame around it keeps the quick exit and the help-now numbers. */
export function NotFound({ text, homeHref, helpHref }: NotFoundProps) {
  return (
    <div className="content-page">
      <h1>{text.title}</h1>
      <p className="lead">{text.lead}</p>
      <ul className="link-list">
        <li>
          <a href={homeHref}>{text.toHome}</a>
        </li>
        <li>
          <a href={helpHref}>{text.toHelp}</a>
        </li>
      </ul>
    </div>
  );
}
