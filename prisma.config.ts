import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { loadEnvFiles } from "./scripts/lib/env";

loadEnvFiles();

// `prisma generate` validates the schema's `url = env("DATABASE_URL")` even though it connects to nothing;
// without a value it falls back to downloading an engine, which these machines cannot. Commands that do
// connect (migrate) use the adapter below, which refuses the placeholder.
const PLACEHOLDER = "postgresql://placeholder.invalid/unused";
process.env.DATABASE_URL ??= PLACEHOLDER;

// Prisma 6.19 with the JavaScript schema engine: no native binary is downloaded
// (see docs/decisions/002-prisma-619-js-engine.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url || url === PLACEHOLDER) throw new Error("DATABASE_URL 未设置：请通过 npm run dev 启动（会自动启动内置 PostgreSQL），或设置 DATABASE_URL。");
    return new PrismaPg({ connectionString: url });
  },
});
