// Every server test file runs with cheap password hashing (test configuration), so that the many sign-ins
// of the suite cost milliseconds; production strength is checked in config.test.ts. The module list is
// installed by what the tests import (app.ts, or module-list.ts directly), after their vi.mock calls.
// (vitest setupFiles)
import { setPasswordHashCost } from '../platform/auth/password.ts';
import { TEST_SCRYPT_N } from './test-config.ts';

setPasswordHashCost(TEST_SCRYPT_N);
