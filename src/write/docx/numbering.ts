// The document's numbering definitions: heading numbers linked to Heading 1–4, bullets and ordered lists.
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';

export const HEADING_NUMBERING = 'wps-headings';
export const BULLET_LIST = 'wps-bullets';
export const ORDERED_LIST = 'wps-ordered';

/** Word allows nine list levels (0–8). */
export const MAX_LIST_LEVEL = 8;

/** The hanging indent of the heading numbers, by level: "1." … "1.2.3.4.". */
const HEADING_INDENT = [567, 709, 851, 992];

/** The indent of a list level's text, in twips; the number or bullet hangs one step to its left. */
const LIST_STEP = 360;
export const listIndent = (level: number): number => LIST_STEP * (level + 1);

const BULLETS = ['•', '◦', '▪'];

const levels = (count: number) => Array.from({ length: count }, (_, level) => level);

export function numbering(): INumberingOptions {
  return {
    config: [
      {
        // "1.", "1.2.", "1.2.3.", "1.2.3.4.", each level's number linked to its Heading style (w:pStyle), so a
        // heading the client adds in Word is numbered too.
        reference: HEADING_NUMBERING,
        levels: HEADING_INDENT.map((indent, level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: levels(level + 1)
            .map((l) => `%${l + 1}.`)
            .join(''),
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          isLegalNumberingStyle: true,
          style: { style: `Heading${level + 1}`, paragraph: { indent: { left: indent, hanging: indent } } },
        })),
      },
      {
        reference: BULLET_LIST,
        levels: levels(MAX_LIST_LEVEL + 1).map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLETS[level % BULLETS.length]!,
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: { left: listIndent(level), hanging: LIST_STEP } } },
        })),
      },
      {
        // Decimal at every level, as HTML and the PDF writer number nested ordered lists.
        reference: ORDERED_LIST,
        levels: levels(MAX_LIST_LEVEL + 1).map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: { left: listIndent(level), hanging: LIST_STEP } } },
        })),
      },
    ],
  };
}
