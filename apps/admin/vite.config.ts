import react from "@vitejs/plugin-react";
import { defineConfig, type UserConfig } from "vite";

// The console talks to the gateway through this server's proxy, so the browser sees one origin
// (no CORS) and the bundle never contains a secret: tokens come from the gateway's dev endpoint.
const gateway = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000";

export default defineConfig(({ command }) => {
  // `vite build` always makes a production bundle, even under NODE_ENV=test (.ci/test-all, vitest):
  // otherwise JSX compiles for React's dev runtime while React itself is bundled for production.
  if (command === "build") process.env.NODE_ENV = "production";
  return config;
});

const config = {
  plugins: [react()],
  server: {
    host: process.env.HOST ?? "127.0.0.1",
    port: Number(process.env.ADMIN_PORT ?? 5173),
    proxy: { "/graphql": gateway, "/dev": gateway },
  },
  preview: {
    host: process.env.HOST ?? "127.0.0.1",
    port: Number(process.env.ADMIN_PORT ?? 4173),
    proxy: { "/graphql": gateway, "/dev": gateway },
  },
  build: { target: "es2022", sourcemap: true },
} satisfies UserConfig;
