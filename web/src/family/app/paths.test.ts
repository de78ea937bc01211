import { describe, expect, it } from 'vitest';
import { familyPaths, safeFamilyNext } from './paths.ts';

describe('safeFamilyNext', () => {
  it('keeps pages of the family app', () => {
    expect(safeFamilyNext('/family/applications/abc')).toBe('/family/applications/abc');
    expect(safeFamilyNext('/family/policies?x=1')).toBe('/family/policies?x=1');
  });

  it('sends anything else home: other sites, staff pages, the sign-in page itself, nothing', () => {
    for (const next of ['//evil.example', 'https://evil.example/family/', '/directory', '/family//evil.example', '/family/login?next=/family/', '', null]) {
      expect(safeFamilyNext(next)).toBe('/family/');
    }
  });
});

describe('familyPaths', () => {
  it('encodes ids and leaves the home page out of the sign-in link', () => {
    expect(familyPaths.wizard.href('a/b', 'points')).toBe('/family/applications/a%2Fb/edit/points');
    expect(familyPaths.login.href('/family/')).toBe('/family/login');
    expect(familyPaths.login.href('/family/me')).toBe('/family/login?next=%2Ffamily%2Fme');
  });
});
