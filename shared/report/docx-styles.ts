import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { colours } from './colours';

/**
 * The Word document's styles. Every paragraph and run in it names one of
 * these, so a secretary restyles the whole report by changing a style in
 * Word, and the navigation pane lists the sections (Title and Heading 1).
 */
const font = 'Arial';
const { accent, muted } = colours;
const small = 17; // half-points: 8.5 pt

const paragraph = (id: string, name: string, run: IParagraphStyleOptions['run'], paragraphOptions: IParagraphStyleOptions['paragraph'] = {}): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run,
  paragraph: paragraphOptions,
});

export const reportStyles: IStylesOptions = {
  default: {
    document: { run: { font, size: 19, color: colours.ink }, paragraph: { spacing: { after: 0, line: 264, lineRule: LineRuleType.AUTO } } },
    title: { run: { font, size: 40, bold: true, color: accent }, paragraph: { spacing: { after: 80 } } },
    heading1: { run: { font, size: 26, bold: true, color: accent }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true } },
  },
  paragraphStyles: [
    paragraph('Organisation', 'Organisation', { size: 22, color: muted }, { spacing: { after: 40 } }),
    paragraph('Meeting', 'Meeting', { size: 22, color: muted }, { spacing: { after: 160 } }),
    paragraph('Logo', 'Logo', {}, { spacing: { after: 120 } }),
    paragraph('DraftNotice', 'Draft Notice', { bold: true, color: colours.lost }, {
      spacing: { before: 120, after: 160 },
      border: { top: { style: 'single', size: 8, color: colours.lost, space: 4 }, bottom: { style: 'single', size: 8, color: colours.lost, space: 4 } },
    }),
    paragraph('Summary', 'Summary', { size: 22, bold: true }, { spacing: { before: 120, after: 120 } }),
    paragraph('TableHeading', 'Table Heading', { size: 16, bold: true, color: muted }, { keepNext: true }),
    paragraph('TableHeadingNumber', 'Table Heading Number', { size: 16, bold: true, color: muted }, { alignment: AlignmentType.RIGHT, keepNext: true }),
    paragraph('Cell', 'Cell', {}),
    paragraph('CellNumber', 'Cell Number', {}, { alignment: AlignmentType.RIGHT }),
    paragraph('CellBar', 'Cell Bar', {}, { alignment: AlignmentType.RIGHT, spacing: { before: 40, line: 240, lineRule: LineRuleType.AUTO } }),
    paragraph('MotionNumber', 'Motion Number', { bold: true }),
    paragraph('MotionText', 'Motion Text', {}),
    paragraph('MotionCaption', 'Motion Caption', { size: small, bold: true, color: accent }),
    paragraph('MotionNote', 'Motion Note', { size: small, color: muted }),
    paragraph('Remark', 'Remark', { size: small, italics: true, color: muted }, { spacing: { before: 40 } }),
    { ...paragraph('RemarkConflict', 'Remark Conflict', { color: colours.lost }), basedOn: 'Remark' },
    paragraph('Passage', 'Passage', {}, { spacing: { after: 120 } }),
    paragraph('SectionNote', 'Section Note', { size: small, color: muted }, { spacing: { after: 80 }, keepNext: true }),
    paragraph('ReportNote', 'Report Note', { size: small, color: muted }, { spacing: { after: 60 } }),
    paragraph('PageHeader', 'Page Header', { size: 16, color: muted }),
    paragraph('PageFooter', 'Page Footer', { size: 16, color: muted }),
  ],
  characterStyles: [
    { id: 'ResultCarried', name: 'Result Carried', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true, color: colours.carried } },
    { id: 'ResultLost', name: 'Result Lost', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true, color: colours.lost } },
    { id: 'ResultOther', name: 'Result Other', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true, color: muted } },
    { id: 'RuleMark', name: 'Rule Mark', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { superScript: true } },
    { id: 'DraftMark', name: 'Draft Mark', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true, color: colours.lost, characterSpacing: 40 } },
  ],
};
