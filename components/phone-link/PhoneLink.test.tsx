// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PhoneLink } from "./PhoneLink";

afterEach(cleanup);

describe("PhoneLink", () => {
  it("shows the number and dials the same digits", () => {
    render(<PhoneLink number="800 57 000" tel="+4780057000" hiddenPrefix="Ring" after=" Hjelpetelefonen" />);
    // jsdom's accessible name drops the space at the end of the hidden prefix; browsers keep it.
    const link = screen.getByRole("link", { name: /^Ring ?800 57 000 Hjelpetelefonen$/ });
    expect(link.textContent).toBe("Ring 800 57 000 Hjelpetelefonen");
    expect(link).toHaveProperty("href", "tel:+4780057000");
  });

  it("refuses to render a link that shows one number and dials another", () => {
    expect(() => render(<PhoneLink number="116 111" tel="112" />)).toThrow('PhoneLink: "116 111" is shown but tel:112 would be dialled');
  });
});
