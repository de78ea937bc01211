/** scrypt cost of passwords in tests: 2^10 instead of production's 2^15 (the suite signs in thousands of times). */
export const TEST_SCRYPT_N = 2 ** 10;
