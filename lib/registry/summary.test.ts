import { describe, expect, it } from "vitest";
import { websiteLabel } from "./summary";

describe("websiteLabel", () => {
  it("drops the scheme, www and a closing slash", () => {
    expect(websiteLabel("https://www.nokelverum.no/")).toBe("nokelverum.no");
    expect(websiteLabel("http://www.smstelemark.no")).toBe("smstelemark.no");
    expect(websiteLabel("https://noksentrene.no/sentre/nok-elverum/")).toBe("noksentrene.no/sentre/nok-elverum");
  });
});
