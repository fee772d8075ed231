// The site-wide styles first: they declare the order of the cascade layers that component styles join.
import "../globals.css";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site-frame";
import { rootMetadata } from "@/lib/site/metadata";

export const metadata = rootMetadata("en");

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="en">{children}</SiteFrame>;
}
