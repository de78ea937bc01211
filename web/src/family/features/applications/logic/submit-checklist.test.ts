import { describe, expect, it } from 'vitest';
import { document, draftApplication } from './application.fixture.ts';
import { submitChecklist } from './submit-checklist.ts';

describe('submitChecklist', () => {
  it('is empty for a complete draft', () => {
    expect(submitChecklist(draftApplication())).toEqual([]);
  });

  it('lists every gap with the step that fixes it', () => {
    const app = draftApplication({
      policy: { ...draftApplication().policy, isWindowOpen: false },
      child: { ...draftApplication().child, hasConsent: false },
      guardianName: null,
      residenceAddress: null,
      workKind: null,
      preferences: [],
      documents: [],
    });
    expect(submitChecklist(app)).toEqual([
      { key: 'window', step: 'review' },
      { key: 'consent', step: 'consent' },
      { key: 'guardianName', step: 'work' },
      { key: 'residenceAddress', step: 'residence' },
      { key: 'workKind', step: 'work' },
      { key: 'preferences', step: 'schools' },
      { key: 'material', step: 'documents', material: 'residence_permit' },
    ]);
  });

  it('asks for the employer of the employed and self-employed only', () => {
    expect(submitChecklist(draftApplication({ workKind: 'self_employed', employer: null }))).toEqual([{ key: 'employer', step: 'work' }]);
    expect(submitChecklist(draftApplication({ workKind: 'flexible', employer: null }))).toEqual([]);
  });

  it('does not count a rejected or replaced document as uploaded', () => {
    for (const status of ['rejected', 'superseded'] as const) {
      expect(submitChecklist(draftApplication({ documents: [document({ status })] }))).toEqual([
        { key: 'material', step: 'documents', material: 'residence_permit' },
      ]);
    }
  });

  it('wants each material of a supplement request uploaded again, in answer to that request', () => {
    const supplementRequest = {
      id: 'sr-1',
      materials: ['residence_permit' as const],
      message: '照片不清晰',
      deadline: '2027-05-20T00:00:00Z',
      requestedAt: '2027-05-12T00:00:00Z',
    };
    const old = document({ id: 'old', status: 'rejected' });
    expect(
      submitChecklist(draftApplication({ status: 'supplement_requested', supplementRequest, documents: [old, document({ id: 'other', status: 'accepted' })] })),
    ).toEqual([{ key: 'resupply', step: 'documents', material: 'residence_permit' }]);
    expect(
      submitChecklist(
        draftApplication({ status: 'supplement_requested', supplementRequest, documents: [old, document({ id: 'new', supplementRequestId: 'sr-1' })] }),
      ),
    ).toEqual([]);
  });
});
