export { renderShareImage, ShareImage, type ShareImageColours, type ShareImageFonts, type ShareImageProps, shareImageFonts } from "./ShareImage";
