export { SiteFrame, type SiteFrameProps } from "./SiteFrame";
