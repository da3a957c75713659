import { svUi } from "../../../src/core/locale/sv/ui";

describe("Swedish UI agreement", () => {
  it("agrees ogynnsam/ogynnsamma with the count", () => {
    const { summary } = svUi;
    expect(summary.materialCount(2, 1)).toBe("2 (varav 1 ogynnsam)");
    expect(summary.materialCount(4, 2)).toBe("4 (varav 2 ogynnsamma)");
    expect(summary.materialCount(3, 0)).toBe("3 (varav 0 ogynnsamma)");
  });
});
