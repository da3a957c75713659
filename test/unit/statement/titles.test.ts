/** Who reports a table, read from the rows above it (the subject of the commentary's headline). */
import { organisationIn } from "../../../src/core/statement/titles";

describe("organisationIn", () => {
  it("takes the part before a dash in the title line that names an organisation", () => {
    expect(organisationIn(["Inköpsnämnden – Resultaträkning per 2025-03-31 (tkr)"])).toBe(
      "Inköpsnämnden",
    );
    expect(organisationIn(["Gnesta kommun", "Driftredovisning (tkr)"])).toBe("Gnesta kommun");
  });

  it("prefers the nämnd over the municipality above it: the table is the nämnd's", () => {
    // Tyresö kommun, Årsredovisning 2018: the page for Kommunstyrelsen under the municipality's title.
    expect(organisationIn(["Tyresö kommun – Årsredovisning 2018", "Kommunstyrelsen"])).toBe(
      "Kommunstyrelsen",
    );
    expect(
      organisationIn(["Region Exempelland", "Hälso- och sjukvårdsnämnden", "Resultaträkning"]),
    ).toBe("Hälso- och sjukvårdsnämnden");
  });

  it("never takes a table title for the organisation, and says nothing when none is named", () => {
    expect(organisationIn(["Driftredovisning per nämnd (mnkr)", "Gnesta kommun"])).toBe(
      "Gnesta kommun",
    );
    expect(organisationIn(["Resultaträkning", "(mnkr)"])).toBeNull();
  });
});
