/** Sheet-qualified addresses: any name Excel accepts is quoted so that the address reads back to it. */
import fc from "fast-check";
import { parseQualifiedAddress, qualifiedAddress } from "../../../src/core/address";
import { HOSTILE_SHEET_NAMES } from "../../helpers/hostile";
import { propertyParams } from "../../helpers/run";

/** Excel's rules: 1–31 characters, none of [ ] : * ? / \, no quote first or last. */
const arbSheetName = fc.oneof(
  fc.constantFrom(...HOSTILE_SHEET_NAMES),
  fc
    .string({
      unit: fc.constantFrom(..."abcRCQ019 'åäöÅÄÖ!.,-_()#&\"=+@–"),
      minLength: 1,
      maxLength: 31,
    })
    .filter((s) => !/^'|'$/.test(s) && s.trim() !== ""),
);

const arbRange = fc
  .tuple(
    fc.nat({ max: 1_048_575 }),
    fc.nat({ max: 16_383 }),
    fc.nat({ max: 1000 }),
    fc.nat({ max: 50 }),
  )
  .map(([top, left, h, w]) => ({
    top,
    left,
    bottom: Math.min(top + h, 1_048_575),
    right: Math.min(left + w, 16_383),
  }));

it("qualifiedAddress reads back to the same sheet and range for any valid sheet name", () => {
  fc.assert(
    fc.property(arbSheetName, arbRange, (name, range) => {
      expect(parseQualifiedAddress(qualifiedAddress(name, range))).toEqual({ sheet: name, range });
    }),
    propertyParams(500),
  );
});
