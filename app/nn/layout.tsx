import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site-frame";
import { rootMetadata } from "@/lib/site/metadata";
import "../globals.css";

export const metadata = rootMetadata("nn");

export default function NynorskLayout({ children }: { children: ReactNode }) {
  return <SiteFrame locale="nn">{children}</SiteFrame>;
}
