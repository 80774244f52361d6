import { describe, expect, it } from "vitest";
import { generateTemporaryPassword } from "@/features/users/temp-password";
import { passwordProblems } from "@/lib/validators";

describe("temporary password", () => {
  it("always meets the password policy", () => {
    for (let i = 0; i < 2000; i++) {
      const password = generateTemporaryPassword();
      expect(passwordProblems(password), password).toEqual([]);
      expect(password).toHaveLength(12);
    }
  });

  it("never uses look-alike characters", () => {
    for (let i = 0; i < 500; i++) expect(generateTemporaryPassword()).not.toMatch(/[0O1lI]/);
  });

  it("is not shorter than the policy minimum even when asked", () => {
    expect(passwordProblems(generateTemporaryPassword(4))).toEqual([]);
    expect(generateTemporaryPassword(4).length).toBeGreaterThanOrEqual(8);
    expect(generateTemporaryPassword(20)).toHaveLength(20);
  });

  it("differs every time", () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generateTemporaryPassword()));
    expect(seen.size).toBe(1000);
  });
});
