/** The addresses of the generated pages, in one place so that links and routes cannot drift. */

export function centreHref(id: string): string {
  return `/sentre/${id}/`;
}

/** The printable A4 poster of a centre. */
export function posterHref(id: string): string {
  return `${centreHref(id)}plakat/`;
}

export function municipalityHref(slug: string): string {
  return `/kommuner/${slug}/`;
}

export const CENTRES_HREF = "/sentre/";
export const MUNICIPALITIES_HREF = "/kommuner/";

/** The centre finder, which every content page offers as the way on. */
export const FINDER_HREF = "/finn-senter/";
