// Temporary passwords an administrator hands to a person (new account, reset). Pure: Web Crypto only.
// Look-alike characters (0/O, 1/l/I) are left out because the password is read out or copied by hand.
import { PASSWORD_MIN_LENGTH } from "@/lib/validators";

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnpqrstuvwxyz";
const DIGITS = "23456789";
const SYMBOLS = "@#%&*+=?!";
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

/** Uniform integer in [0, max) from the platform's CSPRNG (rejection sampling, no modulo bias). */
function randomBelow(max: number): number {
  const limit = Math.floor(0x1_0000_0000 / max) * max;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    if (buffer[0] < limit) return buffer[0] % max;
  }
}

const pick = (chars: string) => chars[randomBelow(chars.length)];

/** A random password that meets the policy: one of each character class, the rest from all of them, shuffled. */
export function generateTemporaryPassword(length = 12): string {
  const size = Math.max(length, PASSWORD_MIN_LENGTH);
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < size) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}
