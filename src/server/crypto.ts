// No "server-only" marker: the seed and the tests hash passwords too. The native module keeps it off the browser.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id (Algorithm.Argon2id = 2; the enum is const and cannot be imported under isolatedModules),
// OWASP's second recommended parameter set.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the username is unknown, so a miss costs the same time as a wrong password.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("dummy-Password-1!");
  await verifyPassword(await dummyHash, password);
}

// ───────────── Field encryption for personal information (AES-256-GCM) ─────────────
// Sensitive values (ID numbers, phones, addresses, health and situation notes) are encrypted by the
// application before they reach PostgreSQL, so a database dump or a read-only replica holds no plain text.
// Format: v1:<iv b64>.<auth tag b64>.<ciphertext b64> — the version names the key, for rotation later.

const VERSION = "v1";

function key(name: "DATA_ENCRYPTION_KEY" | "BLIND_INDEX_KEY"): Buffer {
  const raw = process.env[name];
  if (!raw) throw new Error(`${name} is not set (npm run dev generates one into .env.local)`);
  const buffer = Buffer.from(raw, "base64");
  if (buffer.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return buffer;
}

export function encryptField(plain: string): string;
export function encryptField(plain: string | null | undefined): string | null;
export function encryptField(plain: string | null | undefined): string | null {
  if (plain === null || plain === undefined || plain === "") return null;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key("DATA_ENCRYPTION_KEY"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${iv.toString("base64")}.${cipher.getAuthTag().toString("base64")}.${body.toString("base64")}`;
}

export function decryptField(stored: string | null | undefined): string | null {
  if (!stored) return null;
  const [version, rest] = stored.split(":", 2);
  if (version !== VERSION || !rest) throw new Error("unknown encrypted field format");
  const [iv, tag, body] = rest.split(".").map((part) => Buffer.from(part, "base64"));
  const decipher = createDecipheriv("aes-256-gcm", key("DATA_ENCRYPTION_KEY"), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/**
 * HMAC-SHA256 blind index of an ID number (normalised: trimmed, upper-case X): equal numbers give equal
 * indexes, so duplicates are found with an index lookup without decrypting anything.
 */
export function idNumberBlindIndex(idNumber: string): string {
  return createHmac("sha256", key("BLIND_INDEX_KEY")).update(`id:${idNumber.trim().toUpperCase()}`).digest("base64url");
}
