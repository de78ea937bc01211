import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { noticeFontBytes, noticeFontkit } from '../../platform/pdf/pdf-fonts.ts';

// The attendance certificate (参会证明 / 学时证明): one landscape A4 page in Chinese, or in English on request,
// set in the admission notice's fonts (Noto Sans SC), with a QR code of its public verification page.

export interface CertificateContent {
  holderName: string;
  organizationName: string | null;
  eventTitle: string;
  organizers: string[];
  /** 'YYYY-MM-DD HH:mm' in the deployment's zone, already formatted. */
  heldAt: string;
  hours: number;
  verificationCode: string;
  verifyUrl: string;
  issuedOn: string;
}

const PAGE: [number, number] = [841.89, 595.28];
const GOLD = rgb(0.62, 0.45, 0.12);
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);

/** The QR code as vector squares (as on the admission notice): sharp at any size, nothing to decode but the code. */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col))
        page.drawRectangle({
          x: x + (col + quiet) * cell,
          y: y + size - (row + quiet + 1) * cell,
          width: cell + 0.05,
          height: cell + 0.05,
          color: rgb(0, 0, 0),
        });
    }
  }
}

const printable = (text: string) => text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ');

/** Lines of at most `width` points, breaking between characters (Chinese) or at spaces (English). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const tokens = printable(text).match(/[A-Za-z0-9.,:;'’()/-]+\s*|\s+|[^]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line === '' || font.widthOfTextAtSize(line + token, size) <= width) line += token;
    else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

const TEXTS = {
  'zh-CN': {
    title: '参会证明',
    body: (c: CertificateContent) =>
      `${c.holderName}${c.organizationName ? `（${c.organizationName}）` : ''}于 ${c.heldAt} 参加「${c.eventTitle}」，计 ${c.hours} 学时。特此证明。`,
    organizers: '主办单位',
    code: '验证码',
    scan: '扫码核验',
    note: '本证明的真伪可扫描二维码或在平台输入验证码核验。',
    issued: '发放日期',
  },
  'en-US': {
    title: 'Certificate of attendance',
    body: (c: CertificateContent) =>
      `This is to certify that ${c.holderName}${c.organizationName ? ` (${c.organizationName})` : ''} attended "${c.eventTitle}" on ${c.heldAt}, for ${c.hours} credit hours.`,
    organizers: 'Organizers',
    code: 'Verification code',
    scan: 'Scan to verify',
    note: 'Scan the QR code or enter the code on the platform to verify this certificate.',
    issued: 'Issued on',
  },
} as const;

export async function renderCertificate(content: CertificateContent, locale: 'zh-CN' | 'en-US'): Promise<Buffer> {
  const text = TEXTS[locale];
  const doc = await PDFDocument.create();
  doc.registerFontkit(noticeFontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(await noticeFontBytes('regular'), { subset: true }),
    doc.embedFont(await noticeFontBytes('bold'), { subset: true }),
  ]);
  doc.setTitle(`${text.title} ${content.verificationCode}`);
  doc.setProducer('双城教育协同平台 Shuangcheng');
  doc.setCreator('双城教育协同平台 Shuangcheng');
  doc.setLanguage(locale);
  const page = doc.addPage(PAGE);
  page.drawRectangle({ x: 24, y: 24, width: PAGE[0] - 48, height: PAGE[1] - 48, borderColor: GOLD, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: PAGE[0] - 64, height: PAGE[1] - 64, borderColor: GOLD, borderWidth: 0.8 });
  const centered = (value: string, y: number, font: PDFFont, size: number, color = INK) =>
    page.drawText(value, { x: (PAGE[0] - font.widthOfTextAtSize(value, size)) / 2, y, size, font, color });
  centered(text.title, PAGE[1] - 120, bold, 36, GOLD);
  let y = PAGE[1] - 200;
  for (const line of wrap(text.body(content), regular, 16, PAGE[0] - 200)) {
    centered(line, y, regular, 16);
    y -= 28;
  }
  y -= 12;
  for (const line of wrap(`${text.organizers}: ${content.organizers.join(locale === 'zh-CN' ? '、' : '; ')}`, regular, 12, PAGE[0] - 200)) {
    centered(line, y, regular, 12, GREY);
    y -= 20;
  }
  const qrSize = 96;
  drawQr(page, content.verifyUrl, 72, 64, qrSize);
  page.drawText(text.scan, { x: 72, y: 50, size: 9, font: regular, color: GREY });
  page.drawText(`${text.code}: ${content.verificationCode.match(/.{1,4}/g)!.join('-')}`, { x: 72 + qrSize + 16, y: 136, size: 12, font: bold, color: INK });
  for (const [i, line] of wrap(`${content.verifyUrl}  ${text.note}`, regular, 9, 360).entries())
    page.drawText(line, { x: 72 + qrSize + 16, y: 116 - i * 13, size: 9, font: regular, color: GREY });
  const issued = `${text.issued}: ${content.issuedOn}`;
  page.drawText(issued, { x: PAGE[0] - 72 - regular.widthOfTextAtSize(issued, 12), y: 80, size: 12, font: regular, color: INK });
  return Buffer.from(await doc.save());
}
