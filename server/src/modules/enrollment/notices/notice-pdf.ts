import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { chineseDate } from './enrollment-labels.ts';
import { noticeFontBytes, noticeFontkit } from '../../../platform/pdf/pdf-fonts.ts';

/** Everything the notice prints, already in Chinese. */
export interface NoticeContent {
  childName: string;
  schoolName: string;
  schoolAddress: string | null;
  bureauName: string;
  gradeName: string;
  schoolYear: number;
  /** 'YYYY-MM-DD'. */
  reportDate: string | null;
  reportNote: string | null;
  /** What to bring: "居住证" and the policy's description of it. */
  materials: { name: string; description: string }[];
  reference: string;
  /** Printed grouped by four: ABCD-EFGH-JKMN-PQRS. */
  verificationCode: string;
  verifyUrl: string;
  /** 'YYYY-MM-DD' in China. */
  issuedOn: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const WIDTH = A4[0] - 2 * MARGIN;
const RED = rgb(0.7, 0.1, 0.1);
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);
const FOOTER_HEIGHT = 190;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Control characters have no glyph and would break a line; what a person typed is printed on one line. */
const printable = (text: string) => text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ');

/** Closing punctuation never starts a line (Chinese line-breaking rules); it may hang past the margin instead. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’,.;:?!)]']);

/** Runs of Latin letters and digits (a year, a reference) stay whole; anything else is one character. */
const TOKEN = /[A-Za-z0-9.:/_@%?=&+-]+|[^]/gu;

/**
 * Lines of at most `width` points. Chinese breaks between any two characters; a Latin run moves to the next
 * line whole, unless it is long (a URL), which breaks where the line ends.
 */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const widthOf = (value: string) => font.widthOfTextAtSize(value, size);
  const tokens = (printable(text).match(TOKEN) ?? []).flatMap((t) => (t.length > 1 && widthOf(t) > width / 2 ? [...t] : [t]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line === '' || NO_LINE_START.has(token) || widthOf(line + token) <= width) {
      line += token;
    } else {
      lines.push(line);
      line = token.trim() === '' ? '' : token;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export const groupedCode = (code: string) => code.match(/.{1,4}/g)!.join('-');

/** A page cursor that moves down and starts a new page when the next block would not fit above the footer. */
class Writer {
  page: PDFPage;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
    this.y = A4[1] - MARGIN - 8;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(A4);
    page.drawRectangle({ x: 28, y: 28, width: A4[0] - 56, height: A4[1] - 56, borderColor: RED, borderWidth: 2 });
    page.drawRectangle({ x: 34, y: 34, width: A4[0] - 68, height: A4[1] - 68, borderColor: RED, borderWidth: 0.6 });
    return page;
  }

  ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.newPage();
    this.y = A4[1] - MARGIN - 8;
  }

  centered(text: string, font: PDFFont, size: number, color = INK, gapAfter = 8): void {
    this.ensure(size);
    const width = font.widthOfTextAtSize(text, size);
    this.page.drawText(text, { x: (A4[0] - width) / 2, y: this.y - size, size, font, color });
    this.y -= size + gapAfter;
  }

  paragraph(text: string, options: { font?: PDFFont; size?: number } = {}): void {
    const { font = this.fonts.regular, size = 12 } = options;
    for (const line of wrap(text, font, size, WIDTH)) {
      this.ensure(size * 1.7);
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: INK });
      this.y -= size * 1.7;
    }
  }

  /** "1. text", the text's later lines aligned under its first. */
  listItem(marker: string, text: string): void {
    const size = 12;
    const x = MARGIN + 12;
    const markerWidth = this.fonts.regular.widthOfTextAtSize(`${marker} `, size);
    wrap(text, this.fonts.regular, size, WIDTH - 12 - markerWidth).forEach((line, i) => {
      this.ensure(size * 1.7);
      if (i === 0) this.page.drawText(marker, { x, y: this.y - size, size, font: this.fonts.regular, color: INK });
      this.page.drawText(line, { x: x + markerWidth, y: this.y - size, size, font: this.fonts.regular, color: INK });
      this.y -= size * 1.7;
    });
  }

  /** A label in bold and its value, the value wrapped in its own column. */
  field(label: string, value: string): void {
    const size = 12;
    const labelWidth = 84;
    const lines = wrap(value, this.fonts.regular, size, WIDTH - labelWidth);
    this.ensure(size * 1.7 * lines.length);
    this.page.drawText(label, { x: MARGIN, y: this.y - size, size, font: this.fonts.bold, color: INK });
    for (const line of lines) {
      this.page.drawText(line, { x: MARGIN + labelWidth, y: this.y - size, size, font: this.fonts.regular, color: INK });
      this.y -= size * 1.7;
    }
  }

  gap(points: number): void {
    this.y -= points;
  }
}

function addLink(doc: PDFDocument, page: PDFPage, rect: [number, number, number, number], url: string): void {
  const link = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    }),
  );
  const existing = page.node.Annots();
  if (existing) existing.push(link);
  else page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
}

