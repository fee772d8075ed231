export { renderShareImage, type ShareImageColours, shareImageFonts } from "./ShareImage";
