import { describe, expect, it } from "vitest";
import { relativeRegionLabel } from "./region-label";

describe("relativeRegionLabel", () => {
  const township = "河南省 / 郑州市 / 金水区 / 经八路街道";
  it("drops the viewer's own region from the path", () => {
    expect(relativeRegionLabel(township, "河南省 / 郑州市 / 金水区")).toBe("经八路街道");
    expect(relativeRegionLabel(township, "河南省 / 郑州市")).toBe("金水区 / 经八路街道");
    expect(relativeRegionLabel(township, null)).toBe("郑州市 / 金水区 / 经八路街道");
  });
  it("names the viewer's own region, and leaves unrelated paths whole", () => {
    expect(relativeRegionLabel("河南省 / 郑州市 / 金水区", "河南省 / 郑州市 / 金水区")).toBe("金水区");
    expect(relativeRegionLabel(township, "河南省 / 洛阳市")).toBe(township);
  });
});
