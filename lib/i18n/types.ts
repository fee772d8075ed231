import type { nb } from "./nb";

/** The shape of a dictionary: bokmål's keys, with any string as the value. */
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof nb>;
