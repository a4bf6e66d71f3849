/**
 * The cards' typeface, Inter 400 and 700 (src/assets/fonts, OFL). Imported
 * `?inline` so the bytes travel inside the build's server code wherever it is
 * written, and no font file is ever emitted to the site.
 */
import bold from '../../assets/fonts/inter-latin-700-normal.woff?inline';
import regular from '../../assets/fonts/inter-latin-400-normal.woff?inline';

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The bytes of a `data:` URL. */
function decode(dataUrl: string): Buffer {
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** One array for every card, so satori parses the fonts once per build. */
export const CARD_FONTS: readonly CardFont[] = [
  { name: 'Inter', data: decode(regular), weight: 400, style: 'normal' },
  { name: 'Inter', data: decode(bold), weight: 700, style: 'normal' },
];