/** The QR code as vector squares: sharp at any zoom and print size, and no image to decode. */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      // A hair of overlap so that neighbouring squares print as one area, without seams.
      page.drawRectangle({ x: x + (col + quiet) * cell, y: y + size - (row + quiet + 1) * cell, width: cell + 0.05, height: cell + 0.05, color: rgb(0, 0, 0) });
    }
  }
}

function drawFooter(doc: PDFDocument, writer: Writer, content: NoticeContent): void {
  writer.ensure(FOOTER_HEIGHT);
  const { page, fonts } = writer;
  const top = Math.min(writer.y - 12, MARGIN + FOOTER_HEIGHT);
  const qrSize = 112;
  const qrY = top - qrSize - 4;
  drawQr(page, content.verifyUrl, MARGIN, qrY, qrSize);
  addLink(doc, page, [MARGIN, qrY, MARGIN + qrSize, qrY + qrSize], content.verifyUrl);
  page.drawText('扫码核验', {
    x: MARGIN + qrSize / 2 - fonts.regular.widthOfTextAtSize('扫码核验', 9) / 2,
    y: qrY - 13,
    size: 9,
    font: fonts.regular,
    color: GREY,
  });

  const textX = MARGIN + qrSize + 18;
  const textWidth = A4[0] - MARGIN - textX;
  // 核验码: the term of the public verify page and the family app (验证码 is the SMS sign-in code).
  page.drawText(`核验码：${groupedCode(content.verificationCode)}`, { x: textX, y: top - 18, size: 12, font: fonts.bold, color: INK });
  let y = top - 38;
  for (const line of wrap(`核验网址：${content.verifyUrl}`, fonts.regular, 9, textWidth)) {
    page.drawText(line, { x: textX, y, size: 9, font: fonts.regular, color: GREY });
    y -= 13;
  }
  addLink(doc, page, [textX, y + 9, textX + textWidth, top - 28], content.verifyUrl);
  for (const line of wrap('本通知书的真伪可扫描二维码或在平台输入核验码核验；核验页面只显示部分信息。', fonts.regular, 9, textWidth)) {
    page.drawText(line, { x: textX, y, size: 9, font: fonts.regular, color: GREY });
    y -= 13;
  }

  const right = (text: string, lineY: number, font: PDFFont, size: number) =>
    page.drawText(text, { x: A4[0] - MARGIN - font.widthOfTextAtSize(text, size), y: lineY, size, font, color: INK });
  right(content.schoolName, qrY + 30, fonts.bold, 12);
  right(content.bureauName, qrY + 12, fonts.regular, 11);
  right(chineseDate(content.issuedOn), qrY - 6, fonts.regular, 11);
}

/** The admission notice (入学通知书): one A4 page in Chinese with a QR code of its public verification page. */
export async function renderAdmissionNotice(content: NoticeContent): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(noticeFontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(await noticeFontBytes('regular'), { subset: true }),
    doc.embedFont(await noticeFontBytes('bold'), { subset: true }),
  ]);
  doc.setTitle(`入学通知书 ${content.reference}`);
  doc.setSubject('入学通知书 Admission notice');
  doc.setProducer('双城教育协同平台 Shuangcheng');
  doc.setCreator('双城教育协同平台 Shuangcheng');
  doc.setLanguage('zh-CN');

  const writer = new Writer(doc, { regular, bold });
  writer.gap(12);
  writer.centered('入学通知书', bold, 30, RED, 14);
  writer.centered(`${content.schoolYear}—${content.schoolYear + 1} 学年`, regular, 12, GREY, 26);

  writer.paragraph(`${content.childName} 同学及家长：`, { font: bold, size: 14 });
  writer.gap(4);
  writer.paragraph(
    `经审核，${content.childName} 同学已被${content.schoolName}录取为 ${content.schoolYear} 年秋季入学的${content.gradeName}新生。` +
      '请按下列时间，由家长陪同，持本通知书及所列材料原件到学校办理入学报到手续。',
    {},
  );
  writer.gap(10);

  writer.field('学生姓名', content.childName);
  writer.field('录取学校', content.schoolName);
  writer.field('入学年级', `${content.gradeName}（${content.schoolYear}—${content.schoolYear + 1} 学年）`);
  writer.field('报到时间', content.reportDate ? chineseDate(content.reportDate) : '请留意学校通知');
  writer.field('报到地点', content.schoolAddress ? `${content.schoolName}（${content.schoolAddress}）` : content.schoolName);
  if (content.reportNote) writer.field('报到说明', content.reportNote);
  writer.field('申请编号', content.reference);
  writer.gap(10);

  writer.paragraph('请携带以下材料：', { font: bold });
  const items = [
    '本入学通知书（打印件或手机出示均可）',
    ...content.materials.map((m) => (m.description && m.description !== m.name ? `${m.name}：${m.description}` : m.name)),
  ];
  items.forEach((item, i) => writer.listItem(`${i + 1}.`, item));

  drawFooter(doc, writer, content);
  return Buffer.from(await doc.save());
}
