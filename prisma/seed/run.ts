// `npm run db:seed`: loads the demo data into DATABASE_URL (idempotent).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { loadEnvFiles } from "../../scripts/lib/env";
import { seedDemo } from "./demo";

loadEnvFiles();
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
const { created } = await seedDemo(db);
console.log(created ? "演示数据已载入。" : "演示数据已存在，未重复载入。");
await db.$disconnect();
