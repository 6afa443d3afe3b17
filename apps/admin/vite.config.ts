import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dev server forwards API calls to the real server so the SPA always talks to same-origin paths,
// exactly as in production where the server serves `dist/` itself.
const apiTarget = process.env.KEPU_API_URL ?? "http://localhost:4000";

/** Vendor groups: stable libraries get their own long-cached chunks, apart from app code that changes often. */
const vendorGroups = [
  { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 30 },
  {
    name: "apollo",
    test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
    priority: 20,
  },
  {
    name: "antd",
    test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime|dayjs|classnames|clsx|@emotion|stylis|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mc|is-mobile|@ctrl)[\\/]/,
    priority: 10,
    // Only what the shell and at least one more chunk share; a component a single page uses
    // (Tree, Table, AutoComplete…) stays in that page's lazy chunk.
    minShareCount: 2,
  },
];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: apiTarget, changeOrigin: true },
      "/healthz": { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: apiTarget, changeOrigin: true },
      "/healthz": { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: "hidden",
    // antd's core (Layout, Menu, Table, theme runtime) is one cohesive ~600 kB chunk by design.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
