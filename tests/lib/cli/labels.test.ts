import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/lib/cli/labels";

describe("labelOf", () => {
  it("names an option by its label, and an id it does not know by the id", () => {
    const label = labelOf([
      { id: "muse", label: "Muse Spark (Meta)" },
      { id: "maverick", label: "Llama 4 Maverick on 8 × H100" },
    ]);
    expect(label("maverick")).toBe("Llama 4 Maverick on 8 × H100");
    expect(label("muse")).toBe("Muse Spark (Meta)");
    expect(label("gone")).toBe("gone");
  });
});
