import type { Application, ApplicationDocument } from '../../../types.ts';

/** Tests only: a complete draft on a points route, ready to submit; override what a test is about. */
export function draftApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app-1', reference: 'YD2027-7KQ4M2XH', status: 'draft', version: 3,
    policy: {
      id: 'policy-1', titleZh: '2027年江北区随迁子女小学一年级入学', titleEn: 'Jiangbei 2027 grade 1', schoolYear: 2027, entryGrade: 'g1',
      hostRegionNameZh: '江北区', hostRegionNameEn: 'Jiangbei District', windowOpensAt: '2027-05-10T00:00:00Z', windowClosesAt: '2027-06-10T00:00:00Z',
      maxPreferences: 3, appealDays: 10, isWindowOpen: true,
    },
    child: { id: 'child-1', name: '张小明', sex: 'male', birthDate: '2020-03-01', idNumberMasked: '510***********0015', hukouDivisionCode: '510107', hasConsent: true },
    route: {
      code: 'points', nameZh: '积分入学', nameEn: 'Points', admissionBasis: 'points',
      materials: [
        { material: 'residence_permit', requirement: 'mandatory', descriptionZh: '居住证', descriptionEn: 'Residence permit', uploaded: true },
        { material: 'housing_proof', requirement: 'optional', descriptionZh: '住房证明', descriptionEn: 'Housing proof', uploaded: false },
      ],
    },
    guardianName: '张伟', residenceAddress: '重庆市江北区观音桥街道1号', residenceRegionId: null, employer: '重庆某公司', workKind: 'employed',
    declaredPoints: { residence_months: 24 }, pointsDeclared: 12, pointsBreakdown: null, verifiedPoints: null, pointsVerified: null, pointsReview: null,
    preferences: [{ rank: 1, schoolId: 'school-1', schoolNameZh: '观音桥小学', schoolNameEn: 'Guanyinqiao Primary School' }],
    documents: [document({ id: 'doc-1', material: 'residence_permit' })],
    supplementRequest: null, events: [], offer: null, appeal: null, placedSchool: null, admissionNoticeCode: null, decisionReason: null, decidedAt: null,
    assisted: false, submittedAt: null, createdAt: '2027-05-11T02:00:00Z', updatedAt: '2027-05-11T02:00:00Z', allowedActions: ['edit', 'upload_documents', 'submit', 'withdraw'],
    ...overrides,
  };
}

export function document(overrides: Partial<ApplicationDocument> = {}): ApplicationDocument {
  return {
    id: 'doc', material: 'residence_permit', originalName: 'permit.jpg', mediaType: 'image/jpeg', sizeBytes: 120_000, status: 'pending',
    isAwaitingReview: false, rejectionReason: null, supplementRequestId: null, uploadedByStaff: false, uploadedAt: '2027-05-11T02:00:00Z', ...overrides,
  };
}
