import { describe, expect, it } from 'vitest';
import { checkFile, fileSize, MAX_FILE_BYTES } from './file-check.ts';

describe('checkFile', () => {
  it('lets PDF, JPEG and PNG through', () => {
    expect(checkFile({ name: 'a.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    expect(checkFile({ name: 'IMG_1.JPG', size: 1000, type: 'image/jpeg' })).toBeNull();
    expect(checkFile({ name: 'scan.png', size: MAX_FILE_BYTES, type: 'image/png' })).toBeNull();
  });

  it('judges by the name when the phone gives no type', () => {
    expect(checkFile({ name: 'photo.jpeg', size: 10, type: '' })).toBeNull();
    expect(checkFile({ name: 'notes.docx', size: 10, type: '' })).toBe('type');
  });

  it('refuses other kinds, empty files and files over the limit', () => {
    expect(checkFile({ name: 'a.docx', size: 10, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBe('type');
    expect(checkFile({ name: 'a.jpg', size: 0, type: 'image/jpeg' })).toBe('empty');
    expect(checkFile({ name: 'a.jpg', size: MAX_FILE_BYTES + 1, type: 'image/jpeg' })).toBe('too_large');
  });
});

describe('fileSize', () => {
  it('writes sizes people read', () => {
    expect(fileSize(2.44 * 1024 * 1024)).toBe('2.4 MB');
    expect(fileSize(8 * 1024 * 1024)).toBe('8 MB');
    expect(fileSize(350 * 1024)).toBe('350 KB');
    expect(fileSize(10)).toBe('1 KB');
  });
});
