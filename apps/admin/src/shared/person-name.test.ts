import { describe, expect, it } from "vitest";
import { personName, secondaryName } from "./person-name";

describe("personName", () => {
  it("prefers the real name, then the nickname, then the masked phone", () => {
    expect(personName({ realName: "张三", nickname: "科普小张", phoneMasked: "138****0002" })).toBe("张三");
    expect(personName({ realName: null, nickname: "科普小张", phoneMasked: "138****0002" })).toBe("科普小张");
    expect(personName({ realName: " ", nickname: null, phoneMasked: "138****0002" })).toBe("138****0002");
    expect(personName(null)).toBe("未命名用户");
  });
});

describe("secondaryName", () => {
  it("shows the nickname only beside a different real name", () => {
    expect(secondaryName({ realName: "张三", nickname: "科普小张" })).toBe("科普小张");
    expect(secondaryName({ realName: "张三", nickname: "张三" })).toBeNull();
    expect(secondaryName({ realName: null, nickname: "科普小张" })).toBeNull();
  });
});
