import type { Locale } from './locales.ts';

/**
 * The consent a guardian gives, separately, for processing the child's sensitive personal information
 * (个人信息保护法 art. 29, 31). A new wording needs a new version: consents record the version agreed to.
 */
export const CONSENT_TEXT_VERSION = '2026-11-v1';

export const CONSENT_PURPOSES = ['sensitive_personal_information'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentText {
  title: string;
  paragraphs: string[];
}

export const CONSENT_TEXTS: Record<Locale, ConsentText> = {
  'zh-CN': {
    title: '处理儿童敏感个人信息单独同意书',
    paragraphs: [
      '收集哪些信息：孩子的姓名、性别、出生日期、公民身份号码、户籍所在地及地址，以及您与孩子的关系。公民身份号码属于敏感个人信息，孩子未满十四周岁，因此需要您作为监护人单独同意。',
      '为什么收集：仅用于为孩子办理异地就学（随迁子女入学）申请，包括核对身份与年龄、审核材料、派位和发放入学通知书，不用于其他目的，也不会出售或用于广告。',
      '谁能看到：您和您添加的其他监护人；您提交申请后，受理该申请的教育局审核人员；录取孩子的学校。其他人只能看到遮挡后的信息（例如 510***********001X）。每一次查看完整身份证号都会被记录。',
      '如何保护：身份证号和地址加密存储，页面和日志中默认遮挡，不会出现在网址中。',
      '保存多久：保存到本次招生工作结束后，按教育局规定的期限删除，删除会被记录。',
      '如何撤回：您可以随时在本平台撤回同意。撤回不影响撤回前已进行的处理；撤回后将无法提交新的入学申请。您也可以在孩子没有入学申请时删除孩子的档案。',
    ],
  },
  'en-US': {
    title: "Separate consent to process the child's sensitive personal information",
    paragraphs: [
      "What is collected: the child's name, sex, date of birth, resident ID number, place and address of household registration (hukou), and your relation to the child. The ID number is sensitive personal information and the child is under fourteen, so you as guardian must consent separately.",
      "Why: only to handle the child's cross-region school enrollment application — checking identity and age, reviewing documents, allocating a school place and issuing the admission notice. It is not used for anything else, never sold and never used for advertising.",
      'Who sees it: you and the other guardians you add; once you apply, the reviewers of the education bureau handling that application; the school that admits the child. Everyone else sees masked details only (for example 510***********001X). Every view of the full ID number is logged.',
      'How it is protected: the ID number and address are stored encrypted, masked on screens and in logs by default, and never put in web addresses.',
      'How long it is kept: until the enrollment cycle is over, then deleted within the period the education bureau sets; the deletion is logged.',
      "How to withdraw: you can withdraw this consent at any time on this platform. Withdrawing does not undo processing done before; after withdrawing you cannot submit new applications. You may also delete the child's profile while it has no application.",
    ],
  },
};
