import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site-frame";
import { rootMetadata } from "@/lib/metadata";
import "../globals.css";

export const metadata = rootMetadata("nb");

export default function BokmalLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="nb">{children}</SiteFrame>;
}
