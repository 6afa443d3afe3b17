import type { ThemeConfig } from "antd";

/** Government-console look: antd defaults with a deeper blue and Chinese-first system fonts. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: "#1668dc",
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { bodyBg: "#f0f2f5", siderBg: "#ffffff", headerBg: "#0b3d91" },
  },
};
