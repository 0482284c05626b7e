import { OCR_DPI } from '../../core/browser';

// A header may claim any size; drawing a claimed 60,000 x 60,000 image would exhaust the tab's memory.
const MAX_PIXELS = 100e6;

/**
 * A photo or scan opened in the viewer (PNG, JPEG, WebP) becomes a one-page PDF around its JPEG, so pdf.js
 * draws it and the viewer reads it with OCR exactly like a scanned PDF page: one path, one set of highlights.
 * Throws a plain-language Error for an image the browser cannot decode (a TIFF, a damaged file).
 */
export async function imageAsPdf(file: Blob): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(file).catch(() => {
    throw new Error('This image could not be opened: it is damaged, or a type the browser cannot show (TIFF). The command line and the Slack bot read TIFF scans.');
  });
  const { width, height } = bitmap;
  if (width * height > MAX_PIXELS) throw new Error(`This image is ${width} x ${height} pixels, more than the ${MAX_PIXELS / 1e6} megapixels Hall Monitor reads.`);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  // transparent pixels would read as black
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
  // Sized so that OCR, which draws pages at OCR_DPI, draws the image back at its own pixels.
  const [w, h] = [(width * 72) / OCR_DPI, (height * 72) / OCR_DPI].map((n) => n.toFixed(2));
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
    [`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`, jpeg, '\nendstream'],
    streamObject(`q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`),
  ]);
}

function streamObject(content: string): string {
  return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
}

/** Objects numbered from 1, an xref table of their byte offsets, and the trailer (PDF 1.4, 7.5). */
function writePdf(objects: (string | (string | Uint8Array)[])[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  const add = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    parts.push(bytes);
    length += bytes.length;
  };
  add('%PDF-1.4\n');
  const offsets = objects.map((object, i) => {
    const offset = length;
    add(`${i + 1} 0 obj\n`);
    for (const part of typeof object === 'string' ? [object] : object) add(part);
    add('\nendobj\n');
    return offset;
  });
  const xref = length;
  add(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const pdf = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    pdf.set(part, at);
    at += part.length;
  }
  return pdf;
}
