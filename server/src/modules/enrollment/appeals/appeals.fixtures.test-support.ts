import { randomBytes } from 'node:crypto';

// Test data for appeals: multipart bodies as a browser sends them.

/** A multipart/form-data body with one file field. */
export function multipartFile(bytes: Buffer, filename: string, contentType = 'application/octet-stream', field = 'file') {
  const boundary = `----appeal${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
