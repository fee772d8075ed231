export { Poster, type PosterProps } from "./Poster";
export { PrintButton } from "./PrintButton";
