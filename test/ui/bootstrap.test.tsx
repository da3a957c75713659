/** Outside Excel the page must say so instead of hanging; inside, it must check the API level. */
import { render, screen } from "@testing-library/react";
import { themeFromBackground, waitForOffice, type OfficeLike } from "../../src/taskpane/bootstrap";
import { OutsideOffice } from "../../src/taskpane/components/OutsideOffice";

function office(host: unknown, supported = true): OfficeLike {
  return {
    onReady: async () => ({ host }),
    context: {
      requirements: {
        isSetSupported: (name, version) => supported && name === "ExcelApi" && version === "1.9",
      },
    },
  };
}

it("is outside Office when office.js did not load", async () => {
  expect(await waitForOffice(undefined)).toBe("outside");
});

it("is outside Office when onReady resolves without a host (plain browser)", async () => {
  expect(await waitForOffice(office(null))).toBe("outside");
});

it("gives up waiting after the timeout when onReady never resolves", async () => {
  jest.useFakeTimers();
  try {
    const never: OfficeLike = { onReady: () => new Promise(() => undefined) };
    const state = waitForOffice(never, 5000);
    jest.advanceTimersByTime(5000);
    expect(await state).toBe("outside");
  } finally {
    jest.useRealTimers();
  }
});

it("is Excel when the host is Excel and ExcelApi 1.9 is supported", async () => {
  expect(await waitForOffice(office("Excel"))).toBe("excel");
});

it("is unsupported on Excel without ExcelApi 1.9", async () => {
  expect(await waitForOffice(office("Excel", false))).toBe("unsupported");
});

it("reads Office's theme from the body background", () => {
  expect(themeFromBackground("#262626")).toBe("dark");
  expect(themeFromBackground("#FFFFFF")).toBe("light");
  expect(themeFromBackground(undefined)).toBe("light");
});

it("tells the user to open the add-in from Excel", () => {
  render(<OutsideOffice reason="outside" />);
  expect(screen.getByRole("heading", { name: "Öppna Uppföljning från Excel" })).toBeTruthy();
});
