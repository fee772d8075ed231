import { describe, expect, it } from "vitest";
import { counterpartMap } from "../translations";
import { counterpartOf } from "./counterpart";

const map = { "/til-deg-som-er-utsatt/": "/en/if-you-were-abused/", "/en/if-you-were-abused/": "/til-deg-som-er-utsatt/" };

describe("counterpartOf", () => {
  it("leads to the same page in the other language, both ways", () => {
    expect(counterpartOf("/til-deg-som-er-utsatt/", map)).toEqual({ locale: "en", href: "/en/if-you-were-abused/" });
    expect(counterpartOf("/en/if-you-were-abused/", map)).toEqual({ locale: "nb", href: "/til-deg-som-er-utsatt/" });
  });

  it("accepts a path without its trailing slash, as the router may give it", () => {
    expect(counterpartOf("/til-deg-som-er-utsatt", map).href).toBe("/en/if-you-were-abused/");
  });

  it("falls back to the other language's home page", () => {
    expect(counterpartOf("/kommuner/trysil/", map)).toEqual({ locale: "en", href: "/en/" });
    expect(counterpartOf("/en/nowhere/", map)).toEqual({ locale: "nb", href: "/" });
    expect(counterpartOf("/", map)).toEqual({ locale: "en", href: "/en/" });
  });
});

describe("the site's counterpart map", () => {
  it("pairs the finder and every centre page", async () => {
    const site = await counterpartMap();
    expect(site["/finn-senter/"]).toBe("/en/find-a-centre/");
    expect(site["/en/centres/nok-elverum/"]).toBe("/sentre/nok-elverum/");
    expect(counterpartOf("/sentre/nok-elverum/", site).href).toBe("/en/centres/nok-elverum/");
  });
});
