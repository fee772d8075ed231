export { HELP_NOW_ID, HelpNow, type HelpNowProps } from "./HelpNow";
