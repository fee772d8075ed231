import type { Dictionary } from "@/lib/i18n/types";
import type { NavItem } from "@/lib/site/navigation";

export interface NavListProps {
  label: string;
  items: readonly NavItem[];
  labels: Dictionary["nav"];
  className?: string;
}

/** A labelled navigation landmark with a list of links, as in the header and the footer. */
export function NavList({ label, items, labels, className }: NavListProps) {
  return (
    <nav aria-label={label} className={className}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href}>{labels[item.key]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
