// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { nb } from "@/lib/i18n/nb";
import { EasyReadLink } from "./EasyReadLink";

afterEach(cleanup);

describe("EasyReadLink", () => {
  it("shows Lettlest and tells a screen reader on a bokmål page that it is easy-to-read Norwegian", () => {
    render(<EasyReadLink href="/lettlest/" text={nb.frame} />);
    // jsdom joins the two spans without the space a browser puts between them (tests/e2e/lettlest.spec.ts).
    const link = screen.getByRole("link", { name: /^Lettlest ?– enkel tekst på norsk$/ });
    expect(link.getAttribute("href")).toBe("/lettlest/");
    expect(screen.getByText("Lettlest").getAttribute("lang")).toBe("nb");
  });

  it("keeps the Norwegian label on an English page, marked as bokmål, and explains it in English", () => {
    render(<EasyReadLink href="/lettlest/" text={en.frame} />);
    expect(screen.getByRole("link", { name: /^Lettlest ?– easy-to-read Norwegian$/ }).getAttribute("hreflang")).toBe("nb");
    expect(screen.getByText("Lettlest").getAttribute("lang")).toBe("nb");
  });
});
