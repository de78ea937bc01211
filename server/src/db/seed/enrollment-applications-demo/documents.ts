import type { Material } from '../../../../../common/enrollment.ts';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/**
 * The demo families' documents: a card with the document's title in Chinese and English, empty form lines
 * and a "sample" stamp, as a PNG (or a PDF with that picture), so reviewers have something to open. The
 * Chinese needs a CJK font (fonts-noto-cjk); without one it renders as boxes and the English still reads.
 */
export type DemoDocumentKind = Material | 'appeal_evidence';

interface DocumentLook {
  titleZh: string;
  titleEn: string;
  fields: string[];
  colour: string;
  format: 'png' | 'pdf';
}

const LOOKS: Record<DemoDocumentKind, DocumentLook> = {
  residence_permit: {
    titleZh: '重庆市居住证',
    titleEn: 'Residence permit',
    fields: ['姓名', '公民身份号码', '居住地址', '有效期限', '签发机关'],
    colour: '#2f6db3',
    format: 'png',
  },
  employment_proof: {
    titleZh: '在职证明',
    titleEn: 'Proof of employment',
    fields: ['姓名', '入职日期', '工作岗位', '单位名称（盖章）', '开具日期'],
    colour: '#4a7c59',
    format: 'png',
  },
  labour_contract: {
    titleZh: '劳动合同',
    titleEn: 'Labour contract',
    fields: ['甲方（用人单位）', '乙方（劳动者）', '合同期限', '工作地点'],
    colour: '#4a7c59',
    format: 'pdf',
  },
  business_licence: {
    titleZh: '营业执照',
    titleEn: 'Business licence',
    fields: ['统一社会信用代码', '名称', '经营者', '经营场所', '登记日期'],
    colour: '#b5533c',
    format: 'png',
  },
  social_insurance_record: {
    titleZh: '重庆市社会保险个人参保缴费明细',
    titleEn: 'Social insurance contribution record',
    fields: ['参保人', '参保险种', '缴费起止年月', '累计缴费月数', '经办机构（盖章）'],
    colour: '#6b4fa0',
    format: 'pdf',
  },
  hukou_register: {
    titleZh: '居民户口簿',
    titleEn: 'Household register (hukou)',
    fields: ['户主姓名', '户别', '住址', '与户主关系', '登记日期'],
    colour: '#8a6d3b',
    format: 'png',
  },
  birth_certificate: {
    titleZh: '出生医学证明',
    titleEn: 'Birth certificate',
    fields: ['新生儿姓名', '性别', '出生时间', '出生地点', '母亲姓名', '父亲姓名'],
    colour: '#c0587e',
    format: 'png',
  },
  housing_proof: {
    titleZh: '房屋租赁登记备案证明',
    titleEn: 'Registered lease',
    fields: ['承租人', '房屋坐落', '租赁期限', '备案编号'],
    colour: '#3b8a8a',
    format: 'pdf',
  },
  other: {
    titleZh: '政策性照顾对象证明',
    titleEn: 'Proof of entitlement (service or talent card)',
    fields: ['姓名', '证件类别', '证件编号', '发证单位'],
    colour: '#a0522d',
    format: 'png',
  },
  appeal_evidence: {
    titleZh: '复核补充证明',
    titleEn: 'Evidence for the appeal',
    fields: ['申请人', '情况说明', '证明单位（盖章）', '日期'],
    colour: '#555555',
    format: 'pdf',
  },
};

// Drawn on a 720 x 480 canvas, rendered at 600 x 400: legible on a reviewer's screen, quick to re-encode on upload.
const WIDTH = 720;
const HEIGHT = 480;
const SCALE = 600 / WIDTH;
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'Source Han Sans SC', sans-serif";

function svgOf(look: DocumentLook): string {
  const rows = look.fields.map((label, i) => {
    const y = 170 + i * 44;
    return `<text x="60" y="${y}" font-size="20" fill="#333">${label}：</text><line x1="260" y1="${y + 4}" x2="660" y2="${y + 4}" stroke="#bbb" stroke-width="2"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * SCALE}" height="${HEIGHT * SCALE}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#fbf9f3"/>
  <rect x="12" y="12" width="${WIDTH - 24}" height="${HEIGHT - 24}" fill="none" stroke="${look.colour}" stroke-width="3" rx="10"/>
  <rect x="12" y="12" width="${WIDTH - 24}" height="92" fill="${look.colour}" rx="10"/>
  <text x="${WIDTH / 2}" y="62" font-size="34" fill="#fff" text-anchor="middle" font-weight="bold">${look.titleZh}</text>
  <text x="${WIDTH / 2}" y="92" font-size="18" fill="#fff" text-anchor="middle">${look.titleEn}</text>
  ${rows.join('\n  ')}
  <g transform="rotate(-18 600 400)">
    <circle cx="600" cy="400" r="54" fill="none" stroke="#d0342c" stroke-width="4"/>
    <text x="600" y="396" font-size="22" fill="#d0342c" text-anchor="middle" font-weight="bold">演示样本</text>
    <text x="600" y="424" font-size="14" fill="#d0342c" text-anchor="middle">SAMPLE</text>
  </g>
  <text x="60" y="${HEIGHT - 34}" font-size="14" fill="#888">演示数据，非真实证件 · Demonstration data, not a real document</text>
</svg>`;
}

/** A one-page PDF showing the picture (as JPEG, which PDF embeds without decoding it). */
async function pdfOf(look: DocumentLook, jpeg: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${look.titleEn} (demonstration)`);
  doc.setProducer('Shuangcheng demo seed');
  const page = doc.addPage([595, 420]);
  const image = await doc.embedJpg(jpeg);
  page.drawImage(image, { x: 17.5, y: 40, width: 560, height: 560 * (HEIGHT / WIDTH) });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Demonstration data - not a real document', { x: 17.5, y: 18, size: 9, font, color: rgb(0.45, 0.45, 0.45) });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export interface DemoFile {
  filename: string;
  bytes: Buffer;
}

/** Renders each kind of document once and hands out the same bytes after (the upload re-encodes them anyway). */
export function createDemoDocuments(): (kind: DemoDocumentKind) => Promise<DemoFile> {
  const cache = new Map<DemoDocumentKind, Promise<DemoFile>>();
  const render = async (kind: DemoDocumentKind): Promise<DemoFile> => {
    const look = LOOKS[kind];
    const picture = sharp(Buffer.from(svgOf(look)));
    if (look.format === 'png') return { filename: `${kind}.png`, bytes: await picture.png({ palette: true }).toBuffer() };
    return { filename: `${kind}.pdf`, bytes: await pdfOf(look, await picture.jpeg({ quality: 85 }).toBuffer()) };
  };
  return (kind) => {
    let file = cache.get(kind);
    if (!file) {
      file = render(kind);
      cache.set(kind, file);
    }
    return file;
  };
}
