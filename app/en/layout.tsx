import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site-frame";
import { rootMetadata } from "@/lib/metadata";
import "../globals.css";

export const metadata = rootMetadata("en");

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="en">{children}</SiteFrame>;
}
