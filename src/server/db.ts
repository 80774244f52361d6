import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;
/** The client a transaction callback receives. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) }) });
}

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForDb.prisma ??= createClient();
  return globalForDb.prisma;
}

/**
 * One client per process (survives Next's dev reloads), created on first use so that importing the
 * module — as `next build` does while collecting pages — needs no database.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
