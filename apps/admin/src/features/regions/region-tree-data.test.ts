import { describe, expect, it } from "vitest";
import { buildTreeNodes, emptyRegionTreeState, loadedCodes, withChildren, withRoots, type RegionSummary } from "./region-tree-data";

const region = (code: string, name: string, childCount: number): RegionSummary => ({
  id: `R:${code}`,
  code,
  name,
  level: code.length === 2 ? "PROVINCE" : code.length === 4 ? "CITY" : code.length === 6 ? "COUNTY" : "TOWNSHIP",
  childCount,
  population: null,
  populationSource: null,
});

describe("region tree data", () => {
  it("starts with unloaded roots that can expand", () => {
    const state = withRoots(emptyRegionTreeState, [region("41", "河南省", 18)]);
    const [root] = buildTreeNodes(state);
    expect(root).toMatchObject({ key: "41", title: "河南省", isLeaf: false });
    expect(root?.children).toBeUndefined();
    expect(loadedCodes(state)).toEqual([]);
  });

  it("nests loaded children in server order and marks childless regions as leaves", () => {
    let state = withRoots(emptyRegionTreeState, [region("41", "河南省", 2)]);
    state = withChildren(state, "41", [region("4101", "郑州市", 12), region("4102", "开封市", 9)]);
    state = withChildren(state, "4101", [region("410105", "金水区", 17), region("410199", "空壳区", 0)]);

    const [root] = buildTreeNodes(state);
    expect(root?.children?.map((c) => c.title)).toEqual(["郑州市", "开封市"]);
    const zhengzhou = root?.children?.[0];
    expect(zhengzhou?.children?.map((c) => [c.title, c.isLeaf])).toEqual([
      ["金水区", false],
      ["空壳区", true],
    ]);
    expect(root?.children?.[1]?.children).toBeUndefined();
    expect(loadedCodes(state).sort()).toEqual(["41", "4101"]);
  });

  it("keeps an expanded parent with no children as loaded (empty list)", () => {
    let state = withRoots(emptyRegionTreeState, [region("41", "河南省", 1)]);
    state = withChildren(state, "41", []);
    expect(buildTreeNodes(state)[0]?.children).toEqual([]);
    expect(loadedCodes(state)).toEqual(["41"]);
  });
});
