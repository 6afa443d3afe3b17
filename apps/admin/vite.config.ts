import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { graphqlDocuments } from "./vite-graphql-documents";

// The dev server forwards API calls to the real server so the SPA always talks to same-origin paths,
// exactly as in production where the server serves `dist/` itself.
const apiTarget = process.env.KEPU_API_URL ?? "http://localhost:4000";

/**
 * Vendor groups: stable libraries get their own long-cached chunks, apart from app code that changes
 * often. antd has none on purpose: one antd chunk made every page (and, before, /login) download all
 * of it; left to the bundler, its components split by the pages that use them.
 */
const vendorGroups = [
  { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 30 },
  {
    name: "apollo",
    test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
    priority: 20,
  },
];

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
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
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
