import { describe, expect, it } from 'vitest';
import { fileProblem, formatBytes, isPhoto, MAX_FILE_BYTES } from './file-check.ts';

describe('the browser’s check of a chosen file', () => {
  it('accepts JPEG and PNG photos and PDF documents up to 10 MiB', () => {
    expect(fileProblem({ name: 'visit.jpg', type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(fileProblem({ name: 'VISIT.PNG', type: '', size: 1000 })).toBeNull();
    expect(fileProblem({ name: 'minutes.pdf', type: 'application/pdf', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('refuses other types, empty files and files over the limit', () => {
    expect(fileProblem({ name: 'notes.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10 })).toBe('type');
    expect(fileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 0 })).toBe('empty');
    expect(fileProblem({ name: 'a.jpg', type: 'image/jpeg', size: MAX_FILE_BYTES + 1 })).toBe('size');
  });

  it('takes only PDFs where a document is asked for (a signed agreement)', () => {
    expect(fileProblem({ name: 'signed.pdf', type: 'application/pdf', size: 10 }, 'document')).toBeNull();
    expect(fileProblem({ name: 'signed.jpg', type: 'image/jpeg', size: 10 }, 'document')).toBe('type');
  });

  it('tells photos (previewed) from documents and words sizes', () => {
    expect(isPhoto({ name: 'a.jpeg', type: '' })).toBe(true);
    expect(isPhoto({ name: 'a.pdf', type: 'application/pdf' })).toBe(false);
    expect(formatBytes(2.5 * 1024 * 1024, 'en-US')).toBe('2.5 MB');
    expect(formatBytes(300, 'en-US')).toBe('1 KB');
  });
});
