import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decryptField, encryptField, idNumberBlindIndex } from "@/server/crypto";

beforeAll(() => {
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  process.env.BLIND_INDEX_KEY = randomBytes(32).toString("base64");
});

describe("field encryption", () => {
  it("round-trips Chinese text and never stores it in clear", () => {
    const plain = "昆明市呈贡区龙城街道彩龙路 1 号 3 栋 2 单元";
    const stored = encryptField(plain);
    expect(stored.startsWith("v1:")).toBe(true);
    expect(stored).not.toContain("彩龙路");
    expect(decryptField(stored)).toBe(plain);
  });
  it("uses a fresh IV: the same value encrypts differently each time", () => {
    expect(encryptField("13987100000")).not.toBe(encryptField("13987100000"));
  });
  it("refuses a tampered ciphertext (GCM authentication)", () => {
    const stored = encryptField("530114198803071234");
    const [head, tag, body] = stored.split(".");
    const flipped = Buffer.from(body, "base64");
    flipped[0] ^= 1;
    expect(() => decryptField(`${head}.${tag}.${flipped.toString("base64")}`)).toThrow();
  });
  it("keeps empty values empty", () => {
    expect(encryptField("")).toBeNull();
    expect(encryptField(null)).toBeNull();
    expect(decryptField(null)).toBeNull();
  });
  it("refuses to work without a 32-byte key", () => {
    const saved = process.env.DATA_ENCRYPTION_KEY;
    process.env.DATA_ENCRYPTION_KEY = Buffer.from("short").toString("base64");
    expect(() => encryptField("x")).toThrow(/32 bytes/);
    process.env.DATA_ENCRYPTION_KEY = saved;
  });
});

describe("ID number blind index", () => {
  it("is deterministic, normalises case and whitespace, and differs per number", () => {
    expect(idNumberBlindIndex("11010519491231002x")).toBe(idNumberBlindIndex(" 11010519491231002X "));
    expect(idNumberBlindIndex("11010519491231002X")).not.toBe(idNumberBlindIndex("530114198803071234"));
    expect(idNumberBlindIndex("11010519491231002X")).not.toContain("110105");
  });
});
